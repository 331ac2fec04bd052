using System.Globalization;
using System.Text;
using AgreementDiff.Alignment;
using AgreementDiff.Diff;

namespace AgreementDiff.Reports;

/// <summary>Writes a comparison as one self-contained HTML page: summary table, navigation by section, matched pairs side by side.</summary>
/// <remarks>
/// Insertions are <c>&lt;ins&gt;</c>, deletions <c>&lt;del&gt;</c>; equal text spelled in another script or variant is a
/// <c>span.script</c>. Added and removed clauses are shown in full. All text is HTML-encoded; the page loads nothing.
/// Deterministic and thread safe.
/// </remarks>
public static class ComparisonHtmlWriter
{
    /// <summary>Returns <paramref name="comparison"/> as an HTML document.</summary>
    /// <param name="comparison">The comparison to write.</param>
    /// <returns>The HTML text.</returns>
    public static string ToHtml(AgreementComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var html = new StringBuilder();
        var left = HtmlPage.Title(comparison.Left) + Scope(comparison.LeftScope);
        var right = HtmlPage.Title(comparison.Right) + Scope(comparison.RightScope);
        HtmlPage.Open(html, HtmlPage.Language(comparison.Right), $"{left} → {right}");
        HtmlPage.Header(html, $"{left} → {right}", [("Earlier", comparison.Left, left), ("Later", comparison.Right, right)]);

        var sections = ComparisonSections.Of(comparison);
        html.Append("<nav aria-label=\"Sections\">\n<h2>Sections</h2>\n<ol>\n");
        for (var i = 0; i < sections.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#section-{i + 1}\">{HtmlPage.Encode(SectionTitle(sections[i].Summary))}</a>{Badge(sections[i].Summary)}</li>\n");
        }

        html.Append("</ol>\n</nav>\n<main>\n");
        WriteSummary(html, comparison.Summary, sections);
        var pairs = new int[1];
        for (var i = 0; i < sections.Count; i++)
        {
            WriteSection(html, sections[i], i + 1, pairs);
        }

        html.Append("</main>\n");
        HtmlPage.Close(html);
        return html.ToString();
    }

    /// <summary>Writes <paramref name="comparison"/> to <paramref name="stream"/> as UTF-8 HTML.</summary>
    /// <param name="comparison">The comparison to write.</param>
    /// <param name="stream">The stream to write to; it is not closed.</param>
    public static void Write(AgreementComparison comparison, Stream stream) => HtmlPage.Write(ToHtml(comparison), stream);

    private static string Scope(Clause? scope) => scope is null ? string.Empty : $" §{scope.Path}";

    private static string SectionTitle(SectionSummary entry) => entry switch
    {
        { Left: { } l, Right: { } r } => $"§{l.Path} → §{r.Path} {r.Heading ?? l.Heading}".TrimEnd(),
        { Right: { } r } => $"§{r.Path} {r.Heading}".TrimEnd(),
        _ => $"§{entry.Left!.Path} {entry.Left.Heading}".TrimEnd(),
    };

    private static string Badge(SectionSummary entry) => entry.Change switch
    {
        { } change => $"<span class=\"badge\">{ComparisonJsonWriter.Name(change)}</span>",
        null when entry.Left is null => "<span class=\"badge added\">new</span>",
        _ => "<span class=\"badge removed\">no counterpart</span>",
    };

