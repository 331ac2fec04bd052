using AgreementDiff.Reading;

namespace AgreementDiff.Tests.Reading;

public sealed class NumberingMarkerTests
{
    [Theory]
    [InlineData("一、總則", NumberingStyle.ChineseComma, 1, "一", "總則")]
    [InlineData("十二、便利港人在內地發展", NumberingStyle.ChineseComma, 12, "十二", "便利港人在內地發展")]
    [InlineData("二十一、 住房安居", NumberingStyle.ChineseComma, 21, "二十一", "住房安居")]
    [InlineData("(一)加強金融合作。", NumberingStyle.ChineseParenthesized, 1, "(一)", "加強金融合作。")]
    [InlineData("(十二)推進法律和爭議解決", NumberingStyle.ChineseParenthesized, 12, "(十二)", "推進法律和爭議解決")]
    [InlineData("( 三 ) 文化", NumberingStyle.ChineseParenthesized, 3, "(三)", "文化")]
    [InlineData("(1)設立平台", NumberingStyle.ArabicParenthesized, 1, "(1)", "設立平台")]
    [InlineData("(01) 設立平台", NumberingStyle.ArabicParenthesized, 1, "(1)", "設立平台")]
    [InlineData("(a) details", NumberingStyle.LatinParenthesized, 1, "(a)", "details")]
    [InlineData("(c) details", NumberingStyle.LatinParenthesized, 3, "(c)", "details")]
    [InlineData("①第一點", NumberingStyle.Circled, 1, "①", "第一點")]
    [InlineData("⑳ 第二十點", NumberingStyle.Circled, 20, "⑳", "第二十點")]
    [InlineData("1. 支持浙江省", NumberingStyle.Arabic, 1, "1", "支持浙江省")]
    [InlineData("1.支持浙江省", NumberingStyle.Arabic, 1, "1", "支持浙江省")]
    [InlineData("1、加強交流", NumberingStyle.Arabic, 1, "1", "加強交流")]
    [InlineData("- 16. 根據市場情況", NumberingStyle.Arabic, 16, "16", "根據市場情況")]
    [InlineData("22. 支持和促進", NumberingStyle.Arabic, 22, "22", "支持和促進")]
    [InlineData("3) item", NumberingStyle.Arabic, 3, "3", "item")]
    [InlineData("第一章 總則", NumberingStyle.Chapter, 1, "第一章", "總則")]
    [InlineData("第一條 本協議", NumberingStyle.Article, 1, "第一條", "本協議")]
    [InlineData("第1条 本协议", NumberingStyle.Article, 1, "第1条", "本协议")]
    [InlineData("第十二條", NumberingStyle.Article, 12, "第十二條", "")]
    [InlineData("第二節 機構", NumberingStyle.ChapterSection, 2, "第二節", "機構")]
    [InlineData("第一部分 總體要求", NumberingStyle.Part, 1, "第一部分", "總體要求")]
    [InlineData("第三款 其他", NumberingStyle.ArticleParagraph, 3, "第三款", "其他")]
    [InlineData("Article 1 Scope", NumberingStyle.Article, 1, "Article 1", "Scope")]
    [InlineData("Article 12. Entry into force", NumberingStyle.Article, 12, "Article 12", "Entry into force")]
    [InlineData("Chapter IV Final provisions", NumberingStyle.Chapter, 4, "Chapter IV", "Final provisions")]
    public void TryParse_NumberedLine_GivesStyleNumberLabelAndRest(string line, NumberingStyle style, int number, string label, string rest)
    {
        NumberingMarker.TryParse(line).Should().Be(new NumberingMarker(style, number, label, rest));
    }

