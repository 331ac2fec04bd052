using AgreementDiff.Analysis;

namespace AgreementDiff.Index;

/// <summary>Settings of a <see cref="ClauseIndex"/>: the analysis it indexes and queries with, and whether it holds words beside the bigrams.</summary>
/// <remarks>Instances are immutable and may be shared between threads.</remarks>
public sealed record ClauseIndexOptions
{
    /// <summary>Gets the default options: <see cref="TextAnalysis.Default"/>, words on.</summary>
    public static ClauseIndexOptions Default { get; } = new();

    /// <summary>Gets the analysis to index and query with, or <see langword="null"/> for <see cref="TextAnalysis.Default"/>. Default: <see langword="null"/>.</summary>
    public TextAnalysis? Analysis { get; init; }

    /// <summary>
    /// Gets a value indicating whether clauses are indexed and searched as words (folding, then SmartCn) beside the CJK bigrams.
    /// Default: <see langword="true"/>; with <see langword="false"/> the index loads no dictionary.
    /// </summary>
    /// <remarks>
    /// An existing index keeps the fields it was built with: one without words is searched by bigrams whatever this says,
    /// and adding to it with words on is an error (its older clauses would have none), as is adding to one with words
    /// with words off. An empty index takes these options.
    /// </remarks>
    public bool Words { get; init; } = true;
}
