using AgreementDiff.Analysis;

namespace AgreementDiff.Alignment;

/// <summary>Settings of <see cref="AgreementComparer"/>.</summary>
public sealed record ComparisonOptions
{
    /// <summary>The calibrated default of <see cref="Threshold"/>; see the README for how it was chosen.</summary>
    public const double DefaultThreshold = 0.30;

    /// <summary>Gets the default options.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>Gets the lowest score at which two clauses are matched; below it a clause is added or removed. Default: <see cref="DefaultThreshold"/>.</summary>
    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>Gets pairs the caller declares equivalent; they are matched whatever their score. Default: none.</summary>
    public IReadOnlyList<PinnedPair> Pins { get; init; } = [];

    /// <summary>Gets the number of candidates the index proposes for each clause. Default: 10.</summary>
    public int Candidates { get; init; } = 10;

    /// <summary>Gets the analysis shared by the index, the similarity and the diff, or <see langword="null"/> for <see cref="TextAnalysis.Default"/>.</summary>
    public TextAnalysis? Analysis { get; init; }
}
