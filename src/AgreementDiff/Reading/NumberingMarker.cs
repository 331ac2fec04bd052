using System.Text.RegularExpressions;

namespace AgreementDiff.Reading;

/// <summary>A clause number recognised at the start of a cleaned line, with the text that follows it.</summary>
internal sealed partial record NumberingMarker(NumberingStyle Style, int Number, string Label, string Rest)
{
    private const string ChineseDigits = "[一二三四五六七八九十百千〇零两兩]+";

    /// <summary>Gets the depth of a decimal number below its first part (<c>2.1</c> is 1, <c>2.1.1</c> is 2); 0 for other styles.</summary>
    /// <remarks>Clauses of one style, level and <see cref="Prefix"/> form one sequence; a deeper level nests in the one above.</remarks>
    public int Level { get; init; }

    /// <summary>Gets the parts of a decimal number before its last (<c>2.1</c> for <c>2.1.3</c>); empty for other styles.</summary>
    /// <remarks>Decimal clauses form one sequence only under the same prefix: <c>2.1</c> after <c>1.2</c> starts a new one.</remarks>
    public string Prefix { get; init; } = string.Empty;

    /// <summary>Gets the same marker read another way (<c>(i)</c> as the letter i rather than the Roman one), for the reader to choose by context.</summary>
    public NumberingMarker? Alternative { get; init; }

