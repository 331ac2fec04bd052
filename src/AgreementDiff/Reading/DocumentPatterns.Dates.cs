using System.Globalization;
using System.Text.RegularExpressions;

namespace AgreementDiff.Reading;

/// <summary>Patterns of printed dates and a document's revision history (通过, 修正, 公布 … with their dates; the in-force note).</summary>
internal static partial class DocumentPatterns
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Reads a note under a law's title that says when it takes effect (本修正案自公布之日起实行, 本法自2018年1月1日起施行): the event, its date as printed (with no value when it names no calendar date), or <see langword="null"/>.</summary>
    public static RevisionEvent? InForceNote(string line, int lineNumber)
    {
        if (InForce().Match(line) is not { Success: true } m)
        {
            return null;
        }

        var when = m.Groups["when"].Value;
        var date = Dates(when, lineNumber).FirstOrDefault() ?? new PrintedDate(when, null, lineNumber);
        return new RevisionEvent(RevisionKind.InForce, m.Groups["w"].Value, date, line.Trim());
    }

    /// <summary>Finds the dates printed in a text: 2023 年 10 月 13 日, 二〇二三年十月十三日, October 13, 2023, 13 October 2023.</summary>
    public static IEnumerable<PrintedDate> Dates(string text, int line)
    {
        foreach (Match m in ChineseDate().Matches(text))
        {
            yield return new PrintedDate(m.Value, ToDate(Year(m.Groups["y"].Value), Small(m.Groups["m"].Value), Small(m.Groups["d"].Value)), line);
        }

        foreach (Match m in EnglishDate().Matches(text))
        {
            var month = Array.IndexOf(Months, (m.Groups["m1"].Success ? m.Groups["m1"] : m.Groups["m2"]).Value.ToLowerInvariant()) + 1;
            var day = int.Parse(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            yield return new PrintedDate(m.Value, ToDate(year, month, day), line);
        }
    }

    /// <summary>Reads the events of a revision-history line (1999年4月29日…通过　2009年8月27日…第一次修正): each date with the first event word after it, before the next date.</summary>
    /// <remarks>A date followed by no event word before the next date (根据2011年1月8日《…决定》) belongs to the event after it: the decision's date is the revision's.</remarks>
    public static IEnumerable<RevisionEvent> History(string text, int line)
    {
        var dates = ChineseDate().Matches(text).ToList();
        for (var i = 0; i < dates.Count; i++)
        {
            var from = dates[i].Index;
            var to = i + 1 < dates.Count ? dates[i + 1].Index : text.Length;
            var after = dates[i].Index + dates[i].Length;
            var word = RevisionWord().Matches(text[..to], after).FirstOrDefault(w => !InsideTitle(text, after, w.Index));
            if (word is null)
            {
                continue;
            }

            var m = dates[i];
            var date = new PrintedDate(m.Value, ToDate(Year(m.Groups["y"].Value), Small(m.Groups["m"].Value), Small(m.Groups["d"].Value)), line);
            var kind = word.Groups["w"].Value switch
            {
                "通过" or "通過" or "批准" => RevisionKind.Adopted,
                "公布" or "发布" or "發布" => RevisionKind.Promulgated,
                "修订" or "修訂" => RevisionKind.Revised,
                "施行" => RevisionKind.InForce,
                _ => RevisionKind.Amended,
            };
            yield return new RevisionEvent(kind, word.Value, date, text[from..(word.Index + word.Length)].Trim());
        }
    }

    /// <summary>Whether <paramref name="at"/> lies inside a cited title (《关于修改〈…〉的决定》) that opens after <paramref name="from"/>: a word there names the decision, not the event.</summary>
    private static bool InsideTitle(string text, int from, int at)
    {
        var depth = 0;
        for (var i = from; i < at; i++)
        {
            depth += text[i] switch { '《' => 1, '》' => -1, _ => 0 };
        }

        return depth > 0;
    }

    /// <summary>Tells whether a line before a law's text records its history: it holds a date and an event word (通过, 修正, 修订, 公布, 施行) and is no sentence of a preamble (it does not end with 。 and opens with a date, a bracket or 根据).</summary>
    public static bool IsHistoryLine(string line) =>
        HistoryOpening().IsMatch(line) && History(line, 0).Any() && !line.TrimEnd(')', '）', ' ').EndsWith('。');

    private static DateOnly? ToDate(int? year, int? month, int? day) =>
        year is { } y && month is { } m && day is { } d && m is >= 1 and <= 12 && d >= 1 && y is >= 1900 and <= 2200 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    private static int? Year(string text)
    {
        if (char.IsAsciiDigit(text[0]))
        {
            return int.Parse(text, CultureInfo.InvariantCulture);
        }

        var year = 0;
        foreach (var c in text)
        {
            var digit = "〇一二三四五六七八九".IndexOf(c == '○' || c == '零' ? '〇' : c);
            if (digit < 0)
            {
                return null;
            }

            year = (year * 10) + digit;
        }

        return year;
    }

    private static int? Small(string text) =>
        char.IsAsciiDigit(text[0]) ? int.Parse(text, CultureInfo.InvariantCulture) : Numerals.ParseChinese(text);

    [GeneratedRegex(@"^本[^\s,。;]{1,10}自(?<when>[^\s,。;]{2,20})起(?<w>施行|实行|實行|生效)$", RegexOptions.CultureInvariant)]
    private static partial Regex InForce();

    [GeneratedRegex(@"(?<y>[0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"\b(?:(?<m1>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<d1>[0-9]{1,2}),?\s+|(?<d2>[0-9]{1,2})\s+(?<m2>January|February|March|April|May|June|July|August|September|October|November|December),?\s+)(?<y>[0-9]{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"(?:第[一二三四五六七八九十]+次)?(?<w>通过|通過|批准|公布|发布|發布|修正|修订|修訂|修改|施行)", RegexOptions.CultureInvariant)]
    private static partial Regex RevisionWord();

    [GeneratedRegex(@"^[(（\[【]?\s*(?:根据|根據)?\s*(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年", RegexOptions.CultureInvariant)]
    private static partial Regex HistoryOpening();
}
