using System.Text;
using AgreementDiff.Reading;

namespace AgreementDiff.Tests.Reading;

public sealed class AgreementReaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "agreement-reader-tests-" + Guid.NewGuid().ToString("N"));

    public AgreementReaderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // ---- bad input -----------------------------------------------------------------------------

    [Fact]
    public void Read_EmptyBytes_ThrowsEmpty()
    {
        var e = ReadFails([], "empty.txt");

        e.Problem.Should().Be(ReadProblem.Empty);
        e.SourceName.Should().Be("empty.txt");
        e.Line.Should().BeNull();
    }

    [Fact]
    public void ReadFile_EmptyFile_ThrowsEmptyNamingThePath()
    {
        var path = Write("empty.txt", []);

        var act = () => AgreementReader.ReadFile(path);

        var e = act.Should().Throw<AgreementReadException>().Which;
        e.Problem.Should().Be(ReadProblem.Empty);
        e.SourceName.Should().Be(path);
        e.Message.Should().Contain(path);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(" \n\t\n\r\n  \u3000\n")]
    [InlineData("\n\n\n")]
    public void Read_WhitespaceOnly_ThrowsEmpty(string text)
    {
        var e = ReadFails(Encoding.UTF8.GetBytes(text), "blank.txt");

        e.Problem.Should().Be(ReadProblem.Empty);
        e.SourceName.Should().Be("blank.txt");
    }

    [Fact]
    public void Parse_WhitespaceOnly_ThrowsEmpty()
    {
        var act = () => AgreementReader.Parse(" \n \n", "blank");

        act.Should().Throw<AgreementReadException>()
            .Which.Should().Match<AgreementReadException>(e => e.Problem == ReadProblem.Empty && e.SourceName == "blank");
    }

    [Fact]
    public void Parse_EmptyString_ThrowsEmpty()
    {
        var act = () => AgreementReader.Parse(string.Empty, "nothing");

        act.Should().Throw<AgreementReadException>().Which.Problem.Should().Be(ReadProblem.Empty);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x20, 0x0D, 0x0A })]
    public void Read_ByteOrderMarkOnly_ThrowsEmpty(byte[] bytes)
    {
        var e = ReadFails(bytes, "bom-only.txt");

        e.Problem.Should().Be(ReadProblem.Empty);
        e.SourceName.Should().Be("bom-only.txt");
    }

    [Fact]
    public void Read_RandomBytesWithNuls_ThrowsBinaryAtTheLineOfTheFirstNul()
    {
        var bytes = new byte[4096];
        new Random(20231013).NextBytes(bytes);
        bytes[2000] = 0;
        var firstNul = Array.IndexOf(bytes, (byte)0);
        var expectedLine = bytes.AsSpan(0, firstNul).Count((byte)'\n') + 1;

        var e = ReadFails(bytes, "random.bin");

        e.Problem.Should().Be(ReadProblem.Binary);
        e.SourceName.Should().Be("random.bin");
        e.Line.Should().Be(expectedLine);
    }

    [Fact]
    public void ReadFile_PngHeader_ThrowsBinaryOnLine3()
    {
        // 89 'P' 'N' 'G' CR LF 1A LF, then the IHDR chunk's length (00 00 00 0D): the first NUL follows two LFs.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];
        var path = Write("picture.png", png);

        var act = () => AgreementReader.ReadFile(path);

        var e = act.Should().Throw<AgreementReadException>().Which;
        e.Problem.Should().Be(ReadProblem.Binary);
        e.SourceName.Should().Be(path);
        e.Line.Should().Be(3);
    }

    [Fact]
    public void Read_ManyControlBytesWithoutNul_ThrowsBinary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();

        ReadFails(bytes, "controls.bin").Problem.Should().Be(ReadProblem.Binary);
    }

    [Theory]
    [InlineData("Agreement\nThe parties\nLe café est bon.\n", 3)]
    [InlineData("é\nsecond line\n", 1)]
    [InlineData("Article 1\nThe parties agree.\nArticle 2\nLa société générale a été créée.\n", 4)]
    public void Read_Latin1Text_ThrowsUnsupportedEncodingAtTheLineOfTheFirstBadByte(string text, int line)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        bytes.Should().Contain(0xE9);

        var e = ReadFails(bytes, "latin1.txt");

        e.Problem.Should().Be(ReadProblem.UnsupportedEncoding);
        e.SourceName.Should().Be("latin1.txt");
        e.Line.Should().Be(line);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_Utf32WithBom_ThrowsUnsupportedEncoding(bool bigEndian)
    {
        var utf32 = new UTF32Encoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. utf32.GetPreamble(), .. utf32.GetBytes("一、總則\n雙方同意。\n")];

        var e = ReadFails(bytes, "utf32.txt");

        e.Problem.Should().Be(ReadProblem.UnsupportedEncoding);
        e.SourceName.Should().Be("utf32.txt");
        e.Line.Should().Be(1);
    }

    [Fact]
    public void ReadFile_MissingFile_ThrowsUnreadable()
    {
        var path = Path.Combine(_folder, "no-such-file.txt");

        var act = () => AgreementReader.ReadFile(path);

        var e = act.Should().Throw<AgreementReadException>().Which;
        e.Problem.Should().Be(ReadProblem.Unreadable);
        e.SourceName.Should().Be(path);
        e.Line.Should().BeNull();
    }

    [Fact]
    public void ReadFile_Directory_ThrowsUnreadable()
    {
        var act = () => AgreementReader.ReadFile(_folder);

        var e = act.Should().Throw<AgreementReadException>().Which;
        e.Problem.Should().Be(ReadProblem.Unreadable);
        e.SourceName.Should().Be(_folder);
        e.Detail.Should().Contain("directory");
    }

    [Fact]
    public void ReadFile_LargerThanMaxInputBytes_ThrowsTooLarge()
    {
        var path = Write("large.txt", Encoding.UTF8.GetBytes("一、總則\n" + new string('甲', 400) + "。\n"));

        var act = () => AgreementReader.ReadFile(path, new AgreementReaderOptions { MaxInputBytes = 1000 });

        var e = act.Should().Throw<AgreementReadException>().Which;
        e.Problem.Should().Be(ReadProblem.TooLarge);
        e.SourceName.Should().Be(path);
        e.Line.Should().BeNull();
    }

    [Fact]
    public void ReadFile_AtMaxInputBytes_Reads()
    {
        var bytes = Encoding.UTF8.GetBytes("一、總則\n雙方同意。\n");
        var path = Write("exact.txt", bytes);

        var agreement = AgreementReader.ReadFile(path, new AgreementReaderOptions { MaxInputBytes = bytes.Length });

        agreement["一"].Text.Should().Be("雙方同意。");
    }

    [Fact]
    public void Read_BytesAndStreamLargerThanMaxInputBytes_ThrowTooLarge()
    {
        var options = new AgreementReaderOptions { MaxInputBytes = 100 };
        var bytes = Encoding.UTF8.GetBytes("一、總則\n" + new string('甲', 200) + "。\n");
        using var stream = new MemoryStream(bytes);

        ReadFails(bytes, "big.txt", options).Problem.Should().Be(ReadProblem.TooLarge);
        var fromStream = () => AgreementReader.Read(stream, "big-stream", options);
        fromStream.Should().Throw<AgreementReadException>()
            .Which.Should().Match<AgreementReadException>(e => e.Problem == ReadProblem.TooLarge && e.SourceName == "big-stream");
    }

    [Fact]
    public void Parse_TextLongerThanMaxInputBytes_ThrowsTooLarge()
    {
        var act = () => AgreementReader.Parse(new string('甲', 100), "long", new AgreementReaderOptions { MaxInputBytes = 50 });

        act.Should().Throw<AgreementReadException>().Which.Problem.Should().Be(ReadProblem.TooLarge);
    }

    [Fact]
    public void TryReadFile_MissingFile_ReturnsFailureInsteadOfThrowing()
    {
        var path = Path.Combine(_folder, "missing.txt");

        var result = AgreementReader.TryReadFile(path);

        result.Success.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Error!.Problem.Should().Be(ReadProblem.Unreadable);
        result.Error.SourceName.Should().Be(path);
        result.Invoking(r => r.GetValueOrThrow()).Should().Throw<AgreementReadException>().Which.Should().BeSameAs(result.Error);
    }

    [Fact]
    public void TryReadFile_BinaryAndTooLarge_ReturnFailures()
    {
        var binary = Write("binary.bin", [0x41, 0x00, 0x42]);
        var text = Write("text.txt", Encoding.UTF8.GetBytes("一、總則\n雙方同意。\n"));

        AgreementReader.TryReadFile(binary).Error!.Problem.Should().Be(ReadProblem.Binary);
        AgreementReader.TryReadFile(text, new AgreementReaderOptions { MaxInputBytes = 5 }).Error!.Problem.Should().Be(ReadProblem.TooLarge);
    }

    [Fact]
    public void TryReadFile_GoodFile_ReturnsTheAgreement()
    {
        var path = Write("good.txt", Encoding.UTF8.GetBytes("一、總則\n雙方同意。\n"));

        var result = AgreementReader.TryReadFile(path);

        result.Success.Should().BeTrue();
        result.Error.Should().BeNull();
        result.GetValueOrThrow().Should().BeSameAs(result.Value);
        result.Value!["一"].Heading.Should().Be("總則");
    }

    // ---- numbering problems --------------------------------------------------------------------

    [Theory]
    [InlineData("這是一段沒有編號的文字，說明雙方的合作意向。\n雙方同意加強交流。\n")]
    [InlineData("The parties agree to strengthen co-operation.\nThey will meet every year.\n")]
    public void Parse_NoNumbering_GivesOneBodyClauseAndADiagnostic(string text)
    {
        var agreement = AgreementReader.Parse(text, "plain");

        agreement.Clauses.Should().ContainSingle().Which.Kind.Should().Be(ClauseKind.Body);
        agreement.AllClauses().Should().ContainSingle();
        agreement.Clauses[0].Text.Should().Contain(text.Split('\n')[1]);
        agreement.Diagnostics.Should().ContainSingle().Which.Problem.Should().Be(ReadProblem.NoNumbering);
    }

    [Fact]
    public void Parse_NoNumberingWithStrictNumbering_StillGivesABodyClause()
    {
        // StrictNumbering is documented to fail numbering that skips or repeats; a text with no numbering does neither.
        var agreement = AgreementReader.Parse("雙方同意加強交流。\n雙方每年會晤一次。\n", "plain", new AgreementReaderOptions { StrictNumbering = true });

        agreement.Clauses.Should().ContainSingle().Which.Kind.Should().Be(ClauseKind.Body);
        agreement.Diagnostics.Should().ContainSingle().Which.Problem.Should().Be(ReadProblem.NoNumbering);
    }

    [Fact]
    public void Parse_ChineseNumberingThatSkips_WarnsNumberingSkippedAtItsLine()
    {
        const string text = "一、總則\n雙方同意。\n二、合作\n雙方合作。\n四、附則\n本條自即日起適用。\n";

        var agreement = AgreementReader.Parse(text, "skips");

        agreement.Clauses.Select(c => c.Label).Should().Equal("一", "二", "四");
        agreement.Diagnostics.Should().ContainSingle()
            .Which.Should().Match<ReadDiagnostic>(d => d.Problem == ReadProblem.NumberingSkipped && d.Line == 5);
    }

    [Fact]
    public void Parse_ArabicNumberingThatRepeats_WarnsNumberingRepeatedAtItsLine()
    {
        const string text = "一、總則\n1. 甲方負責組織。\n2. 乙方負責協調。\n2. 丙方負責落實。\n";

        var agreement = AgreementReader.Parse(text, "repeats");

        agreement["一"].Children.Select(c => c.Label).Should().Equal("1", "2", "2");
        agreement.Diagnostics.Should().ContainSingle()
            .Which.Should().Match<ReadDiagnostic>(d => d.Problem == ReadProblem.NumberingRepeated && d.Line == 4);
    }

    [Theory]
    [InlineData("一、總則\n雙方同意。\n二、合作\n雙方合作。\n四、附則\n本條自即日起適用。\n", ReadProblem.NumberingSkipped, 5)]
    [InlineData("一、總則\n1. 甲方負責組織。\n2. 乙方負責協調。\n2. 丙方負責落實。\n", ReadProblem.NumberingRepeated, 4)]
    public void Parse_BadNumberingWithStrictNumbering_ThrowsAtItsLine(string text, ReadProblem problem, int line)
    {
        var act = () => AgreementReader.Parse(text, "strict.txt", new AgreementReaderOptions { StrictNumbering = true });

        var e = act.Should().Throw<AgreementReadException>().Which;
        e.Problem.Should().Be(problem);
        e.Line.Should().Be(line);
        e.SourceName.Should().Be("strict.txt");
        e.Message.Should().StartWith($"strict.txt:{line}:");
    }

    [Fact]
    public void Parse_GoodNumberingWithStrictNumbering_Reads()
    {
        var agreement = AgreementReader.Parse("一、總則\n1. 甲。\n2. 乙。\n二、附則\n1. 丙。\n", "ok", new AgreementReaderOptions { StrictNumbering = true });

        agreement.Diagnostics.Should().BeEmpty();
        agreement.AllClauses().Select(c => c.Path).Should().Equal("一", "一/1", "一/2", "二", "二/1");
    }

    // ---- numbering styles ----------------------------------------------------------------------

    [Fact]
    public void Parse_ChinesePartyLinesWithLabels_GiveTheNamesWithoutTheirLabels()
    {
        const string text = "香港特别行政区政府与湖北省人民政府合作协议\n\n甲方：香港特别行政区政府\n地址：香港添马添美道2号\n\n乙方（盖章）：湖北省人民政府\n\n"
            + "经友好协商，达成如下协议：\n\n第一条 金融\n（一）支持企业赴港上市。\n\n甲方：香港特别行政区政府\n乙方：湖北省人民政府\n2022年12月6日\n";

        var agreement = AgreementReader.Parse(text, "party-lines");

        agreement.Metadata.Parties.Should().Equal("香港特别行政区政府", "湖北省人民政府");
    }

    [Fact]
    public void Parse_ChaptersAndArticles_NestArticlesInChapters()
    {
        const string text = "第一章 總則\n第一條 本協議規定合作原則。\n第二條 雙方地位平等。\n第二章 合作\n第三條 雙方在金融領域合作。\n第4条 双方在教育领域合作。\n";

        var agreement = AgreementReader.Parse(text, "chapters");

        agreement.Diagnostics.Should().BeEmpty();
        agreement.AllClauses().Select(c => (c.Path, c.Style)).Should().Equal(
            ("第一章", NumberingStyle.Chapter),
            ("第一章/第一條", NumberingStyle.Article),
            ("第一章/第二條", NumberingStyle.Article),
            ("第二章", NumberingStyle.Chapter),
            ("第二章/第三條", NumberingStyle.Article),
            ("第二章/第4条", NumberingStyle.Article));
        agreement["第一章"].Heading.Should().Be("總則");
        agreement["第一章"].Kind.Should().Be(ClauseKind.Section);
        agreement["第三條"].Kind.Should().Be(ClauseKind.Item);
        agreement["第三條"].Text.Should().Be("雙方在金融領域合作。");
        agreement["第4条"].Number.Should().Be(4);
        agreement["第二章"].Span.Should().Be(new SourceSpan(4, 6));
    }

    [Fact]
    public void Parse_MixedStyles_NestEachNewStyleInsideThePreviousOne()
    {
        const string text = "一、總則\n（一）金融合作\n1、加強交流。\n(1)設立平台。\n①第一點。\n(a)細節。\n- 2. 第二項。\n（二）教育合作\n1. 互派學生。\n";

        var agreement = AgreementReader.Parse(text, "styles");

        agreement.Diagnostics.Should().BeEmpty();
        agreement.AllClauses().Select(c => (c.Path, c.Style)).Should().Equal(
            ("一", NumberingStyle.ChineseComma),
            ("一/(一)", NumberingStyle.ChineseParenthesized),
            ("一/(一)/1", NumberingStyle.Arabic),
            ("一/(一)/1/(1)", NumberingStyle.ArabicParenthesized),
            ("一/(一)/1/(1)/①", NumberingStyle.Circled),
            ("一/(一)/1/(1)/①/(a)", NumberingStyle.LatinParenthesized),
            ("一/(一)/2", NumberingStyle.Arabic),
            ("一/(二)", NumberingStyle.ChineseParenthesized),
            ("一/(二)/1", NumberingStyle.Arabic));
        agreement["(a)"].Text.Should().Be("細節。");
        agreement["一/(一)/2"].Text.Should().Be("第二項。");
        agreement["(二)/1"].Text.Should().Be("互派學生。");
    }

    [Fact]
    public void Parse_EnglishArticles_AreNumberedSections()
    {
        const string text = "Article 1 Scope\nThe parties agree to co-operate.\nArticle 2 Duration\nThis Memorandum lasts five years.\n";

        var agreement = AgreementReader.Parse(text, "english");

        agreement.Clauses.Select(c => (c.Label, c.Number, c.Heading)).Should().Equal(("Article 1", 1, "Scope"), ("Article 2", 2, "Duration"));
        agreement["Article 1"].Text.Should().Be("The parties agree to co-operate.");
        agreement.Metadata.Language.Should().Be("en");
    }

    [Fact]
    public void Parse_LetteredPartsAndClauses_AreNumberedSections()
    {
        const string text = """
            Memorandum of Understanding

            Part A – General Principles
            (a) The two sides will co-operate.
            (b) The two sides will meet every year.
            Part B – Areas of Co-operation
            1. Finance
            (a) Support listings in Hong Kong.
            2. Trade
            (a) Hold an annual trade fair.
            Part C – Implementation
            (a) The liaison offices will co-ordinate.
            """;

        var agreement = AgreementReader.Parse(text, "parts");

        agreement.Clauses.Select(c => (c.Label, c.Number, c.Heading)).Should().Equal(("Part A", 1, "General Principles"), ("Part B", 2, "Areas of Co-operation"), ("Part C", 3, "Implementation"));
        agreement["Part B/2/(a)"].Text.Should().Be("Hold an annual trade fair.");
        agreement["Part C/(a)"].Text.Should().Be("The liaison offices will co-ordinate.");
        agreement.Diagnostics.Should().BeEmpty();

        var clauses = AgreementReader.Parse("Clause 1 Objectives\n1.1 The two sides will co-operate.\nClause 2 Trade\n2.1 Hold an annual trade fair.\n", "clauses");
        clauses.Clauses.Select(c => c.Label).Should().Equal("Clause 1", "Clause 2");
        clauses["Clause 2/2.1"].Text.Should().Be("Hold an annual trade fair.");
    }

    [Fact]
    public void Parse_SigningLineInTheLastArticle_GivesTheSigningDateNotTheDateThePreambleCites()
    {
        const string text = """
            Co-operation Agreement

            Building on the Memorandum of Understanding signed on 16 November 2020, the two sides have agreed as follows:

            Clause 1 Trade
            1.1 Hold an annual trade fair.
            Clause 2 Entry into Force
            This Agreement shall come into effect on the date of signature.

            Signed in Hong Kong on 18 June 2025 in duplicate in the Chinese and English languages.

            For the Government of the Hong Kong Special Administrative Region
            Chief Secretary for Administration
            """;

        var agreement = AgreementReader.Parse(text, "signing-line");

        agreement.Metadata.Signed!.Value.Should().Be(new DateOnly(2025, 6, 18));
        agreement.Metadata.Signed.Line.Should().Be(10);
    }

    [Fact]
    public void Parse_ReaderNegatives_ACitedClauseAMentionedSigningANameBeforeAColonAndAnAddressStayAsTheyAre()
    {
        const string cited = "Co-operation Agreement\n\nArticle 1 Trade\nThe two sides will, in accordance with\nClause 1 of the CEPA, promote trade.\nArticle 2 Finance\nSupport listings.\n";
        var citing = AgreementReader.Parse(cited, "cited");
        citing.Clauses.Select(c => c.Label).Should().Equal("Article 1", "Article 2");
        citing["Article 1"].Children.Should().BeEmpty();

        const string mention = "合作協議\n\n雙方經協商，達成如下協議：\n\n一、金融\n1. 落實雙方於2019年12月6日簽署的《金融合作備忘錄》。\n2. 爭取於2023年6月30日前簽署合作文件。\n";
        AgreementReader.Parse(mention, "mention").Metadata.Signed.Should().BeNull();

        const string colon = "合作協議\n\n雙方經協商，達成如下協議：\n\n一、金融\n1. 支持企業上市。\n\n香港特別行政區政府：\n代表：張三\n浙江省人民政府：\n代表：李四\n";
        AgreementReader.Parse(colon, "colon").Metadata.Parties.Should().Equal("香港特別行政區政府", "浙江省人民政府");

        const string address = "合作協議\n\n香港特別行政區政府\n地址：香港添馬添美道 2號\n陝西省人民政府\n地址：西安市新城區新城大院\n法定代表人（或授權代表）：\n\n雙方經協商，達成如下協議：\n\n一、金融\n1. 支持企業上市。\n";
        AgreementReader.Parse(address, "address").Metadata.Parties.Should().Equal("香港特別行政區政府", "陝西省人民政府");
        const string addresses = "合作協議\n\n甲方：香港特別行政區政府 地址：香港添馬添美道 2號\n乙方：陝西省人民政府 地 址：西安市新城區新城大院\n住所地：西安市新城區政府大院\n乙方辦公地址：西安市碑林區\n\n雙方經協商，達成如下協議：\n\n一、金融\n1. 支持企業上市。\n";
        AgreementReader.Parse(addresses, "addresses").Metadata.Parties.Should().Equal("香港特別行政區政府", "陝西省人民政府");

        const string parts = "Memorandum\n\nPart A General\n(a) Co-operate.\nPart B Areas\n(a) Trade.\nThis Memorandum shall come into effect on signature.\n\nPart C Implementation\n(a) Liaison.\n";
        AgreementReader.Parse(parts, "parts").Clauses.Where(c => c.Label == "Part C").Should().ContainSingle().Which.Number.Should().Be(3);
    }

    [Fact]
    public void Parse_ChineseNumeralsAboveTen_AreReadAsNumbers()
    {
        var lines = Enumerable.Range(1, 105).Select(n => $"{ToChinese(n)}、第{n}項內容。");

        var agreement = AgreementReader.Parse(string.Join('\n', lines), "numerals");

        agreement.Diagnostics.Should().BeEmpty();
        agreement.Clauses.Select(c => c.Number).Should().Equal(Enumerable.Range(1, 105).Select(n => (int?)n));
        agreement["十二"].Text.Should().Be("第12項內容。");
        agreement["二十一"].Text.Should().Be("第21項內容。");
        agreement["一百零五"].Text.Should().Be("第105項內容。");
    }

    // The first line of item 1 is cut by the typesetter at the document's wrap width, mid-sentence; the next line
    // starts with a number that must not open a clause.
    private const string WrappedLine = "1. 雙方同意在粵港澳大灣區及長三角地區共同推動有關合作項目並參照";
    private const string FullLine = "2. 雙方定期會晤，檢討合作進展情況，並就下一階段的工作安排交換意見。";

    [Theory]
    [InlineData("2023.10.13 簽署的《合作綱要》執行。", "2023.10.13 簽署的《合作綱要》執行。")]
    [InlineData("2023. 年版《合作綱要》執行。", "2023.年版《合作綱要》執行。")]
    [InlineData("(2020 年版)《合作綱要》執行。", "(2020 年版)《合作綱要》執行。")]
    public void Parse_YearStartingAContinuationLine_StaysText(string continuation, string joined)
    {
        var text = $"一、總則\n{WrappedLine}\n{continuation}\n{FullLine}\n";

        var agreement = AgreementReader.Parse(text, "broken");

        agreement.AllClauses().Select(c => c.Path).Should().Equal("一", "一/1", "一/2");
        agreement.Diagnostics.Should().BeEmpty();
        agreement["一/1"].Heading.Should().BeNull();
        agreement["一/1"].Text.Should().Be(WrappedLine[3..] + joined);
        agreement["一/1"].Span.Should().Be(new SourceSpan(2, 3));
    }

    [Theory]
    [InlineData("2023.")]
    [InlineData("(2020 年版)")]
    public void Parse_YearAloneOnAContinuationLine_StaysText(string continuation)
    {
        var text = $"一、總則\n{WrappedLine}\n{continuation}\n的規定執行。\n{FullLine}\n";

        var agreement = AgreementReader.Parse(text, "broken");

        agreement.AllClauses().Select(c => c.Path).Should().Equal("一", "一/1", "一/2");
        agreement.Diagnostics.Should().BeEmpty();
        agreement["一/1"].Content.Should().StartWith(WrappedLine[3..] + continuation.TrimEnd('.')).And.EndWith("的規定執行。");
        agreement["一/1"].Span.Should().Be(new SourceSpan(2, 4));
    }

    [Fact]
    public void Parse_OutOfSequenceNumberInsideABrokenSentence_StaysText()
    {
        var text = $"一、總則\n{WrappedLine}\n5. 年內完成評估，並向雙方報告結果。\n{FullLine}\n";

        var agreement = AgreementReader.Parse(text, "broken");

        agreement.AllClauses().Select(c => c.Path).Should().Equal("一", "一/1", "一/2");
        agreement["一/1"].Text.Should().Be(WrappedLine[3..] + "5.年內完成評估,並向雙方報告結果。");
        agreement.Diagnostics.Should().BeEmpty();
    }

    // ---- size ----------------------------------------------------------------------------------

    [Fact]
    public void Read_FiftyMegabyteAgreement_ReadsEveryClause()
    {
        const int sections = 12;
        const int items = 100;
        const long target = 50L * 1000 * 1000;
        var block = new StringBuilder();
        for (var s = 1; s <= sections; s++)
        {
            block.Append(ToChinese(s)).Append("、合作領域\n");
            for (var i = 1; i <= items; i++)
            {
                block.Append(i).Append(". 雙方同意在本領域加強交流與合作，共同推進有關項目落實，定期檢討進展情況並及時調整工作安排。\n");
            }
        }

        var blockText = block.ToString();
        var repetitions = (int)Math.Ceiling((double)target / Encoding.UTF8.GetByteCount(blockText));
        var text = new StringBuilder("合成測試合作協議\n", (blockText.Length * repetitions) + 16);
        for (var r = 0; r < repetitions; r++)
        {
            text.Append(blockText);
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        bytes.LongLength.Should().BeGreaterThanOrEqualTo(target);

        var agreement = AgreementReader.ReadBytes(bytes, "fifty-megabytes.txt");

        agreement.Title.Should().Be("合成測試合作協議");
        agreement.Clauses.Should().HaveCount(repetitions * sections);
        agreement.AllClauses().Count().Should().Be(repetitions * sections * (items + 1));
        agreement.Clauses[^1].Children.Should().HaveCount(items);
        agreement.Clauses[^1].Children[^1].Span.EndLine.Should().Be(agreement.SourceLineCount);
        // Each repetition after the first starts again at 一、, which goes back in the top-level sequence.
        agreement.Diagnostics.Should().HaveCount(repetitions - 1).And.OnlyContain(d => d.Problem == ReadProblem.NumberingRepeated);
    }

    internal static string ToChinese(int n)
    {
        const string digits = "〇一二三四五六七八九";
        if (n >= 100)
        {
            var rest = n % 100;
            return digits[n / 100] + "百" + (rest == 0 ? string.Empty : rest < 10 ? "零" + digits[rest] : (rest < 20 ? "一" : string.Empty) + ToChinese(rest));
        }

        return n switch
        {
            < 10 => digits[n].ToString(),
            10 => "十",
            < 20 => "十" + digits[n - 10],
            _ => digits[n / 10] + "十" + (n % 10 == 0 ? string.Empty : digits[n % 10].ToString()),
        };
    }

    private static AgreementReadException ReadFails(byte[] bytes, string sourceName, AgreementReaderOptions? options = null)
    {
        var act = () => AgreementReader.ReadBytes(bytes, sourceName, options);
        return act.Should().Throw<AgreementReadException>().Which;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
