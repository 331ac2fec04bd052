using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Features;

/// <summary>Inverse document frequencies over one level's clauses of both agreements, and the measures built on them.</summary>
/// <remarks>
/// A term in nearly every clause (支持, 合作, 交流, 兩地) weighs almost nothing, a term in two clauses weighs most: the
/// BM25 form ln(1 + (N − df + ½) / (df + ½)) goes to zero as a term becomes universal. Terms are weighted
/// idf × (1 + ln tf) in vectors. Each bag's norm and total idf are worked out once.
/// </remarks>
internal sealed class TermWeights
{
    private readonly double[] _idf;
    private readonly double _common;
    private readonly Dictionary<TermBag, (double Norm, double Mass)> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TermBag, int> _distinctive = new(ReferenceEqualityComparer.Instance);

    public TermWeights(IEnumerable<TermBag> documents, int vocabularySize)
    {
        var df = new int[vocabularySize];
        var count = 0;
        foreach (var bag in documents)
        {
            count++;
            foreach (var id in bag.Ids)
            {
                df[id]++;
            }
        }

        _idf = new double[vocabularySize];
        for (var i = 0; i < df.Length; i++)
        {
            _idf[i] = Idf(count, df[i]);
        }

        Count = count;
        _common = Idf(count, count / 2);
    }

    /// <summary>Gets the number of clauses the weights were counted over.</summary>
    public int Count { get; }

    public double IdfOf(int id) => _idf[id];

    /// <summary>Whether the term is distinctive: found in at most half the clauses.</summary>
    public bool IsDistinctive(int id) => _idf[id] >= _common;

    /// <summary>The number of distinct distinctive terms (found in at most half the clauses) in the bag.</summary>
    public int DistinctiveCount(TermBag bag)
    {
        if (!_distinctive.TryGetValue(bag, out var count))
        {
            count = bag.Ids.Count(IsDistinctive);
            _distinctive[bag] = count;
        }

        return count;
    }

    /// <summary>The bag's vector length and its total idf.</summary>
    public (double Norm, double Mass) Stats(TermBag bag)
    {
        if (!_stats.TryGetValue(bag, out var stats))
        {
            double norm = 0, mass = 0;
            for (var i = 0; i < bag.Ids.Length; i++)
            {
                var idf = _idf[bag.Ids[i]];
                var weight = idf * (1 + Math.Log(bag.Counts[i]));
                norm += weight * weight;
                mass += idf;
            }

            stats = (Math.Sqrt(norm), mass);
            _stats[bag] = stats;
        }

        return stats;
    }

    /// <summary>The cosine of the two vectors, and the shares of each one's vocabulary (by idf) the other holds.</summary>
    public Similarity Compare(TermBag a, TermBag b)
    {
        var (sa, sb) = (Stats(a), Stats(b));
        double dot = 0, held = 0;
        int i = 0, j = 0;
        while (i < a.Ids.Length && j < b.Ids.Length)
        {
            var (x, y) = (a.Ids[i], b.Ids[j]);
            if (x < y)
            {
                i++;
            }
            else if (y < x)
            {
                j++;
            }
            else
            {
                var idf = _idf[x];
                held += idf;
                dot += idf * idf * (1 + Math.Log(a.Counts[i])) * (1 + Math.Log(b.Counts[j]));
                i++;
                j++;
            }
        }

        var cosine = sa.Norm == 0 || sb.Norm == 0 ? 0 : Math.Min(1, dot / (sa.Norm * sb.Norm));
        return new Similarity(cosine, sa.Mass == 0 ? 0 : Math.Min(1, held / sa.Mass), sb.Mass == 0 ? 0 : Math.Min(1, held / sb.Mass), sa.Mass, sb.Mass);
    }

    /// <summary>The <paramref name="count"/> most distinctive terms the two share, most distinctive first (ties by id).</summary>
    public IEnumerable<int> Shared(TermBag a, TermBag b, int count, double floor) =>
        a.Ids.Where(b.Contains)
            .Select(id => (Id: id, Weight: _idf[id] * Math.Min(a.Counts[Array.BinarySearch(a.Ids, id)], b.Counts[Array.BinarySearch(b.Ids, id)])))
            .Where(t => t.Weight > floor)
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => t.Id)
            .Take(count)
            .Select(t => t.Id);

    private static double Idf(int documents, int frequency) => Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));
}

/// <summary>How alike two bags are: the cosine of their vectors and how much of each one's vocabulary (by idf) the other holds.</summary>
/// <param name="Cosine">The cosine, in [0, 1].</param>
/// <param name="LeftHeld">The share of the first bag's vocabulary the second holds.</param>
/// <param name="RightHeld">The share of the second bag's vocabulary the first holds.</param>
/// <param name="LeftMass">The first bag's total idf.</param>
/// <param name="RightMass">The second bag's total idf.</param>
internal readonly record struct Similarity(double Cosine, double LeftHeld, double RightHeld, double LeftMass, double RightMass)
{
    /// <summary>Gets the share of the lighter bag's vocabulary the heavier one holds.</summary>
    public double Containment => LeftMass <= RightMass ? LeftHeld : RightHeld;

    /// <summary>Gets the share held on the side that holds less: how much of both the two share.</summary>
    public double Cover => Math.Min(LeftHeld, RightHeld);

    /// <summary>Gets the mean of cosine and containment: the similarity candidates are ranked by.</summary>
    public double Base => (Cosine + Containment) / 2;

    /// <summary>Gets the total idf of the terms the two share.</summary>
    public double SharedMass => LeftHeld * LeftMass;

    /// <summary>Gets the lighter bag's total idf over the heavier one's.</summary>
    public double LengthRatio => Math.Max(LeftMass, RightMass) == 0 ? 0 : Math.Min(LeftMass, RightMass) / Math.Max(LeftMass, RightMass);
}
