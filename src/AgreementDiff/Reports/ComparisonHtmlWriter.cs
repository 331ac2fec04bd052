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
        var title = ReportText.Title(comparison);
        HtmlPage.Open(html, HtmlPage.Language(comparison.Right), title);
        HtmlPage.Header(html, title, [("Earlier", comparison.Left, comparison.LeftScope), ("Later", comparison.Right, comparison.RightScope)]);

        var sections = QuietRuns.Of(comparison, ComparisonSections.Of(comparison)).ToList();
        html.Append("<nav aria-label=\"Sections\">\n<h2>Sections</h2>\n<ol>\n");
        for (var i = 0; i < sections.Count; i++)
        {
            var (name, badge) = sections[i].Detail is { } detail
                ? (ReportText.Section(detail.Summary), Badge(detail))
                : (Range(sections[i].Run!), $"<span class=\"badge\">{ReportText.Change(ChangeKind.Unchanged)}</span>");
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#section-{i + 1}\">{HtmlPage.Encode(name)}</a>{badge}</li>\n");
        }

        html.Append("</ol>\n</nav>\n<main>\n");
        WriteSummary(html, comparison.Summary);
        var pairs = new int[1];
        for (var i = 0; i < sections.Count; i++)
        {
            if (sections[i].Detail is { } detail)
            {
                WriteSection(html, detail, i + 1, pairs);
            }
            else
            {
                html.Append(CultureInfo.InvariantCulture, $"<section class=\"section run\" id=\"section-{i + 1}\">\n<h2>{HtmlPage.Encode(Range(sections[i].Run!))}</h2>\n<p class=\"meta\">{HtmlPage.Encode(ReportText.RenumberedQuietly(sections[i].Unchanged))}</p>\n</section>\n");
            }
        }

        html.Append("</main>\n");
        HtmlPage.Close(html);
        return html.ToString();
    }

    /// <summary>Writes <paramref name="comparison"/> to <paramref name="stream"/> as UTF-8 HTML.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="stream">The stream to write to; it is not closed.</param>
    public static void Write(AgreementComparison comparison, Stream stream) => HtmlPage.Write(ToHtml(comparison), stream);

    private static string Range(RenumberedRun run) => $"{run.LeftRange} → {run.RightRange}";

    private static string Badge(SectionDetail detail) => detail.Match is { CrossLingual: true }
        ? $"<span class=\"badge crosslingual\">{ReportText.AcrossLanguages}</span>"
        : Badge(detail.Summary);

    private static string Badge(SectionSummary entry) => entry switch
    {
        { Change: { } change } => $"<span class=\"badge\">{ReportText.Change(change)}</span>",
        { Left: null } => $"<span class=\"badge added\">{ReportText.New}</span>",
        _ => $"<span class=\"badge removed\">{ReportText.NoCounterpart}</span>",
    };

    /// <summary>The counts of sections and items as a table, then the summary's lists.</summary>
    private static void WriteSummary(StringBuilder html, ComparisonSummary summary)
    {
        html.Append("<section id=\"summary\">\n<h2>Summary</h2>\n<table class=\"counts\">\n<thead><tr><th scope=\"col\"></th>");
        foreach (var name in ReportText.CountNames)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{name}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (name, counts) in new[] { ("Sections", summary.Sections), ("Items", summary.Items) })
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{name}</th>");
            foreach (var (_, count) in ReportText.CountsOf(counts))
            {
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"count\">{count}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        foreach (var list in SummaryLists.Of(summary))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{HtmlPage.Encode(list.Title)}</h3>\n<ul class=\"summary-list\">\n");
            foreach (var entry in list.Entries)
            {
                html.Append("<li>").AppendJoin(string.Empty, entry.Select(HtmlPage.Mark)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>Writes one section; <paramref name="pairs"/> counts the pairs written so far, to give each its id.</summary>
    private static void WriteSection(StringBuilder html, SectionDetail detail, int number, int[] pairs)
    {
        var entry = detail.Summary;
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"section\" id=\"section-{number}\"{Data("left", entry.Left)}{Data("right", entry.Right)}>\n")
            .Append(CultureInfo.InvariantCulture, $"<h2>{HtmlPage.Encode(ReportText.Section(entry))}{Badge(detail)}</h2>\n");
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

    /// <summary>Writes a pair side by side, then what <see cref="ReportText.Describe"/> says of it, the change and script as badges.</summary>
    private static void WritePair(StringBuilder html, ClauseMatch match, int number)
    {
        var change = match.CrossLingual ? "crosslingual" : ReportText.Change(match.Change);
        var words = match.CrossLingual ? new[]
        {
            $"<span class=\"badge crosslingual\">{ReportText.AcrossLanguages}</span>",
            HtmlPage.Encode(ReportText.Basis(match.Explanation.Basis)),
            HtmlPage.Encode(ReportText.Linked(match)),
            HtmlPage.Encode(ReportText.Score(match)),
        } : new[]
        {
            $"<span class=\"badge\">{change}</span>",
            HtmlPage.Encode(ReportText.Reworded(match)),
            ReportText.Script(match) is { } script ? $"<span class=\"badge script\">{script}</span>" : string.Empty,
            HtmlPage.Encode(ReportText.Basis(match.Explanation.Basis)),
            HtmlPage.Encode(ReportText.Score(match)),
        };
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"pair {change}\" id=\"pair-{number}\"{Data("left", match.Left)}{Data("right", match.Right)}>\n")
            .Append(CultureInfo.InvariantCulture, $"<div class=\"side left\" lang=\"{HtmlPage.Language(match.Left.Agreement)}\"><h3>{HtmlPage.Encode(ReportText.Clause(match.Left))}</h3><p>{Side(match, EditKind.Delete)}</p></div>\n")
            .Append(CultureInfo.InvariantCulture, $"<div class=\"side right\" lang=\"{HtmlPage.Language(match.Right.Agreement)}\"><h3>{HtmlPage.Encode(ReportText.Clause(match.Right))}</h3><p>{Side(match, EditKind.Insert)}</p></div>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{string.Join(", ", words.Where(w => w.Length > 0))}</p>\n</div>\n");
    }

    /// <summary>One side of a pair: the equal runs (as spelled on that side) and that side's own edits marked.</summary>
    /// <remarks>Across languages nothing is marked: each side is its text as written, side by side.</remarks>
    private static string Side(ClauseMatch match, EditKind own)
    {
        if (match.CrossLingual)
        {
            return HtmlPage.EncodeLines(string.Concat(ReportRun.Side(match, later: own == EditKind.Insert).Select(run => run.Text)));
        }

        var side = new StringBuilder();
        foreach (var edit in match.Edits)
        {
            if (edit.Kind == own)
            {
                side.Append(HtmlPage.Marked(own == EditKind.Insert ? "ins" : "del", edit.Text));
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
        var (kind, element, label) = added ? ("added", "ins", ReportText.New) : ("removed", "del", ReportText.NoCounterpart);
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"clause {kind}\"{Data(added ? "right" : "left", clause)} lang=\"{HtmlPage.Language(clause.Agreement)}\">")
            .Append(CultureInfo.InvariantCulture, $"<h3>{HtmlPage.Encode(ReportText.Clause(clause))}<span class=\"badge {kind}\">{label}</span></h3>")
            .Append(clause.Text.Length > 0 ? $"<p>{HtmlPage.Marked(element, clause.Text)}</p>" : string.Empty).Append("</div>\n");
    }
}
