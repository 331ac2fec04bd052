using AgreementDiff.Alignment;
using AgreementDiff.Reports;
using Spectre.Console;

namespace AgreementDiff.Cli.Commands;

/// <summary>The details of a comparison as one two-column table per section: the earlier text with its deletions beside the later with its insertions.</summary>
/// <remarks>The words are the library's (<see cref="ReportText"/>, <see cref="ComparisonTextWriter"/>); only the layout is the host's.</remarks>
internal static class SideBySide
{
    /// <summary>One table per section, in the summary's order.</summary>
    public static IEnumerable<Table> Tables(AgreementComparison comparison, TextMarkup markup)
    {
        foreach (var detail in ComparisonSections.Of(comparison))
        {
            var entry = detail.Summary;
            var table = new Table().Expand().Border(TableBorder.Rounded)
                .AddColumn(new TableColumn(markup.Strong(entry.Left is null ? "—" : ReportText.Clause(entry.Left))))
                .AddColumn(new TableColumn(markup.Strong(entry.Right is null ? "—" : ReportText.Clause(entry.Right))));
            table.Title = new TableTitle(markup.Text(detail.Match is { } m ? ReportText.Describe(m) : ReportText.Change(entry)));
            var rows = new List<(string Left, string Right)>();
            if (detail.Match is { } match)
            {
                rows.Add((ComparisonTextWriter.Earlier(match, markup), ComparisonTextWriter.Later(match, markup)));
            }
            else
            {
                rows.Add(entry.Left is null ? (string.Empty, Marked(entry.Right!.Text, markup.Inserted)) : (Marked(entry.Left.Text, markup.Deleted), string.Empty));
            }

            rows.AddRange(detail.Items.Select(i => (
                markup.Strong(ReportText.Clause(i.Left)) + " " + ComparisonTextWriter.Earlier(i, markup),
                markup.Strong(ReportText.Clause(i.Right)) + markup.Text($" ({ReportText.Describe(i)}) ") + ComparisonTextWriter.Later(i, markup))));
            rows.AddRange(detail.Added.Select(c => (string.Empty, markup.Strong(ReportText.Clause(c)) + markup.Text($" {ReportText.New} ") + Marked(c.Text, markup.Inserted))));
            rows.AddRange(detail.Removed.Select(c => (markup.Strong(ReportText.Clause(c)) + markup.Text($" {ReportText.NoCounterpart} ") + Marked(c.Text, markup.Deleted), string.Empty)));
            foreach (var (left, right) in rows)
            {
                table.AddRow(new Markup(left), new Markup(right));
            }

            yield return table;
        }
    }

    private static string Marked(string text, Func<string, string> mark) => text.Length == 0 ? string.Empty : mark(text);
}