    private static void WriteSummary(StringBuilder html, ComparisonSummary summary, IReadOnlyList<SectionDetail> sections)
    {
        html.Append("<section id=\"summary\">\n<h2>Summary</h2>\n<table class=\"counts\">\n<thead><tr><th scope=\"col\"></th>");
        foreach (var name in CountNames)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{name}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (name, counts) in new[] { ("Sections", summary.Sections), ("Items", summary.Items) })
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{name}</th>");
            foreach (var count in Counts(counts))
            {
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"count\">{count}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n<table class=\"by-section\">\n<thead><tr><th scope=\"col\">Earlier</th><th scope=\"col\">Later</th><th scope=\"col\">Heading</th><th scope=\"col\">Change</th><th scope=\"col\">Items</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < sections.Count; i++)
        {
            var entry = sections[i].Summary;
            var change = entry.Change is { } kind ? ComparisonJsonWriter.Name(kind) : entry.Left is null ? "new" : "no counterpart";
            var items = string.Join(", ", CountNames.Zip(Counts(entry.Items)).Where(p => p.Second > 0 && p.First != "unchanged").Select(p => $"{p.Second} {p.First}"));
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{HtmlPage.Encode(entry.Left is null ? string.Empty : "§" + entry.Left.Path)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{HtmlPage.Encode(entry.Right is null ? string.Empty : "§" + entry.Right.Path)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td><a href=\"#section-{i + 1}\">{HtmlPage.Encode((entry.Right ?? entry.Left)?.Heading ?? string.Empty)}</a></td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{change}</td><td>{HtmlPage.Encode(items)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        WriteInitiatives(html, "Named initiatives added", summary.InitiativesAdded, "ins");
        WriteInitiatives(html, "Named initiatives dropped", summary.InitiativesDropped, "del");
        if (summary.NumbersChanged.Count > 0)
        {
            html.Append("<h3>Numbers and dates changed</h3>\n<table class=\"numbers\">\n<thead><tr><th scope=\"col\">Earlier</th><th scope=\"col\">Later</th><th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead>\n<tbody>\n");
            foreach (var change in summary.NumbersChanged)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>§{HtmlPage.Encode(change.Left.Path)}</td><td>§{HtmlPage.Encode(change.Right.Path)}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{Marked("del", string.Join(", ", change.Before))}</td><td>{Marked("ins", string.Join(", ", change.After))}</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }

    private static readonly string[] CountNames = ["unchanged", "modified", "moved", "split", "merged", "added", "removed"];

    private static int[] Counts(ChangeCounts c) => [c.Unchanged, c.Modified, c.Moved, c.Split, c.Merged, c.Added, c.Removed];

    private static string Marked(string element, string text) => text.Length == 0 ? string.Empty : $"<{element}>{HtmlPage.EncodeLines(text)}</{element}>";

    private static void WriteInitiatives(StringBuilder html, string title, IReadOnlyList<NamedInitiative> initiatives, string element)
    {
        if (initiatives.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<h3>{title}</h3>\n<ul class=\"initiatives\">\n");
        foreach (var initiative in initiatives)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{Marked(element, initiative.Name)} (§{HtmlPage.Encode(initiative.Clause.Path)})</li>\n");
        }

        html.Append("</ul>\n");
    }

    /// <summary>Writes one section; <paramref name="pairs"/> counts the pairs written so far, to give each its id.</summary>
    private static void WriteSection(StringBuilder html, SectionDetail detail, int number, int[] pairs)
    {
        var entry = detail.Summary;
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"section\" id=\"section-{number}\"{Data("left", entry.Left)}{Data("right", entry.Right)}>\n")
            .Append(CultureInfo.InvariantCulture, $"<h2>{HtmlPage.Encode(SectionTitle(entry))}{Badge(entry)}</h2>\n");
        if (detail.Match is { } match)
        {
            WritePair(html, match, ++pairs[0]);
        }
        else if (entry.Left is null)
        {
            WriteClause(html, entry.Right!, added: true);
        }
        else
        {
            WriteClause(html, entry.Left, added: false);
        }

        foreach (var item in detail.Items)
        {
            WritePair(html, item, ++pairs[0]);
        }

        foreach (var clause in detail.Added)
        {
            WriteClause(html, clause, added: true);
        }

        foreach (var clause in detail.Removed)
        {
            WriteClause(html, clause, added: false);
        }

        html.Append("</section>\n");
    }

    private static string Data(string side, Clause? clause) => clause is null ? string.Empty : $" data-{side}=\"{HtmlPage.Encode(clause.Path)}\"";

    private static void WritePair(StringBuilder html, ClauseMatch match, int number)
    {
        var change = ComparisonJsonWriter.Name(match.Change);
        var script = match.ScriptDiffers ? (match.TextChanged ? "<span class=\"badge script\">script differs</span>" : "<span class=\"badge script\">script-only difference</span>") : string.Empty;
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"pair {change}\" id=\"pair-{number}\"{Data("left", match.Left)}{Data("right", match.Right)}>\n")
            .Append(CultureInfo.InvariantCulture, $"<div class=\"side left\" lang=\"{HtmlPage.Language(match.Left.Agreement)}\"><h3>§{HtmlPage.Encode(match.Left.Path)}</h3><p>{Side(match.Edits, EditKind.Delete)}</p></div>\n")
            .Append(CultureInfo.InvariantCulture, $"<div class=\"side right\" lang=\"{HtmlPage.Language(match.Right.Agreement)}\"><h3>§{HtmlPage.Encode(match.Right.Path)}</h3><p>{Side(match.Edits, EditKind.Insert)}</p></div>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"meta\"><span class=\"badge\">{change}</span>{script} score {match.Score.ToString("0.00", CultureInfo.InvariantCulture)}{Basis(match.Explanation.Basis)}</p>\n</div>\n");
    }

    private static string Basis(MatchBasis basis) => basis switch
    {
        MatchBasis.Pinned => ", pinned",
        MatchBasis.Order => ", matched by order",
        MatchBasis.RunningText => ", within running text",
        MatchBasis.Passage => ", shared passage",
        MatchBasis.SigningReport => ", the report of its signing",
        _ => string.Empty,
    };

    /// <summary>One side of a pair: the equal runs (as spelled on that side) and that side's own edits marked.</summary>
    private static string Side(IReadOnlyList<TextEdit> edits, EditKind own)
    {
        var side = new StringBuilder();
        foreach (var edit in edits)
        {
            if (edit.Kind == own)
            {
                side.Append(Marked(own == EditKind.Insert ? "ins" : "del", edit.Text));
            }
            else if (edit.Kind == EditKind.Equal)
            {
                var text = own == EditKind.Insert ? edit.RightText : edit.LeftText;
                var other = own == EditKind.Insert ? edit.LeftText : edit.RightText;
                side.Append(edit.SpellingDiffers
                    ? $"<span class=\"script\" title=\"{HtmlPage.Encode("spelled " + other + " on the other side")}\">{HtmlPage.EncodeLines(text)}</span>"
                    : HtmlPage.EncodeLines(text));
            }
        }

        return side.ToString();
    }

    private static void WriteClause(StringBuilder html, Clause clause, bool added)
    {
        var (kind, element, label) = added ? ("added", "ins", "new") : ("removed", "del", "no counterpart");
        var content = clause.Content.Length > 0 ? clause.Content : clause.Label;
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"clause {kind}\"{Data(added ? "right" : "left", clause)} lang=\"{HtmlPage.Language(clause.Agreement)}\">")
            .Append(CultureInfo.InvariantCulture, $"<h3>§{HtmlPage.Encode(clause.Path)}<span class=\"badge {kind}\">{label}</span></h3><p>{Marked(element, content)}</p></div>\n");
    }
}
