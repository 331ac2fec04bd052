namespace AgreementDiff.Alignment;

/// <summary>The result of comparing two agreements (or two chosen clauses): what matches, what is new, what is gone.</summary>
/// <param name="Left">The left (earlier) agreement.</param>
/// <param name="Right">The right (later) agreement.</param>
/// <param name="LeftScope">The left clause compared, when only two clauses were compared; otherwise <see langword="null"/>.</param>
/// <param name="RightScope">The right clause compared, when only two clauses were compared; otherwise <see langword="null"/>.</param>
/// <param name="Matches">The matched pairs at every level, in the left agreement's order.</param>
/// <param name="Added">Right-hand clauses with no counterpart, in document order.</param>
/// <param name="Removed">Left-hand clauses with no counterpart, in document order.</param>
/// <param name="Summary">Counts, sections, initiatives and numbers for analysts.</param>
/// <param name="Threshold">The score threshold the alignment used.</param>
public sealed record AgreementComparison(
    Agreement Left,
    Agreement Right,
    Clause? LeftScope,
    Clause? RightScope,
    IReadOnlyList<ClauseMatch> Matches,
    IReadOnlyList<Clause> Added,
    IReadOnlyList<Clause> Removed,
    ComparisonSummary Summary,
    double Threshold)
{
    /// <summary>Gets a value indicating whether anything differs: a change, an addition or a removal.</summary>
    public bool HasDifferences => Added.Count > 0 || Removed.Count > 0 || Matches.Any(m => m.Change != ChangeKind.Unchanged);

    /// <summary>Gets the matches <paramref name="clause"/> takes part in, on either side.</summary>
    /// <param name="clause">A clause of either agreement.</param>
    /// <returns>The matches, empty when the clause was added or removed.</returns>
    public IReadOnlyList<ClauseMatch> MatchesOf(Clause clause) => [.. Matches.Where(m => ReferenceEquals(m.Left, clause) || ReferenceEquals(m.Right, clause))];
}
