namespace AgreementDiff.Alignment.Model;

/// <summary>A bag of analysed terms: term ids in ascending order with their counts; the unit every measure of the aligner works on.</summary>
/// <remarks>Immutable once built. Ids come from the comparison's <see cref="Vocabulary"/>.</remarks>
internal sealed class TermBag
{
    /// <summary>Gets the empty bag.</summary>
    public static TermBag Empty { get; } = new([], []);

    private TermBag(int[] ids, int[] counts)
    {
        Ids = ids;
        Counts = counts;
    }

    /// <summary>Gets the term ids, ascending.</summary>
    public int[] Ids { get; }

    /// <summary>Gets each term's count, aligned with <see cref="Ids"/>.</summary>
    public int[] Counts { get; }

    /// <summary>Gets the number of distinct terms.</summary>
    public int Count => Ids.Length;

    /// <summary>Builds a bag from term ids in any order, repeats counted.</summary>
    public static TermBag FromTerms(List<int> terms)
    {
        if (terms.Count == 0)
        {
            return Empty;
        }

        var sorted = terms.ToArray();
        Array.Sort(sorted);
        var ids = new List<int>(sorted.Length);
        var counts = new List<int>(sorted.Length);
        foreach (var id in sorted)
        {
            if (ids.Count > 0 && ids[^1] == id)
            {
                counts[^1]++;
            }
            else
            {
                ids.Add(id);
                counts.Add(1);
            }
        }

        return new TermBag([.. ids], [.. counts]);
    }

    /// <summary>The sum of several bags (a merge of their sorted ids).</summary>
    public static TermBag Sum(IReadOnlyList<TermBag> bags)
    {
        if (bags.Count == 1)
        {
            return bags[0];
        }

        var total = 0;
        foreach (var bag in bags)
        {
            total += bag.Ids.Length;
        }

        var pairs = new (int Id, int Count)[total];
        var at = 0;
        foreach (var bag in bags)
        {
            for (var i = 0; i < bag.Ids.Length; i++)
            {
                pairs[at++] = (bag.Ids[i], bag.Counts[i]);
            }
        }

        Array.Sort(pairs, (a, b) => a.Id.CompareTo(b.Id));
        var ids = new List<int>(total);
        var counts = new List<int>(total);
        foreach (var (id, count) in pairs)
        {
            if (ids.Count > 0 && ids[^1] == id)
            {
                counts[^1] += count;
            }
            else
            {
                ids.Add(id);
                counts.Add(count);
            }
        }

        return new TermBag([.. ids], [.. counts]);
    }

    /// <summary>This bag without the terms <paramref name="other"/> holds.</summary>
    public TermBag Except(TermBag other)
    {
        var ids = new List<int>(Ids.Length);
        var counts = new List<int>(Ids.Length);
        int i = 0, j = 0;
        while (i < Ids.Length)
        {
            if (j < other.Ids.Length && other.Ids[j] < Ids[i])
            {
                j++;
            }
            else if (j < other.Ids.Length && other.Ids[j] == Ids[i])
            {
                i++;
                j++;
            }
            else
            {
                ids.Add(Ids[i]);
                counts.Add(Counts[i]);
                i++;
            }
        }

        return new TermBag([.. ids], [.. counts]);
    }

    /// <summary>Whether the bag holds the term.</summary>
    public bool Contains(int id) => Array.BinarySearch(Ids, id) >= 0;

    /// <summary>Whether the two bags hold the same terms with the same counts.</summary>
    public bool SameAs(TermBag other) => Ids.AsSpan().SequenceEqual(other.Ids) && Counts.AsSpan().SequenceEqual(other.Counts);
}

/// <summary>The terms of one comparison, numbered in the order first seen; the first side's surface form of each is kept for explanations.</summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<string?> _surface = [];
    private readonly List<string?> _rightSurface = [];

    /// <summary>Gets the number of terms.</summary>
    public int Count => _terms.Count;

    /// <summary>The id of a term, numbering it when new.</summary>
    public int Id(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            id = _terms.Count;
            _ids.Add(term, id);
            _terms.Add(term);
            _surface.Add(null);
            _rightSurface.Add(null);
        }

        return id;
    }

    /// <summary>Remembers how the term was written the first time it was met on each side.</summary>
    public void Surface(int id, int side, string written)
    {
        if (side == 0)
        {
            _surface[id] ??= written;
        }
        else
        {
            _rightSurface[id] ??= written;
        }
    }

    /// <summary>The term as written on the left side, else as analysed.</summary>
    public string Written(int id) => _surface[id] ?? _rightSurface[id] ?? _terms[id];

    /// <summary>The term as written on each side (金融 ↔ financial), for a link across languages.</summary>
    public string WrittenPair(int id) => $"{_surface[id] ?? _terms[id]} ↔ {_rightSurface[id] ?? _terms[id]}";
}