    /// <summary>Gets whether the form also starts ordinary lines (<c>I.</c>, <c>a)</c>, <c>1.5</c>), so that it opens a clause only where it starts or continues a sequence after a finished sentence.</summary>
    public bool OnlyInSequence { get; init; }

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
            if (m.Success && ParseNumber(m.Groups["n"].Value) is { } n && !CitingChinese().IsMatch(m.Groups["rest"].Value))
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
                var letter = inner.Length == 1 ? new NumberingMarker(NumberingStyle.LatinParenthesized, inner[0] - 'a' + 1, $"({inner})", rest) : null;
                return inner.AsSpan().IndexOfAnyExcept("ivx") < 0 && Numerals.ParseCanonicalRoman(inner) is { } roman
                    ? new(NumberingStyle.RomanParenthesized, roman, $"({inner})", rest) { Alternative = letter }
                    : letter;
            }

            if (char.IsAsciiLetterUpper(inner[0]))
            {
                var letter = inner.Length == 1 ? new NumberingMarker(NumberingStyle.UpperLatinParenthesized, inner[0] - 'A' + 1, $"({inner})", rest) : null;
                return inner.AsSpan().IndexOfAnyExcept("IVX") < 0 && Numerals.ParseCanonicalRoman(inner) is { } roman
                    ? new(NumberingStyle.UpperRomanParenthesized, roman, $"({inner})", rest) { Alternative = letter }
                    : letter;
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
            var printed = m.Groups["n"].Value;
            var letter = printed.Length == 1 && char.IsAsciiLetterUpper(printed[0]) ? printed[0] - 'A' + 1 : (int?)null;
            // "Clause 3 of this Agreement", "Part A of the Annex" at the start of a wrapped line cite a clause; they do not open one.
            if (m.Success && !CitingWord().IsMatch(m.Groups["rest"].Value) && (ParseNumber(printed) ?? letter) is { } n)
            {
                var unit = TitleCase(m.Groups["u"].Value);
                var style = unit switch
                {
                    "Part" => NumberingStyle.Part,
                    "Chapter" => NumberingStyle.Chapter,
                    "Section" => NumberingStyle.ChapterSection,
                    _ => NumberingStyle.Article,
                };
                var label = $"{unit} {(Numerals.ParseEnglish(printed) is null ? printed : TitleCase(printed))}";
                var rest = m.Groups["rest"].Value.TrimStart(' ', '.', ':', '-', '–', '—').Trim();

                // "Part C" is the third part after "Part B", the hundredth after "Part XCIX": the reader chooses by context.
                return new(style, n, label, rest) { Alternative = letter is { } l && l != n ? new(style, l, label, rest) : null };
            }
        }

        if (first is 'I' or 'V' or 'X')
        {
            var m = UpperRoman().Match(line);
            if (m.Success && Numerals.ParseCanonicalRoman(m.Groups["n"].Value) is { } n)
            {
                return new(NumberingStyle.Roman, n, m.Groups["n"].Value, m.Groups["rest"].Value.Trim()) { OnlyInSequence = true };
            }
        }

        if (first is 'i' or 'v' or 'x')
        {
            var m = LowerRoman().Match(line);
            if (m.Success && Numerals.ParseCanonicalRoman(m.Groups["n"].Value) is { } n)
            {
                var inner = m.Groups["n"].Value;
                var rest = m.Groups["rest"].Value.Trim();
                var letter = inner.Length == 1 && m.Groups["p"].Value == ")" ? new NumberingMarker(NumberingStyle.Latin, inner[0] - 'a' + 1, inner, rest) { OnlyInSequence = true } : null;
                return new(NumberingStyle.LowerRoman, n, inner, rest) { OnlyInSequence = true, Alternative = letter };
            }
        }

        if (char.IsAsciiLetterLower(first))
        {
            var m = LatinItem().Match(line);
            return m.Success ? new(NumberingStyle.Latin, first - 'a' + 1, first.ToString(), m.Groups["rest"].Value.Trim()) { OnlyInSequence = true } : null;
        }

        if (char.IsAsciiDigit(first) && Decimal().Match(line) is { Success: true } d)
        {
            var parts = d.Groups["n"].Value.Split('.');
            var last = int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture);
            if (last > 0)
            {
                var label = string.Join('.', parts.Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return new(NumberingStyle.Decimal, last, label, d.Groups["rest"].Value.Trim())
                {
                    Level = parts.Length - 1,
                    Prefix = label[..label.LastIndexOf('.')],
                    OnlyInSequence = true,
                };
            }
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
        : Numerals.ParseEnglish(text) is { } word ? word
        : char.IsAsciiLetterUpper(text[0]) ? Numerals.ParseCanonicalRoman(text)
        : Numerals.ParseChinese(text);

    private static string TitleCase(string word) =>
        System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word.ToLowerInvariant());

    [GeneratedRegex(@"^第\s*(?<n>" + ChineseDigits + @"|[0-9]{1,4})\s*(?<u>部分|編|编|篇|章|節|节|條|条|款)(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Article();

    [GeneratedRegex(@"^(?<u>Article|Chapter|Clause|Part|Section|ARTICLE|CHAPTER|CLAUSE|PART|SECTION)\s+(?<n>[0-9]{1,3}|[IVXLC]{1,7}|[A-Z]|[A-Za-z]{3,9}(?:-[A-Za-z]{3,5})?)\b(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishArticle();

    [GeneratedRegex(@"^\s*(?:of|in|to|and|or|shall|above|below|hereof|herein)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CitingWord();

    /// <summary>What follows 第十六条 in a sentence that cites it (a wrapped line may start there): 规定, 的规定, 第二款, 第(三)项, 所列, 至第…, with no space between.</summary>
    [GeneratedRegex(@"^(?:的?规定|的?規定|第|所[列称稱]|至第|、第|和第|或者第|之|中)", RegexOptions.CultureInvariant)]
    private static partial Regex CitingChinese();

    [GeneratedRegex(@"^\(\s*(?<n>" + ChineseDigits + @"|[0-9]{1,3}|[ivx]{1,6}|[a-z]{1,2}|[IVX]{1,6}|[A-Z])\s*\)(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"^(?<n>[IVX]{1,6})\.(?:\s+(?<rest>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex UpperRoman();

    [GeneratedRegex(@"^(?<n>[ivx]{1,6})(?<p>[.)])(?:\s+(?<rest>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex LowerRoman();

    [GeneratedRegex(@"^[a-z]\)(?:\s+(?<rest>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex LatinItem();

    // Only before a capital letter: "1.5 billion" and "3.14" start ordinary lines.
    [GeneratedRegex(@"^(?<n>[0-9]{1,3}(?:\.[0-9]{1,3}){1,4})\.?\s+(?<rest>[A-Z].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^(?<n>" + ChineseDigits + @")\s*[、.](?![0-9])(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseComma();

    [GeneratedRegex(@"^(?:[-–—•·*]\s*)?(?<n>[0-9]{1,3})\s*(?:[.、](?![0-9])|\))(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Arabic();
}
