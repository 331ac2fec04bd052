using System.Text.RegularExpressions;

namespace AgreementDiff.Reading;

/// <summary>A clause number recognised at the start of a cleaned line, with the text that follows it.</summary>
internal sealed partial record NumberingMarker(NumberingStyle Style, int Number, string Label, string Rest)
{
    private const string ChineseDigits = "[一二三四五六七八九十百千〇零两兩]+";

    /// <summary>Recognises a clause number at the start of <paramref name="line"/> (already width-unified); <see langword="null"/> when there is none.</summary>
    public static NumberingMarker? TryParse(string line)
    {
        if (line.Length == 0)
        {
            return null;
        }

        var first = line[0];
        if (first == '第')
        {
            var m = Article().Match(line);
            if (m.Success && ParseNumber(m.Groups["n"].Value) is { } n)
            {
                var unit = m.Groups["u"].Value;
                var style = unit switch
                {
                    "部分" or "編" or "编" or "篇" => NumberingStyle.Part,
                    "章" => NumberingStyle.Chapter,
                    "節" or "节" => NumberingStyle.ChapterSection,
                    "款" => NumberingStyle.ArticleParagraph,
                    _ => NumberingStyle.Article,
                };
                return new(style, n, "第" + m.Groups["n"].Value + unit, m.Groups["rest"].Value.Trim());
            }

            return null;
        }

        if (first == '(')
        {
            var m = Parenthesized().Match(line);
            if (!m.Success)
            {
                return null;
            }

            var inner = m.Groups["n"].Value;
            var rest = m.Groups["rest"].Value.Trim();
            if (char.IsAsciiDigit(inner[0]))
            {
                return new(NumberingStyle.ArabicParenthesized, int.Parse(inner, System.Globalization.CultureInfo.InvariantCulture), $"({int.Parse(inner, System.Globalization.CultureInfo.InvariantCulture)})", rest);
            }

            if (char.IsAsciiLetterLower(inner[0]))
            {
                return inner.Length == 1 ? new(NumberingStyle.LatinParenthesized, inner[0] - 'a' + 1, $"({inner})", rest) : null;
            }

            return Numerals.ParseChinese(inner) is { } c ? new(NumberingStyle.ChineseParenthesized, c, $"({inner})", rest) : null;
        }

        if (first is >= '\u2460' and <= '\u2473')
        {
            return new(NumberingStyle.Circled, first - '\u2460' + 1, first.ToString(), line[1..].Trim());
        }

        if (first is 'A' or 'C' or 'P' or 'S')
        {
            var m = EnglishArticle().Match(line);
            if (m.Success && ParseNumber(m.Groups["n"].Value) is { } n)
            {
                var style = m.Groups["u"].Value switch
                {
                    "Part" => NumberingStyle.Part,
                    "Chapter" => NumberingStyle.Chapter,
                    "Section" => NumberingStyle.ChapterSection,
                    _ => NumberingStyle.Article,
                };
                return new(style, n, $"{m.Groups["u"].Value} {m.Groups["n"].Value}", m.Groups["rest"].Value.Trim());
            }

            return null;
        }

        var chinese = ChineseComma().Match(line);
        if (chinese.Success && Numerals.ParseChinese(chinese.Groups["n"].Value) is { } value)
        {
            return new(NumberingStyle.ChineseComma, value, chinese.Groups["n"].Value, chinese.Groups["rest"].Value.Trim());
        }

        var arabic = Arabic().Match(line);
        if (arabic.Success)
        {
            var n = int.Parse(arabic.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return new(NumberingStyle.Arabic, n, n.ToString(System.Globalization.CultureInfo.InvariantCulture), arabic.Groups["rest"].Value.Trim());
        }

        return null;
    }

    private static int? ParseNumber(string text) =>
        char.IsAsciiDigit(text[0]) ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
        : char.IsAsciiLetterUpper(text[0]) ? Numerals.ParseRoman(text)
        : Numerals.ParseChinese(text);

    [GeneratedRegex(@"^第\s*(?<n>" + ChineseDigits + @"|[0-9]{1,4})\s*(?<u>部分|編|编|篇|章|節|节|條|条|款)(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Article();

    [GeneratedRegex(@"^(?<u>Article|Chapter|Part|Section)\s+(?<n>[0-9]{1,3}|[IVXLC]{1,7})\b\.?:?(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishArticle();

    [GeneratedRegex(@"^\(\s*(?<n>" + ChineseDigits + @"|[0-9]{1,3}|[a-z]{1,2})\s*\)(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"^(?<n>" + ChineseDigits + @")\s*[、.](?![0-9])(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseComma();

    [GeneratedRegex(@"^(?:[-–—•·*]\s*)?(?<n>[0-9]{1,3})\s*(?:[.、](?![0-9])|\))(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Arabic();
}
