using System.Text;
using AgreementDiff.Reading;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Reading;

public sealed class TextCleanerTests
{
    [Theory]
    [InlineData("ＡＢＣ１２３", "ABC123")]
    [InlineData("（一）加強合作，共同推進；", "(一)加強合作,共同推進;")]
    [InlineData("“一帶一路”", "\"一帶一路\"")]
    [InlineData("‘浙里未來’", "'浙里未來'")]
    [InlineData("  尾隨空格   ", "尾隨空格")]
    [InlineData("a\u3000\u3000b\t\tc", "a b c")]
    [InlineData("Hong  Kong\u00A0 SAR", "Hong Kong SAR")]
    [InlineData("零\u200B寬", "零寬")]
    [InlineData("\uFEFF標題", "標題")]
    public void CleanLine_Artefacts_AreUnified(string raw, string expected)
    {
        TextCleaner.CleanLine(raw).Should().Be(expected);
    }

    [Fact]
    public void CleanLine_KeepsSpacesBetweenCjkCharacters_ForRemoveCjkSpacesToDecide()
    {
        TextCleaner.CleanLine("交流合 作").Should().Be("交流合 作");
    }

    [Fact]
    public void CleanLine_NonBmpCharacter_Survives()
    {
        TextCleaner.CleanLine("甲\U00020000乙").Should().Be("甲\U00020000乙");
    }

    [Theory]
    [InlineData("交流合 作取得實效", "交流合作取得實效")]
    [InlineData("浙港合作 會議第一次會議", "浙港合作會議第一次會議")]
    [InlineData("於2025 年4月24日", "於2025 年4月24日")]
    [InlineData("Hong Kong 特區 政府", "Hong Kong 特區政府")]
    [InlineData("合作 , 共贏", "合作,共贏")]
    [InlineData("甲 \U00020000 乙", "甲\U00020000乙")]
    [InlineData("no spaces removed here", "no spaces removed here")]
    public void RemoveCjkSpaces_RemovesOnlySpacesNextToCjkText(string text, string expected)
    {
        TextCleaner.RemoveCjkSpaces(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("the parties", "agree", "the parties agree")]
    [InlineData("交流", "合作", "交流合作")]
    [InlineData("Hong Kong", "特區", "Hong Kong特區")]
    public void AppendContinuation_JoinsLatinWordsWithASpaceAndCjkDirectly(string first, string next, string expected)
    {
        var sb = new StringBuilder(first);

        TextCleaner.AppendContinuation(sb, next);

        sb.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("雙方同意。", true)]
    [InlineData("雙方同意；", true)]
    [InlineData("如下：", true)]
    [InlineData("“雙方同意。”", true)]
    [InlineData("The parties agree.", true)]
    [InlineData("雙方同意加強", false)]
    [InlineData("(2020 年版)", false)]
    [InlineData("", false)]
    public void EndsSentence_TellsWhetherALineEndsASentence(string text, bool expected)
    {
        TextCleaner.EndsSentence(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("12")]
    [InlineData("- 7 -")]
    [InlineData("第 3 頁")]
    [InlineData("第3页,共10页")]
    [InlineData("Page 3 of 10")]
    [InlineData("3 / 10")]
    public void IsChrome_PageNumberLine_IsDropped(string line)
    {
        DocumentPatterns.IsChrome(line).Should().BeTrue();
    }

    [Theory]
    [InlineData("2023")]
    [InlineData("1. 支持")]
    [InlineData("第三條")]
    public void IsChrome_TextLine_IsKept(string line)
    {
        DocumentPatterns.IsChrome(line).Should().BeFalse();
    }

    [Fact]
    public void Parse_SentenceBrokenAcrossBlankLinesAndAPageNumber_IsRejoined()
    {
        const string text = "一、總則\n雙方同意舉辦跨國投\n\n\n 7 \n\n資研討會，加強\n\n交流。\n二、附則\n雙方同意。\n";

        var agreement = AgreementReader.Parse(text, "broken");

        agreement["一"].Text.Should().Be("雙方同意舉辦跨國投資研討會,加強交流。");
        agreement["一"].Span.Should().Be(new SourceSpan(1, 9));
        agreement["二"].Text.Should().Be("雙方同意。");
    }

    [Fact]
    public void Parse_ClauseText_IsCleanedUp()
    {
        const string text = "一、總則\n推動雙方交流合 作取得實效，ＡＢＣ１２３“引號”與‘單引號’。   \n二、 附則\n本條 自即日起適用。\n";

        var agreement = AgreementReader.Parse(text, "clean");

        agreement["一"].Text.Should().Be("推動雙方交流合作取得實效,ABC123\"引號\"與'單引號'。");
        agreement["二"].Heading.Should().Be("附則");
        agreement["二"].Text.Should().Be("本條自即日起適用。");
    }

    [Fact]
    public void Parse_NonBmpCharacter_SurvivesInText()
    {
        var agreement = AgreementReader.Parse("一、總則\n雙方同意在\U00020000字 \U00020000 方面合作。\n", "astral");

        agreement["一"].Text.Should().Be("雙方同意在\U00020000字\U00020000方面合作。");
    }

    [Fact]
    public void Read_Seed003Preamble_HasTheExtractionSpacesRemoved()
    {
        var agreement = SeedCorpus.Read(Seed.ZhejiangMemorandum);

        var preamble = agreement.Clauses.Single(c => c.Kind == ClauseKind.Preamble);
        preamble.Text.Should().Contain("交流合作取得實效").And.Contain("浙港合作會議第一次會議").And.NotContain("合 作");
    }

    [Fact]
    public void Read_Seed001ItemWithAPageNumber_IsOneSentenceWithoutThePageNumber()
    {
        var agreement = SeedCorpus.Read(Seed.ZhejiangAgreement);

        var item = agreement["(五)/1"];
        item.Text.Should().Contain("學術研究等方面交流合作").And.Contain("招生方式擴大招收香港學生").And.NotContain("7").And.NotContain("\n");
        item.Span.StartLine.Should().BeLessThan(291);
        item.Span.EndLine.Should().BeGreaterThan(291);
        agreement.GetSourceText(new SourceSpan(291, 291)).Trim().Should().Be("7");
    }
}
