using AgreementDiff.Alignment;

namespace AgreementDiff.Reports;

/// <summary>One titled list of a comparison's summary ("New sections", "Named initiatives added"…), each entry a line of marked runs.</summary>
/// <param name="Title">The list's title, from <see cref="ReportText"/>.</param>
/// <param name="Entries">The entries, in reading order.</param>
/// <param name="Inline">Whether the entries are short enough to stand on one line (named initiatives).</param>
internal sealed record SummaryList(string Title, IReadOnlyList<IReadOnlyList<ReportRun>> Entries, bool Inline = false);

/// <summary>The lists of a comparison's summary, which the text, Markdown and HTML reports all show in this order.</summary>
/// <remarks>A new kind of summary line is one method here, added to <see cref="Of"/>: every format then shows it.</remarks>
internal static class SummaryLists
{
    /// <summary>The summary's lists in reading order, leaving out those with no entry.</summary>
    public static IReadOnlyList<SummaryList> Of(ComparisonSummary summary) =>
    [
        .. new[]
        {
            NewSections(summary),
            SectionsWithNoCounterpart(summary),
            ChangedSections(summary),
            Renumbered(summary),
            Initiatives(ReportText.InitiativesAdded, summary.InitiativesAdded, ReportRun.Inserted),
            Initiatives(ReportText.InitiativesDropped, summary.InitiativesDropped, ReportRun.Deleted),
            NumbersChanged(summary),
        }.Where(list => list.Entries.Count > 0),
    ];

    /// <summary>Sections of the later agreement with no counterpart, with how many items they hold.</summary>
    private static SummaryList NewSections(ComparisonSummary summary) => new(ReportText.NewSections,
    [
        .. summary.BySection.Where(s => s.Left is null).Select(s => Entry(ReportRun.Inserted(ReportText.Clause(s.Right!)), s.Items.Added)),
    ]);

    /// <summary>Sections of the earlier agreement with no counterpart, with how many items they held.</summary>
    private static SummaryList SectionsWithNoCounterpart(ComparisonSummary summary) => new(ReportText.SectionsWithNoCounterpart,
    [
        .. summary.BySection.Where(s => s.Right is null).Select(s => Entry(ReportRun.Deleted(ReportText.Clause(s.Left!)), s.Items.Removed)),
    ]);

    /// <summary>Matched sections whose items changed, each named by both headings, with the items' counts.</summary>
    private static SummaryList ChangedSections(ComparisonSummary summary) => new(ReportText.ChangedSections,
    [
        .. summary.BySection.Where(s => s.Left is not null && s.Right is not null && s.Items.Changes > 0)
            .Select(s => (IReadOnlyList<ReportRun>)[ReportRun.Plain($"{ReportText.Pair(s.Left!, s.Right!)}: {ReportText.Counts(s.Items)}")]),
    ]);

    /// <summary>Runs of sections that kept their order but not their numbers, each named once: <c>第9–38条 → 第10–42条, renumbered; 12 reworded</c>.</summary>
    private static SummaryList Renumbered(ComparisonSummary summary) => new(ReportText.Renumbered,
    [
        .. summary.Renumbered.Select(run => (IReadOnlyList<ReportRun>)[ReportRun.Plain(run.ToString())]),
    ]);

    /// <summary>Named initiatives only one side has, each with the clause it first appears in.</summary>
    private static SummaryList Initiatives(string title, IReadOnlyList<NamedInitiative> initiatives, Func<string, ReportRun> mark) => new(title,
    [
        .. initiatives.Select(i => (IReadOnlyList<ReportRun>)[mark(i.Name), ReportRun.Plain($" (§{i.Clause.Path})")]),
    ], Inline: true);

    /// <summary>Matched clauses whose numbers or dates differ: those only the earlier one has deleted, those only the later one has inserted.</summary>
    private static SummaryList NumbersChanged(ComparisonSummary summary) => new(ReportText.NumbersChanged,
    [
        .. summary.NumbersChanged.Select(change => (IReadOnlyList<ReportRun>)
        [
            ReportRun.Plain(ReportText.Pair(change.Left, change.Right) + ": "),
            .. change.Before.Count == 0 ? Array.Empty<ReportRun>() : [ReportRun.Deleted(string.Join(", ", change.Before))],
            .. change.Before.Count > 0 && change.After.Count > 0 ? [ReportRun.Plain(" ")] : Array.Empty<ReportRun>(),
            .. change.After.Count == 0 ? Array.Empty<ReportRun>() : [ReportRun.Inserted(string.Join(", ", change.After))],
        ]),
    ]);

    private static IReadOnlyList<ReportRun> Entry(ReportRun section, int items) =>
        items > 0 ? [section, ReportRun.Plain($" ({ReportText.Items(items)})")] : [section];
}
