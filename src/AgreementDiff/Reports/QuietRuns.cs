using AgreementDiff.Alignment;

namespace AgreementDiff.Reports;

/// <summary>A section of the reports' details, or in its place a renumbered run's unchanged sections named once.</summary>
/// <param name="Detail">The section, or <see langword="null"/> for a run.</param>
/// <param name="Run">The run whose unchanged sections stand here, or <see langword="null"/> for a section.</param>
/// <param name="Unchanged">How many of the run's sections stand here.</param>
internal sealed record ReportSection(SectionDetail? Detail, RenumberedRun? Run, int Unchanged);

/// <summary>Collapses the sections of a renumbered run that say nothing but their new number, so a revision that shifted thirty articles reads as one line, not thirty.</summary>
/// <remarks>
/// A section collapses when its match is one of a renumbered run's own pairs, it is unchanged, and so is everything under
/// it, and at least one other section of the run collapses too. The run stands where its first such section stood;
/// reworded sections of the run keep their own place.
/// </remarks>
internal static class QuietRuns
{
    /// <summary>The report's sections in the summary's order, each run's unchanged sections replaced by the run.</summary>
    public static IEnumerable<ReportSection> Of(AgreementComparison comparison, IReadOnlyList<SectionDetail> sections)
    {
        var runs = comparison.Summary.Renumbered;
        var runOf = new Dictionary<SectionDetail, RenumberedRun>(ReferenceEqualityComparer.Instance);
        foreach (var detail in sections)
        {
            if (detail.Match is { } match && Quiet(detail) && runs.FirstOrDefault(run => In(run, match)) is { } run)
            {
                runOf[detail] = run;
            }
        }

        // One quiet section is shown as itself: a line for the run would save nothing.
        foreach (var lone in runOf.GroupBy(p => p.Value, ReferenceEqualityComparer.Instance).Where(g => g.Count() < 2).SelectMany(g => g).ToList())
        {
            runOf.Remove(lone.Key);
        }

        var shown = new HashSet<RenumberedRun>(ReferenceEqualityComparer.Instance);
        foreach (var detail in sections)
        {
            if (!runOf.TryGetValue(detail, out var run))
            {
                yield return new ReportSection(detail, null, 0);
            }
            else if (shown.Add(run))
            {
                yield return new ReportSection(null, run, runOf.Values.Count(r => ReferenceEquals(r, run)));
            }
        }
    }

    private static bool Quiet(SectionDetail detail) =>
        Unchanged(detail.Match!) && detail.Items.All(Unchanged) && detail.Added.Count == 0 && detail.Removed.Count == 0;

    private static bool Unchanged(ClauseMatch match) => match.Change == ChangeKind.Unchanged && !match.TextChanged;

    private static bool In(RenumberedRun run, ClauseMatch match) => run.Members.Contains(match, ReferenceEqualityComparer.Instance);
}
