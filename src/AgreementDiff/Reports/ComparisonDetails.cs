using System.Globalization;
using AgreementDiff.Alignment;
using AgreementDiff.Diff;

namespace AgreementDiff.Reports;

/// <summary>One section of the text and Markdown reports.</summary>
/// <param name="Name">The section pair or section, by path and heading.</param>
/// <param name="Note">What happened to it: the match described, <see cref="ReportText.New"/> or <see cref="ReportText.NoCounterpart"/>.</param>
/// <param name="Body">Its own text's changes, or its text when it is new or has no counterpart; empty when there is nothing to show.</param>
/// <param name="Lines">A line per item under it: matched, new or without counterpart.</param>
internal sealed record DetailBlock(string Name, string Note, IReadOnlyList<ReportRun> Body, IReadOnlyList<IReadOnlyList<ReportRun>> Lines);

/// <summary>The details of a comparison for the line-oriented reports: each section with its items' changes inline.</summary>
/// <remarks>Equal runs longer than 33 characters are shortened to 16 at each end around the changes.</remarks>
internal static class ComparisonDetails
{
    /// <summary>Equal runs longer than twice this (plus one) are shortened to their ends.</summary>
    private const int EqualContext = 16;

    /// <summary>One block per section, in the summary's order.</summary>
    public static IEnumerable<DetailBlock> Of(AgreementComparison comparison)
    {
        foreach (var section in QuietRuns.Of(comparison, ComparisonSections.Of(comparison)))
        {
            if (section.Detail is not { } detail)
            {
                yield return new DetailBlock($"{section.Run!.LeftRange} → {section.Run.RightRange}", ReportText.RenumberedQuietly(section.Unchanged), [], []);
                continue;
            }

            var entry = detail.Summary;
            var lines = Lines(detail);
            if (detail.Match is { } match)
            {
                yield return new DetailBlock(ReportText.Pair(match.Left, match.Right), ReportText.Describe(match), Changes(match), lines);
            }
            else if (entry.Left is null)
            {
                yield return new DetailBlock(ReportText.Clause(entry.Right!), ReportText.New, Whole(entry.Right!, ReportRun.Inserted), lines);
            }
            else
            {
                yield return new DetailBlock(ReportText.Clause(entry.Left), ReportText.NoCounterpart, Whole(entry.Left, ReportRun.Deleted), lines);
            }
        }
    }

    private static List<IReadOnlyList<ReportRun>> Lines(SectionDetail detail)
    {
        var lines = new List<IReadOnlyList<ReportRun>>();
        lines.AddRange(detail.Items.Select(m => (IReadOnlyList<ReportRun>)
            [ReportRun.Plain($"{ReportText.Pair(m.Left, m.Right)} · {ReportText.Describe(m)}"), .. m.TextChanged ? [ReportRun.Plain(": "), .. Changes(m)] : Array.Empty<ReportRun>()]));
        lines.AddRange(detail.Added.Select(c => Line(c, ReportText.New, ReportRun.Inserted)));
        lines.AddRange(detail.Removed.Select(c => Line(c, ReportText.NoCounterpart, ReportRun.Deleted)));
        return lines;
    }

    /// <summary>A clause with no counterpart: its name, what it is, and its text marked.</summary>
    private static IReadOnlyList<ReportRun> Line(Clause clause, string note, Func<string, ReportRun> mark) =>
        [ReportRun.Plain($"{ReportText.Clause(clause)} · {note}" + (clause.Text.Length > 0 ? ": " : string.Empty)), .. Whole(clause, mark)];

    /// <summary>A clause's own text on one line, marked; its heading is already in its name.</summary>
    private static IReadOnlyList<ReportRun> Whole(Clause clause, Func<string, ReportRun> mark) =>
        clause.Text.Length == 0 ? [] : [mark(clause.Text.Replace('\n', ' '))];

    /// <summary>A match's changes on one line: its edits, or across languages the two texts side by side (nothing in either was inserted or deleted).</summary>
    private static List<ReportRun> Changes(ClauseMatch match) => !match.TextChanged ? []
        : match.CrossLingual ? [.. OneLine(ReportRun.Side(match, later: false)), ReportRun.Plain(" ⇄ "), .. OneLine(ReportRun.Side(match, later: true))]
        : Inline(match.Edits);

    private static IEnumerable<ReportRun> OneLine(IEnumerable<ReportRun> runs) => runs.Select(run => run with { Text = run.Text.Replace('\n', ' ') });

    /// <summary>The edits on one line, long equal runs shortened.</summary>
    private static List<ReportRun> Inline(IReadOnlyList<TextEdit> edits)
    {
        var runs = new List<ReportRun>(edits.Count);
        for (var i = 0; i < edits.Count; i++)
        {
            var text = edits[i].Text.Replace('\n', ' ');
            runs.Add(edits[i].Kind switch
            {
                EditKind.Insert => ReportRun.Inserted(text),
                EditKind.Delete => ReportRun.Deleted(text),
                _ => ReportRun.Plain(Shorten(text, i == 0, i == edits.Count - 1)),
            });
        }

        return runs;
    }

    private static string Shorten(string text, bool first, bool last)
    {
        var info = new StringInfo(text);
        var length = info.LengthInTextElements;
        if (length <= EqualContext * 2 + 1)
        {
            return text;
        }

        var head = first ? string.Empty : info.SubstringByTextElements(0, EqualContext);
        var tail = last ? string.Empty : info.SubstringByTextElements(length - EqualContext);
        return head + "…" + tail;
    }
}
