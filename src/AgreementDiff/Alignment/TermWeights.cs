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

        _unseen = Idf(count, 0);
    }

    public double IdfOf(string term) => _idf.GetValueOrDefault(term, _unseen);

    /// <summary>The cosine of the two term vectors weighted idf × (1 + ln tf).</summary>
    public double Cosine(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        double dot = 0, normA = 0, normB = 0;
        foreach (var (term, count) in a)
        {
            var weight = Weight(term, count);
            normA += weight * weight;
            if (b.TryGetValue(term, out var other))
            {
                dot += weight * Weight(term, other);
            }
        }

        foreach (var (term, count) in b)
        {
            var weight = Weight(term, count);
            normB += weight * weight;
        }

        return normA == 0 || normB == 0 ? 0 : Math.Min(1, dot / Math.Sqrt(normA * normB));
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

    private double Weight(string term, int count) => IdfOf(term) * (1 + Math.Log(count));
}
