using AgreementDiff.Alignment;
using AgreementDiff.Index;

namespace AgreementDiff.Corpus;

/// <summary>Compares agreements against a corpus held in a <see cref="ClauseIndex"/>: the index proposes which agreements are alike, the pairwise comparer decides.</summary>
/// <remarks>
/// <para>Every clause of an agreement asks the index for its most alike clauses (<see cref="ClauseIndex.FindSimilarEach"/>); each
/// agreement those fall in gets a vote per clause, and the agreements with the most votes are compared with it in full by the
/// <see cref="AgreementComparer"/> — the same features, fitted scorer and explanations as comparing two files. So a counterpart
/// found through the corpus is exactly the match the pairwise comparison gives; the index only chooses which comparisons to run.</para>
/// <para>The index proposes by shared words, not translations: agreements in another language than the one looked up get no votes.
/// When the comparer has a lexicon, a matrix therefore also compares each agreement with the <see cref="CorpusOptions.MatrixNeighbours"/>
/// agreements in other languages signed nearest its date (a press release is dated the day of the signing it reports).</para>
/// <para>Thread safe when the index is; results are deterministic for the same index and agreements.</para>
/// </remarks>
public sealed class CorpusComparer
{
    /// <summary>Creates a corpus comparer over <paramref name="index"/>.</summary>
    /// <param name="index">The corpus; agreements are read again from the texts it stores (<see cref="ClauseIndex.ReadAgreement"/>).</param>
    /// <param name="comparer">The pairwise comparer, or <see langword="null"/> for <see cref="AgreementComparer.Default"/>.</param>
    /// <param name="options">How many agreements to compare, or <see langword="null"/> for <see cref="CorpusOptions.Default"/>.</param>
    public CorpusComparer(ClauseIndex index, AgreementComparer? comparer = null, CorpusOptions? options = null)
    {
        Index = index ?? throw new ArgumentNullException(nameof(index));
        Comparer = comparer ?? AgreementComparer.Default;
        Options = options ?? CorpusOptions.Default;
        if (Options.Candidates < 1 || Options.Agreements < 1 || Options.MatrixNeighbours < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Candidates, agreements and matrix neighbours must each be at least 1.");
        }
    }

    /// <summary>Gets the index of the corpus.</summary>
    public ClauseIndex Index { get; }

    /// <summary>Gets the pairwise comparer.</summary>
    public AgreementComparer Comparer { get; }

    /// <summary>Gets the options.</summary>
    public CorpusOptions Options { get; }

    /// <summary>Finds each clause of <paramref name="agreement"/> its counterparts in the <see cref="CorpusOptions.Agreements"/> agreements of the corpus most like it.</summary>
    /// <param name="agreement">The agreement to look up; it need not be indexed.</param>
    /// <param name="agreementId">The id it is indexed under, to leave it out, or <see langword="null"/> when it is not in the index.</param>
    /// <returns>The agreements compared and every clause's counterparts in them.</returns>
    /// <exception cref="ClauseIndexException">An agreement of the index cannot be read again (an index written before it stored texts).</exception>
    public AgreementCounterparts Counterparts(Agreement agreement, string? agreementId = null)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var ranked = Rank(agreement, agreementId, Options.Agreements, Options.Within);
        var neighbours = new CorpusNeighbour[ranked.Count];
        InParallel.For(ranked.Count, k => neighbours[k] = new CorpusNeighbour(ranked[k].Id, ranked[k].Votes, Comparer.Compare(agreement, Index.ReadAgreement(ranked[k].Id))));

        var byClause = new Dictionary<Clause, List<Counterpart>>(ReferenceEqualityComparer.Instance);
        foreach (var neighbour in neighbours)
        {
            foreach (var match in neighbour.Comparison.Matches)
            {
                if (!byClause.TryGetValue(match.Left, out var list))
                {
                    byClause[match.Left] = list = [];
                }

                list.Add(new Counterpart(neighbour.AgreementId, match));
            }
        }

