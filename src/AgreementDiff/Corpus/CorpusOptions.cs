namespace AgreementDiff.Corpus;

/// <summary>How many agreements a <see cref="CorpusComparer"/> compares in full, and how many candidates it asks the index for.</summary>
public sealed record CorpusOptions
{
    /// <summary>Gets the default options.</summary>
    public static CorpusOptions Default { get; } = new();

    /// <summary>Gets the number of candidate clauses the index proposes for each clause. Default: 10.</summary>
    public int Candidates { get; init; } = 10;

    /// <summary>Gets the number of agreements, most alike first, that <see cref="CorpusComparer.Counterparts"/> compares an agreement with. Default: 10.</summary>
    public int Agreements { get; init; } = 10;

    /// <summary>Gets the ids of the agreements <see cref="CorpusComparer.Counterparts"/> may compare with, or <see langword="null"/> for every agreement of the index. Default: <see langword="null"/>.</summary>
    public IReadOnlyCollection<string>? Within { get; init; }

    /// <summary>Gets the number of agreements, most alike first, that each agreement of a matrix is compared with (pairs are compared once). Default: 4.</summary>
    /// <remarks>Topics join through any chain of matched sections, so each agreement needs its nearest agreements only, not all
    /// n − 1: a matrix of n agreements runs at most n × <see cref="MatrixNeighbours"/> comparisons instead of n(n − 1)/2.</remarks>
    public int MatrixNeighbours { get; init; } = 4;
}
