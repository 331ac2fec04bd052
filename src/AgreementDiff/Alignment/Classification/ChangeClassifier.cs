using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Classification;

/// <summary>Tells each link's change kind from the partners both clauses end with: unchanged, modified, moved, split or merged.</summary>
internal static class ChangeClassifier
{
    public static List<ChangeKind> Classify(List<Link> links)
    {
        var oneToOne = links.Where(l => Parts(l.Left, l.Right) == 1 && Parts(l.Right, l.Left) == 1).ToList();

        // Order is judged among siblings: links grouped by the pair of parents (sections form one group).
        var inOrder = oneToOne
            .GroupBy(l => (l.Left.Role == ClauseRole.Section ? -1 : l.Left.Parent?.Order ?? -1, l.Right.Role == ClauseRole.Section ? -1 : l.Right.Parent?.Order ?? -1))
            .SelectMany(g => Features.LongestRun.OnEvery(g, l => l.Left.Order, l => l.Right.Order))
            .ToHashSet(ReferenceEqualityComparer.Instance);
        var kinds = new List<ChangeKind>(links.Count);
        foreach (var link in links)
        {
            var (l, r) = (link.Left, link.Right);
            if (Parts(l, r) > 1 || Parts(r, l) > 1)
            {
                kinds.Add(PartKind(l, r));
                continue;
            }

            var crossed = Crossed(l, r);
            if (crossed || (l.Role != ClauseRole.Group && !inOrder.Contains(link)))
            {
                kinds.Add(ChangeKind.Moved);
            }
            else
            {
                kinds.Add(string.Equals(l.SubtreeKey, r.SubtreeKey, StringComparison.Ordinal) ? ChangeKind.Unchanged : ChangeKind.Modified);
            }
        }

        return kinds;
    }

    /// <summary>A link of a clause matched to several: split when the left clause was divided, merged when the right joins several.</summary>
    /// <remarks>When both sides have several partners, the one with more is the whole (then the longer text), so the kind
    /// mirrors when the agreements are swapped.</remarks>
    private static ChangeKind PartKind(AlignmentNode left, AlignmentNode right)
    {
        var (l, r) = (Parts(left, right), Parts(right, left));
        if (l != r)
        {
            return l > r ? ChangeKind.Split : ChangeKind.Merged;
        }

        var (a, b) = (AlignmentNode.TextOf(left.Clause), AlignmentNode.TextOf(right.Clause));
        var order = a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
        return order >= 0 ? ChangeKind.Split : ChangeKind.Merged;
    }

    /// <summary>How many partners the clause has at the level of <paramref name="other"/>, its partner in one link.</summary>
    /// <remarks>Items restated in a section of running text are partners of that section; they make it a summary of
    /// them, not a split or merge of the section it is matched to.</remarks>
    private static int Parts(AlignmentNode node, AlignmentNode other) => node.Partners.Count(p => p.Level == other.Level);

    /// <summary>Whether an item of the link sits under a section that is not matched to the section holding the other end (or to the other end itself, a section of running text).</summary>
    /// <remarks>Worked out from whichever end is the item, so comparing B with A gives the mirror of A with B.</remarks>
    private static bool Crossed(AlignmentNode left, AlignmentNode right)
    {
        var (item, other) = left.Role == ClauseRole.Item ? (left, right) : right.Role == ClauseRole.Item ? (right, left) : (null, null);
        if (item?.Parent is null || other is null)
        {
            return false;
        }

        var holder = other;
        while (holder.Level >= item.Level && holder.Parent is not null)
        {
            holder = holder.Parent;
        }

        return !item.Parent.Partners.Contains(holder);
    }
}
