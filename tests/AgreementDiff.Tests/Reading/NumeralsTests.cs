using AgreementDiff.Reading;

namespace AgreementDiff.Tests.Reading;

public sealed class NumeralsTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("九", 9)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("二十一", 21)]
    [InlineData("九十九", 99)]
    [InlineData("一百", 100)]
    [InlineData("一百零五", 105)]
    [InlineData("一百一十二", 112)]
    [InlineData("三百四十五", 345)]
    [InlineData("一千零一", 1001)]
    [InlineData("两", 2)]
    [InlineData("兩", 2)]
    [InlineData("〇", 0)]
    public void ParseChinese_Numeral_GivesItsValue(string text, int expected)
    {
        Numerals.ParseChinese(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("十a")]
    [InlineData("第一")]
    [InlineData("12")]
    [InlineData("壹")]
    public void ParseChinese_NotANumeral_GivesNull(string text)
    {
        Numerals.ParseChinese(text).Should().BeNull();
    }

    [Theory]
    [InlineData("I", 1)]
    [InlineData("IV", 4)]
    [InlineData("IX", 9)]
    [InlineData("XII", 12)]
    [InlineData("XLII", 42)]
    [InlineData("xiv", 14)]
    [InlineData("CC", 200)]
    public void ParseRoman_Numeral_GivesItsValue(string text, int expected)
    {
        Numerals.ParseRoman(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABC")]
    [InlineData("X1")]
    public void ParseRoman_NotANumeral_GivesNull(string text)
    {
        Numerals.ParseRoman(text).Should().BeNull();
    }

    [Fact]
    public void ParseChinese_EveryNumberUpTo199_RoundTripsFromItsWrittenForm()
    {
        for (var n = 1; n < 200; n++)
        {
            var written = AgreementReaderTests.ToChinese(n);
            Numerals.ParseChinese(written).Should().Be(n, "{0} is written {1}", n, written);
        }
    }
}

public sealed class NonAsciiDigitTests
{
    [Theory]
    [InlineData("一、總則\n١. 双方同意加强合作。\n")]
    [InlineData("第1١条 双方同意加强合作。\n第2条 其他。\n")]
    [InlineData("一、總則\nSigned on October ١٣, 2023.\n二、其他\n無。\n")]
    [InlineData("一、總則\n２０２３年１０月１３日簽署。\n")]
    public void Digits_of_other_scripts_are_text_not_a_crash(string text)
    {
        var act = () => AgreementDiff.Reading.AgreementReader.Parse(text, "digits.txt");

        act.Should().NotThrow();
    }

    [Theory]
    [InlineData("i", 1)]
    [InlineData("iv", 4)]
    [InlineData("XIV", 14)]
    [InlineData("xl", 40)]
    [InlineData("iiii", null)]
    [InlineData("vv", null)]
    [InlineData("ic", null)]
    [InlineData("", null)]
    public void ParseCanonicalRoman_AcceptsOnlyTheStandardSpelling(string text, int? expected)
    {
        Numerals.ParseCanonicalRoman(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("One", 1)]
    [InlineData("TWELVE", 12)]
    [InlineData("twenty", 20)]
    [InlineData("Twenty-One", 21)]
    [InlineData("ninety-nine", 99)]
    [InlineData("zero", null)]
    [InlineData("twenty-ten", null)]
    [InlineData("onety", null)]
    [InlineData("of", null)]
    public void ParseEnglish_NumberWord_GivesItsValue(string text, int? expected)
    {
        Numerals.ParseEnglish(text).Should().Be(expected);
    }
}