        // A stable sort keeps the index's order of agreements (and each comparison's order) among equal scores.
        var clauses = agreement.AllClauses()
            .Select(c => new ClauseCounterparts(c, byClause.TryGetValue(c, out var list) ? [.. list.OrderByDescending(p => p.Score)] : []))
            .ToList();
        return new AgreementCounterparts(agreement, neighbours, clauses);
    }

    /// <summary>Aligns every agreement of the index with the agreements most like it and groups their sections into topics.</summary>
    /// <param name="agreements">The index's agreements as <see cref="ReadAgreements"/> gave them, or <see langword="null"/> to read them here.</param>
    /// <param name="progress">Told each stage's progress (reading, querying, aligning), from any thread; may be <see langword="null"/>.</param>
    /// <returns>The matrix, one column per indexed agreement in the order of <see cref="ClauseIndex.AgreementIds"/>.</returns>
    /// <exception cref="ClauseIndexException">The index holds fewer than two agreements, or one cannot be read again.</exception>
    /// <exception cref="ArgumentException">The agreements given are not one per indexed agreement.</exception>
    public TopicMatrix Matrix(IReadOnlyList<Agreement>? agreements = null, IProgress<CorpusProgress>? progress = null)
    {
        agreements ??= ReadAgreements(progress);
        var ids = Index.AgreementIds;
        if (ids.Count < 2)
        {
            throw new ClauseIndexException($"A matrix needs at least two agreements; the index holds {ids.Count}.");
        }

        if (agreements.Count != ids.Count)
        {
            throw new ArgumentException($"The index holds {ids.Count} agreements, not {agreements.Count}: read them with ReadAgreements.", nameof(agreements));
        }

        return MatrixOf(agreements, ids, progress);
    }

    /// <summary>Reads every agreement of the index again from the texts it stores, in the order of <see cref="ClauseIndex.AgreementIds"/>.</summary>
    /// <param name="progress">Told how many are read, from any thread; may be <see langword="null"/>.</param>
    /// <returns>The agreements.</returns>
    /// <exception cref="ClauseIndexException">An agreement cannot be read again (an index written before it stored texts).</exception>
    public IReadOnlyList<Agreement> ReadAgreements(IProgress<CorpusProgress>? progress = null)
    {
        var ids = Index.AgreementIds;
        var agreements = new Agreement[ids.Count];
        var read = 0;
        InParallel.For(ids.Count, k =>
        {
            agreements[k] = Index.ReadAgreement(ids[k]);
            progress?.Report(new CorpusProgress(CorpusProgress.Reading, Interlocked.Increment(ref read), ids.Count));
        });

        return agreements;
    }

    /// <summary>The pairs of agreements (by position) that a matrix compares: each one's nearest by the index, its nearest in date in other languages when the comparer can compare them, and a partner for an agreement with none.</summary>
    internal IReadOnlyList<(int Left, int Right)> MatrixPairs(IReadOnlyList<Agreement> agreements, IReadOnlyList<string> ids, IProgress<CorpusProgress>? progress = null)
    {
        var position = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var nearest = new IReadOnlyList<(string Id, double Votes)>[agreements.Count];
        var queried = 0;
        InParallel.For(agreements.Count, k =>
        {
            nearest[k] = Rank(agreements[k], ids[k], Options.MatrixNeighbours);
            progress?.Report(new CorpusProgress(CorpusProgress.Querying, Interlocked.Increment(ref queried), agreements.Count));
        });

        var pairs = new SortedSet<(int Left, int Right)>();
        for (var k = 0; k < agreements.Count; k++)
        {
            foreach (var (id, _) in nearest[k])
            {
                var other = position[id];
                pairs.Add((Math.Min(k, other), Math.Max(k, other)));
            }
        }

        if (Comparer.Options.Lexicon is not null)
        {
            // The index cannot propose a translation. A report of a signing (a press release) is dated the day of the
            // agreement it reports, so each agreement is compared with the agreements in other languages signed nearest
            // its own date (undated last, then in list order).
            for (var k = 0; k < agreements.Count; k++)
            {
                var nearestInDate = Enumerable.Range(0, agreements.Count)
                    .Where(j => !string.Equals(agreements[j].Metadata.Language, agreements[k].Metadata.Language, StringComparison.Ordinal))
                    .OrderBy(j => DaysApart(agreements[k], agreements[j]))
                    .ThenBy(j => j)
                    .Take(Options.MatrixNeighbours);
                foreach (var j in nearestInDate)
                {
                    pairs.Add((Math.Min(k, j), Math.Max(k, j)));
                }
            }
        }

        // An agreement the index finds nothing like still has its sections in the matrix: compare it with its neighbour in the list.
        var paired = pairs.SelectMany(p => new[] { p.Left, p.Right }).ToHashSet();
        for (var k = 0; k < agreements.Count; k++)
        {
            if (!paired.Contains(k))
            {
                var other = k == 0 ? 1 : k - 1;
                pairs.Add((Math.Min(k, other), Math.Max(k, other)));
            }
        }

        return [.. pairs];
    }

    /// <summary>The days between two agreements' signing dates; the largest value when either is undated.</summary>
    private static int DaysApart(Agreement a, Agreement b) =>
        a.Metadata.Signed?.Value is { } x && b.Metadata.Signed?.Value is { } y ? Math.Abs(x.DayNumber - y.DayNumber) : int.MaxValue;

    internal TopicMatrix MatrixOf(IReadOnlyList<Agreement> agreements, IReadOnlyList<string> ids, IProgress<CorpusProgress>? progress)
    {
        var pairs = MatrixPairs(agreements, ids, progress);
        var aligning = progress is null ? null : new Progress(done => progress.Report(new CorpusProgress(CorpusProgress.Aligning, done, pairs.Count)));
        return TopicMatrix.Group(agreements, pairs, Comparer, aligning);
    }

    /// <summary>The agreements of the index most like <paramref name="agreement"/>, by the votes of its clauses' candidates, most votes first (ties: ordinal id).</summary>
    internal IReadOnlyList<(string Id, double Votes)> Rank(Agreement agreement, string? agreementId, int count, IReadOnlyCollection<string>? within = null)
    {
        var clauses = agreement.AllClauses().Where(c => c.Content.Length > 0).ToList();
        var found = Index.FindSimilarEach(clauses, new SearchOptions { Agreements = within, ExcludeAgreement = agreementId, Top = Options.Candidates });
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var hits in found)
        {
            if (hits.Count == 0 || hits[0].Score <= 0)
            {
                continue;
            }

            var top = hits[0].Score;
            foreach (var group in hits.GroupBy(h => h.AgreementId, StringComparer.Ordinal))
            {
                votes[group.Key] = votes.GetValueOrDefault(group.Key) + (group.Max(h => h.Score) / top);
            }
        }

        return [.. votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Take(count).Select(v => (v.Key, v.Value))];
    }

    /// <summary>Passes each count on.</summary>
    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}

/// <summary>How far a corpus operation has come: a stage and its steps.</summary>
/// <param name="Stage">The stage: <see cref="Reading"/>, <see cref="Indexing"/>, <see cref="Querying"/> or <see cref="Aligning"/>.</param>
/// <param name="Done">The steps of the stage finished.</param>
/// <param name="Total">The stage's steps.</param>
public readonly record struct CorpusProgress(string Stage, int Done, int Total)
{
    /// <summary>The stage that reads the agreements again from the index.</summary>
    public const string Reading = "reading";

    /// <summary>The stage that indexes the agreements in memory.</summary>
    public const string Indexing = "indexing";

    /// <summary>The stage that asks the index for each agreement's nearest agreements.</summary>
    public const string Querying = "querying";

    /// <summary>The stage that compares the chosen pairs in full.</summary>
    public const string Aligning = "aligning";
}
