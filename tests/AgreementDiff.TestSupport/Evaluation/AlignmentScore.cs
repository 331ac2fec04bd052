using System.Globalization;
using AgreementDiff.Alignment;

namespace AgreementDiff.Tests.Support.Evaluation;

/// <summary>Precision and recall of links at one level, and how well units with no counterpart were found, with what was missed.</summary>
/// <remarks>
/// A link marked possible is neither a false positive when found nor a false negative when missed. Only links between
/// units of the level count. A unit counts as reported alone when the comparison gives it no counterpart among the other
/// side's units of the level: added or removed, or matched only at another level and there as the labels have it.
/// </remarks>
public sealed class Tally
{
    /// <summary>Gets what was missed and what was wrong, one line each, sorted.</summary>
    public List<string> Misses { get; init; } = [];

    /// <summary>Gets or sets the links found between units of the level.</summary>
    public int Found { get; set; }

    /// <summary>Gets or sets the links found that the labels give (sure or possible).</summary>
    public int FoundCorrect { get; set; }

    /// <summary>Gets or sets the sure links.</summary>
    public int Sure { get; set; }

    /// <summary>Gets or sets the sure links found.</summary>
    public int SureFound { get; set; }

    /// <summary>Gets or sets the units labelled with no counterpart.</summary>
    public int Alone { get; set; }

    /// <summary>Gets or sets the units reported alone.</summary>
    public int AloneReported { get; set; }

    /// <summary>Gets or sets the units reported alone that the labels have alone.</summary>
    public int AloneCorrect { get; set; }

    /// <summary>Gets the share of links found that are right.</summary>
    public double Precision => Found == 0 ? 1 : (double)FoundCorrect / Found;

    /// <summary>Gets the share of sure links found.</summary>
    public double Recall => Sure == 0 ? 1 : (double)SureFound / Sure;

    /// <summary>Gets the share of units with no counterpart reported alone.</summary>
    public double NoCounterpartRecall => Alone == 0 ? 1 : (double)AloneCorrect / Alone;

    /// <summary>Gets the share of units reported alone that have no counterpart.</summary>
    public double NoCounterpartPrecision => AloneReported == 0 ? 1 : (double)AloneCorrect / AloneReported;

    /// <summary>Scores one level of a comparison against its resolved labels.</summary>
    /// <param name="comparison">The comparison of the pair's two documents.</param>
    /// <param name="level">The level, its addresses resolved to paths.</param>
    /// <param name="allLinks">Every labelled link of the pair at any level, resolved.</param>
    public static Tally Score(AgreementComparison comparison, LabelledLevel level, IReadOnlyCollection<LabelledLink> allLinks)
    {
        var sure = level.Links.Where(l => !l.Possible).Select(l => (l.Left, l.Right)).ToHashSet();
        var possible = level.Links.Select(l => (l.Left, l.Right)).ToHashSet();
        var leftOnly = level.LeftOnly.ToHashSet(StringComparer.Ordinal);
        var rightOnly = level.RightOnly.ToHashSet(StringComparer.Ordinal);
        var leftUnits = possible.Select(p => p.Left).Concat(leftOnly).ToHashSet(StringComparer.Ordinal);
        var rightUnits = possible.Select(p => p.Right).Concat(rightOnly).ToHashSet(StringComparer.Ordinal);

        var all = comparison.Matches.Select(m => (Left: m.Left.Path, Right: m.Right.Path)).ToList();
        var found = all.Where(p => leftUnits.Contains(p.Left) && rightUnits.Contains(p.Right)).ToHashSet();
        var labelled = allLinks.Select(l => (l.Left, l.Right)).ToList();

        static bool Within(string path, string unit) => path == unit || path.StartsWith(unit + "/", StringComparison.Ordinal);
        bool Labelled((string Left, string Right) p) => labelled.Exists(l => Within(p.Left, l.Left) && Within(p.Right, l.Right));
        bool OnlyElsewhere(Func<(string Left, string Right), string> end, string unit) =>
            all.Where(p => end(p) == unit).ToList() is { Count: > 0 } matches && matches.TrueForAll(p => !found.Contains(p) && Labelled(p));
        var reportedRemoved = comparison.Removed.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var reportedAdded = comparison.Added.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var removed = leftUnits.Where(u => reportedRemoved.Contains(u) || OnlyElsewhere(p => p.Left, u)).ToHashSet(StringComparer.Ordinal);
        var added = rightUnits.Where(u => reportedAdded.Contains(u) || OnlyElsewhere(p => p.Right, u)).ToHashSet(StringComparer.Ordinal);
        var scores = comparison.Matches.GroupBy(m => (m.Left.Path, m.Right.Path)).ToDictionary(g => g.Key, g => g.First());
        var misses = sure.Where(p => !found.Contains(p)).Select(p => $"missed {p.Left} ↔ {p.Right}")
            .Concat(found.Where(p => !possible.Contains(p)).Select(p => $"wrong  {p.Left} ↔ {p.Right} ({scores[p].Score.ToString("0.00", CultureInfo.InvariantCulture)}, {scores[p].Explanation.Basis})"))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new Tally
        {
            Misses = misses,
            Found = found.Count,
            FoundCorrect = found.Count(possible.Contains),
            Sure = sure.Count,
            SureFound = sure.Count(found.Contains),
            Alone = leftOnly.Count + rightOnly.Count,
            AloneReported = removed.Count + added.Count,
            AloneCorrect = removed.Count(leftOnly.Contains) + added.Count(rightOnly.Contains),
        };
    }

    /// <summary>Adds another tally's counts (its misses are not kept).</summary>
    public void Add(Tally other)
    {
        Found += other.Found;
        FoundCorrect += other.FoundCorrect;
        Sure += other.Sure;
        SureFound += other.SureFound;
        Alone += other.Alone;
        AloneReported += other.AloneReported;
        AloneCorrect += other.AloneCorrect;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"pairs P={Precision:0.000} ({FoundCorrect}/{Found}) R={Recall:0.000} ({SureFound}/{Sure}); no counterpart P={NoCounterpartPrecision:0.000} ({AloneCorrect}/{AloneReported}) R={NoCounterpartRecall:0.000} ({AloneCorrect}/{Alone})");
}

/// <summary>Runs a comparer over labelled pairs and tallies each pair and level.</summary>
public static class AlignmentEvaluation
{
    /// <summary>Compares each pair with <paramref name="compare"/> and scores every level; the tallies keyed by pair and level.</summary>
    public static IReadOnlyList<(LabelledPair Pair, string Level, Tally Tally)> Run(IEnumerable<LabelledPair> pairs, Func<Agreement, Agreement, AgreementComparison> compare)
    {
        var results = new List<(LabelledPair, string, Tally)>();
        foreach (var pair in pairs)
        {
            var (left, right) = pair.Documents;
            var comparison = compare(left, right);
            var levels = pair.Resolved;
            var links = levels.SelectMany(l => l.Links).ToList();
            results.AddRange(levels.Select(level => (pair, level.Name, Tally.Score(comparison, level, links))));
        }

        return results;
    }

    /// <summary>Sums tallies per level, in the order levels first appear.</summary>
    public static IReadOnlyDictionary<string, Tally> Totals(IEnumerable<(LabelledPair Pair, string Level, Tally Tally)> results)
    {
        var totals = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var (_, level, tally) in results)
        {
            if (!totals.TryGetValue(level, out var total))
            {
                totals[level] = total = new Tally();
            }

            total.Add(tally);
        }

        return totals;
    }
}
