using System.Text;
using AgreementDiff.Reading;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Reading;

public sealed class TextDecoderTests
{
    private const int Gb18030CodePage = 54936;
    private const int Big5CodePage = 950;

    /// <summary>
    /// Every seed in every supported encoding. GB18030 and the UTF encodings hold every character of every seed.
    /// Big5 holds every character of 000 only: 001 has 衞, 002 has 衞, 着 and U+00A0, 003 has 带 (一带一路), 着, 粤, 衞 and 邨,
    /// 004 has U+00A0. For those seeds the expected tree is that of the text as it survives a round trip through
    /// Big5 (each missing character becomes '?'); <see cref="Big5_HoldsEveryCharacterOnlyOfSeed000"/> pins that list.
    /// </summary>
    public static TheoryData<string, string> SeedsAndEncodings()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in SeedCorpus.Ids)
        {
            foreach (var encoding in new[] { "utf-8-bom", "utf-16le", "utf-16be", "gb18030", "big5" })
            {
                data.Add(id, encoding);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndEncodings))]
    public void Read_SeedReEncoded_GivesTheSameTreeAsTheUtf8Original(string seedId, string encodingName)
    {
        var original = Encoding.UTF8.GetString(SeedCorpus.Bytes(seedId));
        var encoding = EncodingFor(encodingName);
        var encoded = Encode(encoding, original);
        var survivor = encoding.GetString(encoded.AsSpan(encoding.GetPreamble().Length));

        if (RoundTrips(encodingName, seedId))
        {
            survivor.Should().Be(original, "{0} holds every character of seed {1}", encodingName, seedId);
        }

        var expected = AgreementReader.ReadBytes(Encoding.UTF8.GetBytes(survivor), seedId);
        var actual = AgreementReader.ReadBytes(encoded, seedId);

        actual.Metadata.Encoding.Should().Be(encodingName);
        actual.SourceName.Should().Be(seedId);
        Snapshot(actual).Should().Equal(Snapshot(expected));
        actual.Title.Should().Be(expected.Title);
        if (RoundTrips(encodingName, seedId))
        {
            Snapshot(actual).Should().Equal(Snapshot(SeedCorpus.Read(seedId)));
        }
    }

    [Fact]
    public void Big5_HoldsEveryCharacterOnlyOfSeed000()
    {
        var strict = CodePagesEncodingProvider.Instance.GetEncoding(Big5CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
        var holds = SeedCorpus.Ids.Where(id =>
        {
            try
            {
                strict.GetBytes(Encoding.UTF8.GetString(SeedCorpus.Bytes(id)));
                return true;
            }
            catch (EncoderFallbackException)
            {
                return false;
            }
        });

        holds.Should().Equal(Seed.JiangsuAgreement);
    }

    [Theory]
    [MemberData(nameof(SeedCorpus.All), MemberType = typeof(SeedCorpus))]
    public void ReadFile_Utf8Seed_ReportsUtf8AndTheManifestTitleParts(string seedId)
    {
        var agreement = SeedCorpus.Read(seedId);

        agreement.Metadata.Encoding.Should().Be("utf-8");
        agreement.SourceName.Should().Be(SeedCorpus.PathOf(seedId));
        agreement.Title.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("gb18030")]
    public void Read_StreamAndFileOfReEncodedSeed_GiveTheSameTreeAsBytes(string encodingName)
    {
        var encoded = Encode(EncodingFor(encodingName), Encoding.UTF8.GetString(SeedCorpus.Bytes(Seed.ZhejiangMemorandum)));
        var fromBytes = AgreementReader.ReadBytes(encoded, "memo");
        using var stream = new MemoryStream(encoded);
        var fromStream = AgreementReader.Read(stream, "memo");
        var path = Path.Combine(Path.GetTempPath(), $"agreement-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllBytes(path, encoded);
            var fromFile = AgreementReader.ReadFile(path);

            fromStream.Metadata.Encoding.Should().Be(encodingName);
            fromFile.Metadata.Encoding.Should().Be(encodingName);
            fromFile.SourceName.Should().Be(path);
            Snapshot(fromStream).Should().Equal(Snapshot(fromBytes));
            Snapshot(fromFile).Should().Equal(Snapshot(fromBytes));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Decode_ShortSimplifiedTextInGb18030_IsDetectedAsGb18030()
    {
        const string text = "一、总则\n双方同意在经济、贸易、金融、科技、教育和文化等领域加强交流与合作，共同推进“一带一路”建设。\n";

        var (decoded, name) = TextDecoder.Decode(EncodingFor("gb18030").GetBytes(text), "gb.txt");

        name.Should().Be("gb18030");
        decoded.Should().Be(text);
    }

    [Fact]
    public void Decode_ShortTraditionalTextInBig5_IsDetectedAsBig5()
    {
        const string text = "一、總則\n雙方同意在經濟、貿易、金融、科技、教育和文化等領域加強交流與合作，共同推進「一帶一路」建設。\n";

        var (decoded, name) = TextDecoder.Decode(EncodingFor("big5").GetBytes(text), "big5.txt");

        name.Should().Be("big5");
        decoded.Should().Be(text);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Decode_ByteOrderMark_IsRemovedFromTheText(string encodingName)
    {
        var (decoded, name) = TextDecoder.Decode(Encode(EncodingFor(encodingName), "一、總則"), "bom.txt");

        name.Should().Be(encodingName);
        decoded.Should().Be("一、總則");
    }

    [Fact]
    public void Decode_NonBmpCharacterInUtf16_Survives()
    {
        var (decoded, _) = TextDecoder.Decode(Encode(EncodingFor("utf-16le"), "甲\U00020000乙"), "astral.txt");

        decoded.Should().Be("甲\U00020000乙");
    }

    [Fact]
    public void Decode_Utf16WithLoneSurrogate_IsUnsupportedEncoding()
    {
        byte[] bytes = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00];

        var act = () => TextDecoder.Decode(bytes, "broken16.txt");

        act.Should().Throw<AgreementReadException>()
            .Which.Should().Match<AgreementReadException>(e => e.Problem == ReadProblem.UnsupportedEncoding && e.SourceName == "broken16.txt");
    }

    [Fact]
    public void Decode_Utf8BomFollowedByInvalidUtf8_IsUnsupportedEncoding()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28, 0x0A];

        var act = () => TextDecoder.Decode(bytes, "broken8.txt");

        act.Should().Throw<AgreementReadException>().Which.Problem.Should().Be(ReadProblem.UnsupportedEncoding);
    }

    [Fact]
    public void Plausibility_ChineseTextScoresHigherThanMojibake()
    {
        const string text = "雙方同意在經濟、貿易、金融、科技、教育和文化等領域加強交流與合作。";
        var big5 = EncodingFor("big5").GetBytes(text);
        var misread = EncodingFor("gb18030").GetString(big5);

        TextDecoder.Plausibility(text).Should().BeGreaterThan(0.9);
        TextDecoder.Plausibility(misread).Should().BeLessThan(TextDecoder.Plausibility(text));
        TextDecoder.Plausibility("plain text — with a dash").Should().Be(TextDecoder.MinimumPlausibility, "text with no ideographs neither confirms nor refutes a Chinese decoding");
    }

    internal static List<ClauseSnapshot> Snapshot(Agreement agreement) =>
        agreement.AllClauses().Select(c => new ClauseSnapshot(c.Kind, c.Path, c.Heading, c.Text, c.Span)).ToList();

    private static bool RoundTrips(string encodingName, string seedId) => encodingName != "big5" || seedId == Seed.JiangsuAgreement;

    private static Encoding EncodingFor(string name) => name switch
    {
        "utf-8-bom" => new UTF8Encoding(true),
        "utf-16le" => new UnicodeEncoding(false, true),
        "utf-16be" => new UnicodeEncoding(true, true),
        "gb18030" => CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage)!,
        "big5" => CodePagesEncodingProvider.Instance.GetEncoding(Big5CodePage)!,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static byte[] Encode(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    internal sealed record ClauseSnapshot(ClauseKind Kind, string Path, string? Heading, string Text, SourceSpan Span);
}
