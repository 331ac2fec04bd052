using System.Diagnostics;
using System.Text;
using AgreementDiff.Reading;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Reading;

/// <summary>
/// The bad-input matrix of issue 8, a row per input with the typed error (problem and line) or the result expected.
/// Elsewhere: a 50 MB agreement (AgreementReaderTests.Read_FiftyMegabyteAgreement_ReadsEveryClause), whole seeds
/// re-encoded in Big5 and GB18030 (TextDecoderTests), time and memory against size (RobustnessBenchmarks).
/// </summary>
public sealed class BadInputMatrixTests
{
    static BadInputMatrixTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Agreement = "合作協議\n一、總則\n(一)雙方同意加強交流與合作。\n(二)雙方定期會晤。\n二、附則\n(一)本協議自簽署之日起生效。\n";

    /// <summary>A row: the input's bytes, then either the error expected or a check of the agreement read.</summary>
    private sealed record Row(Func<byte[]> Bytes, ReadProblem? Problem = null, int? Line = null, Action<Agreement>? Check = null, double Seconds = 10);

    private static readonly Dictionary<string, Row> Rows = new()
    {
        ["empty"] = new(() => [], ReadProblem.Empty),
        ["whitespace only, with CR, CRLF, tabs and ideographic spaces"] = new(() => Encoding.UTF8.GetBytes(" \r\n\t\u3000\r \n"), ReadProblem.Empty),
        ["a PNG image made in the test"] = new(Png, ReadProblem.Binary, 3),
        ["UTF-8 cut in the middle of a character"] = new(() => Encoding.UTF8.GetBytes(Agreement + "三、")[..^1], ReadProblem.UnsupportedEncoding, 7),
        // Documented: UTF-16 needs a byte-order mark; without one its NUL bytes make it binary, at the line of the first NUL.
        ["UTF-16 little endian without a byte-order mark"] = new(() => Encoding.Unicode.GetBytes(Agreement), ReadProblem.Binary, 2),
        ["UTF-16 big endian without a byte-order mark"] = new(() => Encoding.BigEndianUnicode.GetBytes(Agreement), ReadProblem.Binary, 1),
        ["Big5"] = new(() => Encoding.GetEncoding("Big5").GetBytes(Agreement), Check: a => (a.Metadata.Encoding, a.Clauses.Count).Should().Be(("big5", 2))),
        ["GB18030"] = new(() => Encoding.GetEncoding("GB18030").GetBytes(Agreement.Replace("協議", "协议", StringComparison.Ordinal)), Check: a => (a.Metadata.Encoding, a.Title).Should().Be(("gb18030", "合作协议"))),
        ["a 10 MB single line"] = new(() => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("雙方同意加強交流與合作，", 10 * 1000 * 1000 / 36))), Check: a => a.Clauses.Should().ContainSingle().Which.Kind.Should().Be(ClauseKind.Body), Seconds: 60),
        // Clause numbers stop at 9,999, so ten chapters of 9,999 articles each.
        ["100,000 headings"] = new(() => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 10).Select(c => $"第{c}章 合作領域\n" + string.Concat(Enumerable.Range(1, 9_999).Select(i => $"第{i}條 合作事項\n"))))), Check: a => a.AllClauses().Should().HaveCount(100_000), Seconds: 60),
        ["numbering that skips"] = new(() => Encoding.UTF8.GetBytes("一、總則\n雙方同意。\n三、合作\n雙方合作。\n"), Check: a => a.Diagnostics.Should().ContainSingle(d => d.Problem == ReadProblem.NumberingSkipped && d.Line == 3)),
        ["numbering that repeats"] = new(() => Encoding.UTF8.GetBytes("一、總則\n雙方同意。\n一、合作\n雙方合作。\n"), Check: a => a.Diagnostics.Should().ContainSingle(d => d.Problem == ReadProblem.NumberingRepeated && d.Line == 3)),
        // Each style nests once: the first ten levels nest, the repeated styles below them stay text; no level is lost.
        ["numbering nested 20 deep"] = new(() => Encoding.UTF8.GetBytes(Nested(20)), Check: a =>
        {
            a.AllClauses().Max(c => c.Depth).Should().BeGreaterThanOrEqualTo(9);
            var text = string.Concat(a.AllClauses().Select(c => c.Heading + c.Text));
            Enumerable.Range(1, 20).Should().OnlyContain(level => text.Contains($"第{level}層", StringComparison.Ordinal));
        }),
        ["unbalanced parentheses"] = new(() => Encoding.UTF8.GetBytes("一、總則（\n(一 雙方同意）)\n（二）雙方(合作。\n((三))\n二、附則)\n"), Check: a => a.Clauses.Select(c => c.Label).Should().Contain(["一", "二"])),
        ["only English"] = new(() => Encoding.UTF8.GetBytes("Co-operation Agreement\n1. General\n(1) The parties agree to co-operate.\n2. Final provisions\n(1) This agreement takes effect on signature.\n"), Check: a => (a.Metadata.Language, a.Clauses.Count).Should().Be(("en", 2))),
        ["only punctuation"] = new(() => Encoding.UTF8.GetBytes("。，、；：？！\n……——《》「」\n.,;:!?()[]{}\n"), Check: a => a.Clauses.Should().NotBeEmpty()),
    };

    public static TheoryData<string> Names => [.. Rows.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Reading_gives_the_typed_error_or_the_agreement_expected(string name)
    {
        var row = Rows[name];
        var bytes = row.Bytes();
        var clock = Stopwatch.StartNew();
        Agreement? agreement = null;
        AgreementReadException? error = null;
        try
        {
            agreement = AgreementReader.ReadBytes(bytes, "input.txt");
        }
        catch (AgreementReadException e)
        {
            error = e;
        }

        clock.Elapsed.TotalSeconds.Should().BeLessThan(row.Seconds, "reading is linear in the input's size");
        if (row.Problem is { } problem)
        {
            error.Should().NotBeNull($"{name} is an error");
            (error!.Problem, error.Line, error.SourceName).Should().Be((problem, row.Line, "input.txt"));
            error.Message.Should().Contain("input.txt");
        }
        else
        {
            error.Should().BeNull($"{name} reads");
            SpanAssertions.ShouldNestInsideTheSource(agreement!);
            row.Check!(agreement!);
        }
    }

    private static byte[] Png()
    {
        // A 1×1 grey PNG: signature, IHDR, IDAT and IEND chunks (CRCs are not checked by a text reader).
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        byte[] ihdr = [0, 0, 0, 13, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0, 0x3A, 0x7E, 0x9B, 0x55];
        byte[] idat = [0, 0, 0, 10, .. "IDAT"u8, 0x78, 0x9C, 0x63, 0x60, 0, 0, 0, 2, 0, 1, 0xE5, 0x27, 0xDE, 0xFC];
        byte[] iend = [0, 0, 0, 0, .. "IEND"u8, 0xAE, 0x42, 0x60, 0x82];
        return [.. signature, .. ihdr, .. idat, .. iend];
    }

    private static string Nested(int depth)
    {
        // Twenty numbering styles nest each new one inside the one before, as printed agreements do.
        string[] markers = ["第一章", "第一節", "第一條", "一、", "（一）", "1.", "（1）", "①", "(a)", "Article 1", "Part 1", "一、", "（一）", "1.", "（1）", "①", "(a)", "一、", "（一）", "1."];
        return string.Concat(markers.Take(depth).Select((m, i) => $"{m} 第{i + 1}層的合作事項\n"));
    }
}
