namespace AgreementDiff.Alignment.Features;

/// <summary>The pairs kept in order on both sides: those on every longest run that increases on both.</summary>
internal static class LongestRun
{
    /// <summary>The items that lie on every longest run increasing in both <paramref name="left"/> and <paramref name="right"/>.</summary>
    /// <remarks>
    /// Every, not one: when two pairs swapped places, either could be called the one out of order, and picking one would
    /// make comparing A with B and B with A disagree. An item is on some longest run when the longest run ending at it and
    /// the longest starting at it add up to the longest; it is on every one when no other such item takes its place in the
    /// run. Patience sorting, O(n log n).
    /// </remarks>
    public static HashSet<T> OnEvery<T>(IEnumerable<T> items, Func<T, int> left, Func<T, int> right)
        where T : class
    {
        var sorted = items.OrderBy(left).ThenBy(right).ToList();
        var ending = RunLengths([.. sorted.Select(right)]);
        var starting = RunLengths([.. sorted.Select(i => -right(i)).Reverse()]);
        starting.Reverse();
        var longest = ending.DefaultIfEmpty(0).Max();
        var onSome = Enumerable.Range(0, sorted.Count).Where(i => ending[i] + starting[i] - 1 == longest).ToList();
        var places = onSome.GroupBy(i => ending[i]).Where(g => g.Count() == 1).Select(g => sorted[g.Single()]);
        return new HashSet<T>(places, ReferenceEqualityComparer.Instance);
    }

    /// <summary>For each position, the length of the longest strictly increasing run of <paramref name="values"/> ending there.</summary>
    private static List<int> RunLengths(List<int> values)
    {
        var tails = new List<int>();
        var lengths = new List<int>(values.Count);
        foreach (var value in values)
        {
            var at = tails.BinarySearch(value);
            at = at < 0 ? ~at : at;
            if (at == tails.Count)
            {
                tails.Add(value);
            }
            else
            {
                tails[at] = value;
            }

            lengths.Add(at + 1);
        }

        return lengths;
    }
}
