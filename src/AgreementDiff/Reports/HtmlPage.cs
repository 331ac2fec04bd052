using System.Globalization;
using System.Net;
using System.Text;

namespace AgreementDiff.Reports;

/// <summary>What the HTML reports share: the page frame, the stylesheet and encoding.</summary>
/// <remarks>Pages are self-contained: the stylesheet is inline and nothing is fetched, so a report opens offline and from mail.</remarks>
internal static class HtmlPage
{
    /// <summary>Fonts with Chinese glyphs that common systems have, Traditional first, then generic families.</summary>
    private const string Fonts =
        "\"Noto Sans CJK TC\", \"Noto Sans TC\", \"Noto Sans CJK SC\", \"Noto Sans CJK JP\", \"Source Han Sans TC\", \"Source Han Sans\", " +
        "\"PingFang TC\", \"Hiragino Sans\", \"Microsoft JhengHei\", \"Microsoft YaHei\", \"WenQuanYi Micro Hei\", \"Droid Sans Fallback\", system-ui, sans-serif";

    private const string Style = """
        :root { color-scheme: light; }
        body { font-family: FONTS; margin: 0; color: #1d1d1f; background: #ffffff; line-height: 1.65; }
        header, main, nav { max-width: 1280px; margin: 0 auto; padding: 0 1.5rem; }
        header { padding-top: 1.5rem; }
        h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; border-bottom: 1px solid #d0d4da; padding-bottom: .25rem; }
        h3 { font-size: 1rem; margin: 0 0 .25rem; }
        a { color: #0b57d0; }
        dl.sides { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; }
        dl.sides dt { font-weight: 600; }
        dl.sides dd { margin: 0; }
        nav ol { columns: 2 22rem; padding-left: 1.5rem; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; }
        th, td { border: 1px solid #d0d4da; padding: .3rem .6rem; text-align: left; vertical-align: top; }
        thead th { background: #f3f5f8; }
        td.count { text-align: right; font-variant-numeric: tabular-nums; }
        td.absent { background: #fafafa; }
        .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; border: 1px solid #d0d4da; border-radius: 6px; padding: .75rem; margin: .75rem 0; }
        .pair > .meta { grid-column: 1 / -1; margin: 0; color: #555b66; font-size: .85rem; }
        .side p, .clause p { margin: 0; white-space: pre-wrap; }
        .clause { border: 1px solid #d0d4da; border-radius: 6px; padding: .75rem; margin: .75rem 0; }
        .clause.added { border-left: 6px solid #1e8e3e; }
        .clause.removed { border-left: 6px solid #c5221f; }
        ins { background: #a6f4b5; color: #0b3d1a; text-decoration: none; }
        del { background: #ffc7c2; color: #5c0e0a; text-decoration: line-through; }
        .script { border-bottom: 2px dotted #7048e8; }
        .badge { display: inline-block; font-size: .75rem; font-weight: 600; border-radius: 999px; padding: 0 .5rem; margin-left: .5rem; background: #e8eaed; vertical-align: middle; }
        .badge.added { background: #ceead6; }
        .badge.removed { background: #fad2cf; }
        .badge.script { background: #e5dbff; border: 0; }
        .badge.crosslingual { background: #d2e3fc; }
        footer { max-width: 1280px; margin: 2rem auto; padding: 0 1.5rem; color: #555b66; font-size: .85rem; }
        @media (max-width: 800px) { .pair { grid-template-columns: 1fr; } }
        @media print { nav { display: none; } .pair, .clause { break-inside: avoid; } }
        """;

    /// <summary>Encodes text for HTML element content or a quoted attribute.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Encodes text and keeps its line breaks.</summary>
    public static string EncodeLines(string text) => Encode(text).Replace("\n", "<br>", StringComparison.Ordinal);

    /// <summary>Encodes a run of report text in the element that marks it: <c>ins</c>, <c>del</c> or <c>strong</c>.</summary>
    public static string Mark(ReportRun run) => run.Mark switch
    {
        RunMark.Inserted => Marked("ins", run.Text),
        RunMark.Deleted => Marked("del", run.Text),
        RunMark.Strong => Marked("strong", run.Text),
        _ => EncodeLines(run.Text),
    };

    /// <summary>Encodes <paramref name="text"/> inside <paramref name="element"/>, or nothing when it is empty.</summary>
    public static string Marked(string element, string text) => text.Length == 0 ? string.Empty : $"<{element}>{EncodeLines(text)}</{element}>";

    /// <summary>The BCP 47 language tag of an agreement's text.</summary>
    public static string Language(Agreement agreement) => agreement.Metadata.Language == "en" ? "en" : "zh-Hant";

    /// <summary>Writes the document up to the opening of the body.</summary>
    public static void Open(StringBuilder html, string language, string title)
    {
        html.Append("<!DOCTYPE html>\n")
            .Append(CultureInfo.InvariantCulture, $"<html lang=\"{Encode(language)}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"AgreementDiff\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>\n<style>\n{Style.Replace("FONTS", Fonts, StringComparison.Ordinal)}\n</style>\n</head>\n<body>\n");
    }

    /// <summary>Writes the page header: the title and a list naming each agreement (<see cref="ReportText.Legend"/>, with the clause compared).</summary>
    public static void Header(StringBuilder html, string title, IEnumerable<(string Term, Agreement Agreement, Clause? Scope)> agreements)
    {
        html.Append(CultureInfo.InvariantCulture, $"<header>\n<h1>{Encode(title)}</h1>\n<dl class=\"sides\">\n");
        foreach (var (term, agreement, scope) in agreements)
        {
            var legend = ReportText.Legend(agreement) + (scope is null ? string.Empty : " §" + scope.Path);
            html.Append(CultureInfo.InvariantCulture, $"<dt>{Encode(term)}</dt><dd lang=\"{Language(agreement)}\">{Encode(legend)}</dd>\n");
        }

        html.Append("</dl>\n</header>\n");
    }

    /// <summary>Writes the footer and closes the document.</summary>
    public static void Close(StringBuilder html) =>
        html.Append("<footer>Written by AgreementDiff. Insertions are <ins>marked like this</ins>, deletions <del>like this</del>, ")
            .Append("text spelled in another script or variant <span class=\"script\">like this</span>.</footer>\n</body>\n</html>\n");

    /// <summary>Writes <paramref name="html"/> to <paramref name="stream"/> as UTF-8 without a byte order mark.</summary>
    public static void Write(string html, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = new UTF8Encoding(false).GetBytes(html);
        stream.Write(bytes);
    }
}
