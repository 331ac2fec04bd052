namespace AgreementDiff.Alignment;

/// <summary>Inverse document frequencies over one level's clauses of both agreements, and the measures built on them.</summary>
/// <remarks>
/// A term in nearly every clause (支持, 合作, 交流, 兩地) weighs almost nothing, a term in two clauses weighs most: the
/// BM25 form ln(1 + (N − df + ½) / (df + ½)) goes to zero as a term becomes universal.
/// </remarks>
internal sealed class TermWeights
{
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly double _unseen;
    private readonly double _common;
    private readonly int _count;
    private readonly Dictionary<Dictionary<string, int>, Stats> _stats = new(ReferenceEqualityComparer.Instance);

    public TermWeights(IEnumerable<AlignmentNode> documents, Func<AlignmentNode, Dictionary<string, int>> terms)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var document in documents)
        {
            count++;
            foreach (var term in terms(document).Keys)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        foreach (var (term, frequency) in df)
        {
            _idf[term] = Idf(count, frequency);
        }

        _count = count;
        _unseen = Idf(count, 0);
        _common = Idf(count, count / 2);
    }

    private TermWeights(TermWeights other, IEnumerable<string> weightless)
    {
        (_idf, _unseen, _common, _count) = (new(other._idf, StringComparer.Ordinal), other._unseen, other._common, other._count);
        foreach (var term in weightless)
        {
            _idf[term] = 0;
        }
    }

    /// <summary>A copy in which the given terms weigh nothing (and so are not distinctive).</summary>
    public TermWeights Without(IEnumerable<string> weightless) => new(this, weightless);

    /// <summary>The weight of a term found in <paramref name="frequency"/> of the clauses (the weight falls as the frequency rises).</summary>
    public double IdfOfFrequency(int frequency) => Idf(_count, frequency);

    /// <summary>Whether the two share a distinctive term (one found in at most half the clauses).</summary>
    public bool SharesDistinctive(Dictionary<string, int> a, Dictionary<string, int> b) =>
        (a.Count <= b.Count ? a : b).Keys.Any(t => (a.Count <= b.Count ? b : a).ContainsKey(t) && IdfOf(t) >= _common);

    /// <summary>Whether the term is distinctive: found in at most half the clauses.</summary>
    public bool IsDistinctive(string term) => IdfOf(term) >= _common;

    private Stats StatsOf(Dictionary<string, int> terms, bool remember = true)
    {
        if (!_stats.TryGetValue(terms, out var stats))
        {
            double norm = 0, mass = 0;
            foreach (var (term, count) in terms)
            {
                var idf = IdfOf(term);
                var weight = idf * (1 + Math.Log(count));
                norm += weight * weight;
                mass += idf;
            }

            stats = new Stats(Math.Sqrt(norm), mass);
            if (remember)
            {
                _stats.Add(terms, stats);
            }
        }

        return stats;
    }

    /// <summary>A term vector's length and its total idf.</summary>
    private readonly record struct Stats(double Norm, double Mass);

    public double IdfOf(string term) => _idf.GetValueOrDefault(term, _unseen);

    /// <summary>The weight of a term found in the given share of the clauses, and in three at least (in a handful of clauses a share says nothing); never below zero.</summary>
    public double IdfAt(double share) => Math.Max(0, Idf(_count, Math.Max(3, (int)Math.Ceiling(_count * share))));

    /// <summary>The cosine of the two term vectors and the containment of the lighter one's vocabulary in the other, in one pass.</summary>
    /// <remarks>Terms are weighted idf × (1 + ln tf); the containment equals the larger of the two <see cref="Containment"/>s. Each vector's norm and mass are worked out once,
    /// except a <paramref name="transient"/> <paramref name="b"/>'s (one built for this comparison only, not kept).</remarks>
    public (double Cosine, double Containment) Compare(Dictionary<string, int> a, Dictionary<string, int> b, bool transient = false)
    {
        var (sa, sb) = (StatsOf(a), StatsOf(b, remember: !transient));
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double dot = 0, held = 0;
        foreach (var (term, count) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                var idf = IdfOf(term);
                held += idf;
                dot += idf * idf * (1 + Math.Log(count)) * (1 + Math.Log(other));
            }
        }

        var cosine = sa.Norm == 0 || sb.Norm == 0 ? 0 : Math.Min(1, dot / (sa.Norm * sb.Norm));
        var lighter = Math.Min(sa.Mass, sb.Mass);
        var containment = lighter == 0 ? 0 : Math.Min(1, held / lighter);
        return (cosine, containment);
    }

    /// <summary>The share of <paramref name="part"/>'s distinctive vocabulary (by idf) that <paramref name="whole"/> holds.</summary>
    public double Containment(Dictionary<string, int> part, Dictionary<string, int> whole)
    {
        double total = 0, held = 0;
        foreach (var term in part.Keys)
        {
            var idf = IdfOf(term);
            total += idf;
            if (whole.ContainsKey(term))
            {
                held += idf;
            }
        }

        return total == 0 ? 0 : held / total;
    }

    /// <summary>The <paramref name="count"/> most distinctive terms the two share, most distinctive first (ties in ordinal order).</summary>
    public IEnumerable<string> Shared(Dictionary<string, int> a, Dictionary<string, int> b, int count) =>
        a.Keys.Where(b.ContainsKey)
            .Select(t => (Term: t, Weight: IdfOf(t) * Math.Min(a[t], b[t])))
            .Where(t => t.Weight > 0.5)
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(count)
            .Select(t => t.Term);

    private static double Idf(int documents, int frequency) => Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));

}
