using System.Text;
using AgreementDiff.Reading;
using AgreementDiff.Reports;
using AgreementDiff.Tests.Support;
using FsCheck.Fluent;

namespace AgreementDiff.Tests.Reading;

/// <summary>Invariants of <see cref="AgreementReader"/> on generated, hostile and random input.</summary>
public sealed class ReadingProperties
{
    static ReadingProperties() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Reading_generated_text_throws_only_typed_errors_and_gives_nested_spans_inside_the_source()
    {
        var texts = Gen.Frequency((2, AgreementGenerators.Agreement.Select(a => a.Render())), (3, AgreementGenerators.RawText)).ToArbitrary();

        PropertyRun.Check(Prop.ForAll(texts, text => ReadsCleanly(() => AgreementReader.Parse(text, "generated.txt"))), cases: 200);
    }

    [Fact]
    public void Reading_bytes_in_any_encoding_or_none_throws_only_typed_errors_and_gives_nested_spans_inside_the_source()
    {
        var encodings = new[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.GetEncoding("GB18030"), Encoding.GetEncoding("Big5") };
        var encoded =
            from text in Gen.Frequency((2, AgreementGenerators.Agreement.Select(a => a.Render())), (1, AgreementGenerators.RawText))
            from encoding in Gen.Elements(encodings)
            from preamble in Gen.Elements(true, false)
            select (preamble ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(text)).ToArray();
        var damaged =
            from bytes in encoded
            from cut in Gen.Choose(0, bytes.Length)
            from flips in Gen.ListOf(Gen.Zip(Gen.Choose(0, Math.Max(0, bytes.Length - 1)), Gen.Choose(0, 255)), 3)
            select Damage(bytes, cut, flips);
        var inputs = Gen.Frequency((2, encoded), (2, damaged), (1, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)))).ToArbitrary();

        PropertyRun.Check(Prop.ForAll(inputs, bytes => ReadsCleanly(() => AgreementReader.ReadBytes(bytes, "generated.bin"))), cases: 200);
    }

    private static byte[] Damage(byte[] bytes, int cut, IEnumerable<(int At, int Value)> flips)
    {
        var damaged = bytes[..cut];
        foreach (var (at, value) in flips.Where(f => f.At < damaged.Length))
        {
            damaged[at] = (byte)value;
        }

        return damaged;
    }

    private static void ReadsCleanly(Func<Agreement> read)
    {
        Agreement agreement;
        try
        {
            agreement = read();
        }
        catch (AgreementReadException e)
        {
            e.SourceName.Should().NotBeEmpty();
            e.Message.Should().Contain(e.SourceName);
            return;
        }

        SpanAssertions.ShouldNestInsideTheSource(agreement);
        OutlineJsonWriter.ToJson(agreement).Should().NotBeEmpty();
    }
}
