using AgreementDiff.Alignment;

namespace AgreementDiff.Reports;

/// <summary>One section of a comparison report: the section pair (or the added or removed section) with the item changes under it.</summary>
/// <param name="Summary">The section's line in the summary.</param>
/// <param name="Match">The match of the two sections, or <see langword="null"/> when the section was added or removed.</param>
/// <param name="Items">The item matches under the section, each reported under the first section it falls in.</param>
/// <param name="Added">Clauses under the right section with no counterpart, the section itself excluded.</param>
/// <param name="Removed">Clauses under the left section with no counterpart, the section itself excluded.</param>
public sealed record SectionDetail(SectionSummary Summary, ClauseMatch? Match, IReadOnlyList<ClauseMatch> Items, IReadOnlyList<Clause> Added, IReadOnlyList<Clause> Removed);

/// <summary>Groups a comparison's matches, additions and removals by section, in the order of <see cref="ComparisonSummary.BySection"/>, as the reports show them.</summary>
public static class ComparisonSections
{
    /// <summary>Returns one <see cref="SectionDetail"/> per line of the comparison's summary.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The sections in the summary's order.</returns>
    public static IReadOnlyList<SectionDetail> Of(AgreementComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var items = comparison.Matches.Where(m => m.Role == ClauseRole.Item).ToList();
        var shown = new HashSet<ClauseMatch>(ReferenceEqualityComparer.Instance);
        var details = new List<SectionDetail>();
        foreach (var entry in comparison.Summary.BySection)
        {
            var match = comparison.Matches.FirstOrDefault(m => m.Role == ClauseRole.Section && ReferenceEquals(m.Left, entry.Left) && ReferenceEquals(m.Right, entry.Right));
            var under = items.Where(m => entry.Right is not null ? Within(m.Right, entry.Right) : Within(m.Left, entry.Left)).Where(shown.Add).ToList();
            var added = comparison.Added.Where(c => entry.Right is not null && !ReferenceEquals(c, entry.Right) && Within(c, entry.Right)).ToList();
            var removed = comparison.Removed.Where(c => entry.Left is not null && !ReferenceEquals(c, entry.Left) && Within(c, entry.Left)).ToList();
            details.Add(new SectionDetail(entry, match, under, added, removed));
        }

        return details;
    }

    private static bool Within(Clause clause, Clause? section)
    {
        for (var current = clause; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, section))
            {
                return true;
            }
        }

        return false;
    }
}