    [Theory]
    [InlineData("(ii) details", NumberingStyle.RomanParenthesized, 2, "(ii)", "details")]
    [InlineData("(iv) details", NumberingStyle.RomanParenthesized, 4, "(iv)", "details")]
    [InlineData("(i) details", NumberingStyle.RomanParenthesized, 1, "(i)", "details")]
    [InlineData("(A) Banking", NumberingStyle.UpperLatinParenthesized, 1, "(A)", "Banking")]
    [InlineData("(I) Finance", NumberingStyle.UpperRomanParenthesized, 1, "(I)", "Finance")]
    [InlineData("(III) Culture", NumberingStyle.UpperRomanParenthesized, 3, "(III)", "Culture")]
    [InlineData("III. Trade", NumberingStyle.Roman, 3, "III", "Trade")]
    [InlineData("ii. details", NumberingStyle.LowerRoman, 2, "ii", "details")]
    [InlineData("b) details", NumberingStyle.Latin, 2, "b", "details")]
    [InlineData("2.1 Finance", NumberingStyle.Decimal, 1, "2.1", "Finance")]
    [InlineData("2.1.3. Both sides", NumberingStyle.Decimal, 3, "2.1.3", "Both sides")]
    [InlineData("ARTICLE 3 TRADE", NumberingStyle.Article, 3, "Article 3", "TRADE")]
    [InlineData("Article Twenty-One: Duration", NumberingStyle.Article, 21, "Article Twenty-One", "Duration")]
    [InlineData("CHAPTER IV FINAL PROVISIONS", NumberingStyle.Chapter, 4, "Chapter IV", "FINAL PROVISIONS")]
    [InlineData("Article 1 - Objectives", NumberingStyle.Article, 1, "Article 1", "Objectives")]
    [InlineData("Article 1 — Objectives", NumberingStyle.Article, 1, "Article 1", "Objectives")]
    [InlineData("Clause 2 Financial Services", NumberingStyle.Article, 2, "Clause 2", "Financial Services")]
    [InlineData("CLAUSE 13: ENTRY INTO FORCE", NumberingStyle.Article, 13, "Clause 13", "ENTRY INTO FORCE")]
    [InlineData("Part A – General Principles", NumberingStyle.Part, 1, "Part A", "General Principles")]
    [InlineData("Part B", NumberingStyle.Part, 2, "Part B", "")]
    [InlineData("Part C Implementation", NumberingStyle.Part, 100, "Part C", "Implementation")]
    public void TryParse_EnglishForms_GiveStyleNumberLabelAndRest(string line, NumberingStyle style, int number, string label, string rest)
    {
        var marker = NumberingMarker.TryParse(line);

        marker.Should().NotBeNull();
        (marker!.Style, marker.Number, marker.Label, marker.Rest).Should().Be((style, number, label, rest));
    }

    [Theory]
    [InlineData("(i) details", NumberingStyle.LatinParenthesized, 9)]
    [InlineData("(v) details", NumberingStyle.LatinParenthesized, 22)]
    [InlineData("x) details", NumberingStyle.Latin, 24)]
    [InlineData("(I) details", NumberingStyle.UpperLatinParenthesized, 9)]
    [InlineData("(X) details", NumberingStyle.UpperLatinParenthesized, 24)]
    [InlineData("Part C Implementation", NumberingStyle.Part, 3)]
    [InlineData("Part I Objectives", NumberingStyle.Part, 9)]
    public void TryParse_SingleRomanLetter_OffersTheLetterAsAlternative(string line, NumberingStyle style, int number)
    {
        var alternative = NumberingMarker.TryParse(line)!.Alternative;

        alternative.Should().NotBeNull();
        (alternative!.Style, alternative.Number).Should().Be((style, number));
    }

    [Theory]
    [InlineData("2.1 Finance", "2")]
    [InlineData("2.1.3 Both sides", "2.1")]
    [InlineData("02.01.3 Both sides", "2.1")]
    public void TryParse_DecimalNumber_KeepsThePartsBeforeTheLast(string line, string prefix)
    {
        NumberingMarker.TryParse(line)!.Prefix.Should().Be(prefix);
    }

    [Theory]
    [InlineData("2.1 Finance", 1)]
    [InlineData("2.1.1 Both sides", 2)]
    public void TryParse_DecimalNumber_GivesItsLevel(string line, int level)
    {
        NumberingMarker.TryParse(line)!.Level.Should().Be(level);
    }

    [Theory]
    [InlineData("")]
    [InlineData("雙方同意加強交流。")]
    [InlineData("2023.")]
    [InlineData("2023 年 10 月 13 日")]
    [InlineData("(2020 年版)")]
    [InlineData("(2020年版)")]
    [InlineData("1.5 billion dollars")]
    [InlineData("3.14")]
    [InlineData("(ab) two letters")]
    [InlineData("(香港)")]
    [InlineData("第一次會議")]
    [InlineData("Articles of association")]
    [InlineData("Section of the text")]
    [InlineData("一帶一路建設")]
    [InlineData("十分重要")]
    [InlineData("(iiii) not Roman")]
    [InlineData("(AB) two letters")]
    [InlineData("i.e. the parties")]
    [InlineData("In the event")]
    [InlineData("IV")]
    [InlineData("2.1 billion dollars")]
    [InlineData("1.5 億元")]
    [InlineData("Article of faith")]
    [InlineData("Chapter Onwards")]
    public void TryParse_LineWithoutANumber_GivesNull(string line)
    {
        NumberingMarker.TryParse(line).Should().BeNull();
    }
}
