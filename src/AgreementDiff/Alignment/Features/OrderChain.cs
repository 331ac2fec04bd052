using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Features;

/// <summary>Order as evidence: the heaviest run of candidates kept in the same order on both sides, and where each candidate stands to it.</summary>
/// <remarks>
/// Revisions keep most provisions in order and shift numbers after an insertion, so a renumbered run of thirty articles is
/// one run, not thirty guesses. Within a context (the sections of the two documents; the items of two matched sections),
/// the candidates whose content score reaches the floor are weighed by that score, and dynamic programming finds the
/// chain of greatest weight that increases on both sides (O(n log n), a Fenwick tree of prefix maxima). A candidate then
/// knows whether it is on the chain, falls in a gap the chain leaves open, and how many of its diagonal neighbours are on
/// it; the ordered scorer weighs that beside the content. A pair off the chain is still matched when its content says so,
/// and is then reported as moved.
/// </remarks>
internal static class OrderChain
{
    /// <summary>Fills the order features of every candidate of the level from the chains of its contexts.</summary>
    public static void Compute(LevelState level, double floor)
    {
        foreach (var group in level.Candidates.GroupBy(c => Context(c, level)))
        {
            if (group.Key is not { } context)
            {
                continue;
            }

            var candidates = group.ToList();
            var chain = Chain(candidates.Where(c => c.Score >= floor).ToList());
            Describe(candidates, chain, context);
        }
    }

    /// <summary>The context a candidate's order is judged in: the level's units on both sides for sections, the children of two matched parents for items; none for items under unmatched parents.</summary>
    public static (List<AlignmentNode> Left, List<AlignmentNode> Right)? Context(Candidate candidate, LevelState level)
    {
        if (level.Level == 1)
        {
            return (level.Units[0], level.Units[1]);
        }

        var (l, r) = (candidate.Left.Parent, candidate.Right.Parent);
        return l is not null && r is not null && l.Partners.Contains(r) ? (l.Children, r.Children) : null;
    }

    /// <summary>The chain of greatest total score among <paramref name="candidates"/> that increases on both sides.</summary>
    public static HashSet<Candidate> Chain(List<Candidate> candidates)
    {
        // By left order, and for one left clause by right order descending, so two pairs of one clause never chain.
        var sorted = candidates.OrderBy(c => c.Left.Order).ThenByDescending(c => c.Right.Order).ToList();
        var rights = sorted.Select(c => c.Right.Order).Distinct().Order().ToList();
        var tree = new (double Weight, int Index)[rights.Count + 1];
        Array.Fill(tree, (0.0, -1));
        var total = new double[sorted.Count];
        var previous = new int[sorted.Count];
        var bestEnd = -1;
        for (var i = 0; i < sorted.Count; i++)
        {
            var rank = rights.BinarySearch(sorted[i].Right.Order);
            var (weight, index) = PrefixMax(tree, rank);
            total[i] = weight + sorted[i].Score;
            previous[i] = index;
            Update(tree, rank + 1, (total[i], i));
            if (bestEnd < 0 || total[i] > total[bestEnd])
            {
                bestEnd = i;
            }
        }

        var chain = new HashSet<Candidate>(ReferenceEqualityComparer.Instance);
        for (var i = bestEnd; i >= 0; i = previous[i])
        {
            chain.Add(sorted[i]);
        }

        return chain;
    }

    private static void Describe(List<Candidate> candidates, HashSet<Candidate> chain, (List<AlignmentNode> Left, List<AlignmentNode> Right) context)
    {
        var byLeft = chain.OrderBy(c => c.Left.Order).ToList();
        var links = chain.Select(c => (c.Left, c.Right)).ToHashSet();
        var takenRight = chain.Select(c => c.Right).ToHashSet();
        var takenLeft = chain.Select(c => c.Left).ToHashSet();
        foreach (var candidate in candidates)
        {
            var x = candidate.Features;
            var (l, r) = (candidate.Left, candidate.Right);
            x[PairFeatures.OnChain] = chain.Contains(candidate) ? 1 : 0;
            var before = byLeft.LastOrDefault(c => c.Left.Order < l.Order);
            var after = byLeft.FirstOrDefault(c => c.Left.Order > l.Order);
            x[PairFeatures.InGap] = x[PairFeatures.OnChain] == 0 && !takenLeft.Contains(l) && !takenRight.Contains(r)
                && (before is null || r.Order > before.Right.Order) && (after is null || r.Order < after.Right.Order) ? 1 : 0;
            var (li, ri) = (IndexIn(context.Left, l), IndexIn(context.Right, r));
            var neighbours = 0;
            if (li > 0 && ri > 0 && links.Contains((context.Left[li - 1], context.Right[ri - 1])))
            {
                neighbours++;
            }

            if (li >= 0 && ri >= 0 && li + 1 < context.Left.Count && ri + 1 < context.Right.Count && links.Contains((context.Left[li + 1], context.Right[ri + 1])))
            {
                neighbours++;
            }

            x[PairFeatures.Neighbours] = neighbours / 2.0 * candidate.Similarity.Base;
        }
    }

    private static int IndexIn(List<AlignmentNode> units, AlignmentNode node) => units.IndexOf(node);

    private static (double Weight, int Index) PrefixMax((double Weight, int Index)[] tree, int count)
    {
        var best = (0.0, -1);
        for (var i = count; i > 0; i -= i & -i)
        {
            if (tree[i].Weight > best.Item1)
            {
                best = tree[i];
            }
        }

        return best;
    }

    private static void Update((double Weight, int Index)[] tree, int position, (double Weight, int Index) value)
    {
        for (var i = position; i < tree.Length; i += i & -i)
        {
            if (value.Weight > tree[i].Weight)
            {
                tree[i] = value;
            }
        }
    }
}
