using System.Globalization;
using System.Text;

namespace AgreementDiff.Reports;

/// <summary>What the Markdown reports share: escaping and emphasis that render in any CommonMark reader (GitHub's included).</summary>
/// <remarks>
/// Inserted text is <c>**bold**</c> and deleted text <c>~~struck through~~</c>. CommonMark's emphasis does not open before a
/// punctuation mark that follows a letter, nor close after one that precedes a letter, which Chinese text meets at every
/// 、, 《 or 。 at the edge of a change (<c>知識產權**、工業設計**</c> would stand as written); there the run is marked with
/// the HTML elements <c>&lt;ins&gt;</c>, <c>&lt;del&gt;</c> or <c>&lt;strong&gt;</c>, which those readers render too.
/// </remarks>
internal static class MarkdownText
{
    /// <summary>Characters with a meaning in Markdown text or tables, escaped with a backslash wherever they stand.</summary>
    private const string Special = "\\`*_~[]<>|#";

    /// <summary>Escapes <paramref name="text"/> and puts it on one line.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\n' or '\r' ? ' ' : c);
        }

        return escaped.ToString();
    }

    /// <summary>Escapes and marks a line of runs.</summary>
    public static string Mark(IReadOnlyList<ReportRun> runs)
    {
        var line = new StringBuilder();
        for (var i = 0; i < runs.Count; i++)
        {
            var next = i + 1 < runs.Count ? First(runs[i + 1]) : (char?)null;
            line.Append(Mark(runs[i], line.Length > 0 ? line[^1] : null, next));
        }

        return line.ToString();
    }

    /// <summary>Escapes and marks one run between the characters written before it and after it.</summary>
    private static string Mark(ReportRun run, char? before, char? after)
    {
        var (marker, element) = run.Mark switch
        {
            RunMark.Inserted => ("**", "ins"),
            RunMark.Strong => ("**", "strong"),
            RunMark.Deleted => ("~~", "del"),
            _ => (string.Empty, string.Empty),
        };
        var trimmed = run.Text.Trim();
        if (marker.Length == 0 || trimmed.Length == 0)
        {
            return Escape(run.Text);
        }

        // White space goes outside the markers, which must touch the text.
        var start = run.Text.IndexOf(trimmed, StringComparison.Ordinal);
        var (leading, trailing) = (run.Text[..start], run.Text[(start + trimmed.Length)..]);
        before = leading.Length > 0 ? ' ' : before;
        after = trailing.Length > 0 ? ' ' : after;
        var opens = !IsPunctuation(trimmed[0]) || before is null || char.IsWhiteSpace(before.Value) || IsPunctuation(before.Value);
        var closes = !IsPunctuation(trimmed[^1]) || after is null || char.IsWhiteSpace(after.Value) || IsPunctuation(after.Value);
        var marked = opens && closes ? marker + Escape(trimmed) + marker : $"<{element}>{Escape(trimmed)}</{element}>";
        return Escape(leading) + marked + Escape(trailing);
    }

    /// <summary>The first character a run is written with: a marker's when it is marked, a backslash before an escaped character.</summary>
    private static char? First(ReportRun run) => run.Text.Length == 0 ? null
        : run.Mark != RunMark.None && run.Text.Trim().Length > 0 ? (char.IsWhiteSpace(run.Text[0]) ? ' ' : '*')
        : Escape(run.Text)[0];

    /// <summary>Whether CommonMark counts <paramref name="c"/> as punctuation (Unicode P and S categories).</summary>
    private static bool IsPunctuation(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
        or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
        or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol
        or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;
}
