using AgreementDiff.Alignment;

namespace AgreementDiff.Reports;

/// <summary>A section of the reports' details, or in its place a renumbered run's unchanged sections named once.</summary>
/// <param name="Detail">The section, or <see langword="null"/> for a run.</param>
/// <param name="Run">The run whose unchanged sections stand here, or <see langword="null"/> for a section.</param>
/// <param name="Unchanged">How many of the run's sections stand here.</param>
internal sealed record ReportSection(SectionDetail? Detail, RenumberedRun? Run, int Unchanged);

/// <summary>Collapses the sections of a renumbered run that say nothing but their new number, so a revision that shifted thirty articles reads as one line, not thirty.</summary>
/// <remarks>
/// A section collapses when it belongs to one of the summary's renumbered runs (same style and depth, its numbers within
/// the run's on both sides), it is unchanged, and so is everything under it. The run stands where its first such section
/// stood; reworded sections of the run keep their own place.
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

    private static bool In(RenumberedRun run, ClauseMatch match) =>
        Within(match.Left, run.LeftFirst, run.LeftLast) && Within(match.Right, run.RightFirst, run.RightLast);

    private static bool Within(Clause clause, Clause first, Clause last) =>
        clause.Style == first.Style && clause.Depth == first.Depth && clause.Number >= first.Number && clause.Number <= last.Number;
}
