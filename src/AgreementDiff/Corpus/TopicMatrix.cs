using AgreementDiff.Alignment;

namespace AgreementDiff.Corpus;

/// <summary>Several agreements side by side: one row per topic, one column per agreement.</summary>
/// <remarks>
/// Topics are found by comparing pairs of agreements with an <see cref="AgreementComparer"/> — every pair with
/// <see cref="Build"/>, each agreement with its nearest through a clause index with <see cref="BuildIndexed"/> — and joining the
/// sections matched across any pair (a section of A matched to one of B, and that one to a section of C, make one topic).
/// Immutable and safe to share between threads.
/// </remarks>
/// <param name="Agreements">The agreements, one per column, in the order given.</param>
/// <param name="Topics">The topics, one per row; each agreement's sections appear in its own document order.</param>
public sealed record TopicMatrix(IReadOnlyList<Agreement> Agreements, IReadOnlyList<Topic> Topics)
{
    /// <summary>Gets the number of pairwise comparisons <see cref="Build"/> runs for <paramref name="agreements"/> agreements.</summary>
    /// <param name="agreements">The number of agreements.</param>
    /// <returns>n(n−1)/2.</returns>
    public static int ComparisonCount(int agreements) => agreements * (agreements - 1) / 2;

    /// <summary>Aligns the sections of <paramref name="agreements"/> with each other and groups them into topics.</summary>
    /// <param name="agreements">Two or more agreements; one column each.</param>
    /// <param name="comparer">The comparer to align each pair with, or <see langword="null"/> for <see cref="AgreementComparer.Default"/>.</param>
    /// <param name="progress">Told the number of finished comparisons after each one, from any thread; may be <see langword="null"/>.</param>
    /// <returns>The matrix; the same agreements always give the same rows in the same order.</returns>
    /// <remarks>Runs the <see cref="ComparisonCount"/> comparisons in parallel.</remarks>
    public static TopicMatrix Build(IReadOnlyList<Agreement> agreements, AgreementComparer? comparer = null, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        if (agreements.Count < 2)
        {
            throw new ArgumentException("A matrix needs at least two agreements.", nameof(agreements));
        }

        comparer ??= AgreementComparer.Default;
        var pairs = new List<(int Left, int Right)>();
        for (var i = 0; i < agreements.Count; i++)
        {
            for (var j = i + 1; j < agreements.Count; j++)
            {
                pairs.Add((i, j));
            }
        }

        return Group(agreements, pairs, comparer, progress);
    }

    /// <summary>Aligns each of <paramref name="agreements"/> with the ones most like it, found through an index of them built in memory, and groups their sections into topics.</summary>
    /// <param name="agreements">Two or more agreements; one column each.</param>
    /// <param name="comparer">The pairwise comparer, or <see langword="null"/> for <see cref="AgreementComparer.Default"/>.</param>
    /// <param name="options">How many agreements each is compared with, or <see langword="null"/> for <see cref="CorpusOptions.Default"/>.</param>
    /// <param name="progress">Told each stage's progress (indexing, querying, aligning), from any thread; may be <see langword="null"/>.</param>
    /// <returns>The matrix. With <see cref="CorpusOptions.MatrixNeighbours"/> at least n − 1 every pair is compared, as <see cref="Build"/> does.</returns>
    public static TopicMatrix BuildIndexed(IReadOnlyList<Agreement> agreements, AgreementComparer? comparer = null, CorpusOptions? options = null, IProgress<CorpusProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        if (agreements.Count < 2)
        {
            throw new ArgumentException("A matrix needs at least two agreements.", nameof(agreements));
        }

        using var index = new Index.ClauseIndex(new Index.ClauseIndexOptions { Words = false });
        var ids = agreements.Select((_, i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        progress?.Report(new CorpusProgress(CorpusProgress.Indexing, 0, 1));
        index.AddRange(agreements.Select((a, i) => (a, (string?)ids[i])));
        progress?.Report(new CorpusProgress(CorpusProgress.Indexing, 1, 1));
        return new CorpusComparer(index, comparer, options).MatrixOf(agreements, ids, progress);
    }

    /// <summary>Compares the given pairs of agreements in parallel and groups their sections into topics.</summary>
    internal static TopicMatrix Group(IReadOnlyList<Agreement> agreements, IReadOnlyList<(int Left, int Right)> pairs, AgreementComparer comparer, IProgress<int>? progress)
    {
        var comparisons = new PairSections[pairs.Count];
        var finished = 0;
        InParallel.For(pairs.Count, k =>
        {
            comparisons[k] = PairSections.Of(comparer.Compare(agreements[pairs[k].Left], agreements[pairs[k].Right]));
            progress?.Report(Interlocked.Increment(ref finished));
        });

        return new TopicGrouping(agreements, comparisons).Build();
    }
}

/// <summary>One row of a <see cref="TopicMatrix"/>: the sections of each agreement that treat one topic.</summary>
/// <param name="Headings">The sections' distinct headings in column order, leaving out a heading that holds another one (加強金融合作 beside 金融).</param>
/// <param name="Cells">For each agreement (column), its sections on this topic in document order; empty when it has none.</param>
public sealed record Topic(IReadOnlyList<string> Headings, IReadOnlyList<IReadOnlyList<Clause>> Cells)
{
    /// <summary>Gets the topic's name: its headings joined with " / ".</summary>
    public string Name => string.Join(" / ", Headings);

    /// <summary>Gets the number of agreements that have a section on the topic.</summary>
    public int Coverage => Cells.Count(c => c.Count > 0);

    /// <summary>Returns how a cell names a clause: its label and heading, once when they are the same (an unnumbered heading).</summary>
    /// <param name="clause">A clause of a cell.</param>
    /// <returns>For example <c>(四) 航空</c>.</returns>
    public static string Describe(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return clause.Heading is null || clause.Heading == clause.Label ? clause.Label : $"{clause.Label} {clause.Heading}";
    }
}
