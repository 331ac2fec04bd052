using System.Text.RegularExpressions;

namespace AgreementDiff.Alignment;

/// <summary>Turns the aligner's links into the public result: change kinds, diffs, added and removed clauses, the summary.</summary>
internal sealed partial class ComparisonBuilder(Aligner aligner, Agreement left, Agreement right, Clause? leftScope, Clause? rightScope)
{
    public AgreementComparison Build()
    {
        var kinds = Classify();
        var matches = aligner.Links
            .Select((link, i) => (Link: link, Kind: kinds[i]))
            .OrderBy(x => x.Link.Left.Order).ThenBy(x => x.Link.Right.Order)
            .Select(x => ToMatch(x.Link, x.Kind))
            .ToList();
        var added = aligner.Nodes(1).Where(n => !n.IsMatched).ToList();
        var removed = aligner.Nodes(0).Where(n => !n.IsMatched).ToList();
        var summary = new ComparisonSummary(
            Count(matches, added, removed, ClauseRole.Section),
            Count(matches, added, removed, ClauseRole.Item),
            BySection(matches, added, removed),
            Initiatives(1, 0),
            Initiatives(0, 1),
            NumbersChanged(matches));
        return new AgreementComparison(left, right, leftScope, rightScope, matches, [.. added.Select(n => n.Clause)], [.. removed.Select(n => n.Clause)], summary, aligner.Threshold);
    }

    private static ChangeCounts Count(List<ClauseMatch> matches, List<AlignmentNode> added, List<AlignmentNode> removed, ClauseRole role)
    {
        var kinds = matches.Where(m => m.Role == role).Select(m => m.Change).ToList();
        return Counts(kinds, added.Count(n => n.Role == role), removed.Count(n => n.Role == role));
    }

    private static ChangeCounts Counts(List<ChangeKind> kinds, int added, int removed) => new(
        kinds.Count(k => k == ChangeKind.Unchanged),
        kinds.Count(k => k == ChangeKind.Modified),
        kinds.Count(k => k == ChangeKind.Moved),
        kinds.Count(k => k == ChangeKind.Split),
        kinds.Count(k => k == ChangeKind.Merged),
        added,
        removed);

    private static AlignmentNode? SectionOf(AlignmentNode node)
    {
        var current = node;
        while (current is not null && current.Role != ClauseRole.Section)
        {
            current = current.Parent;
        }

        return current;
    }

    /// <summary>The links on the longest run kept in order on both sides; the others moved.</summary>
    /// <summary>The links that lie on every longest in-order run of their group; the rest were moved.</summary>
    /// <remarks>
    /// Every, not one: when two pairs swapped places, either could be called the one that moved, and picking one would
    /// make comparing A with B and B with A disagree. A pair is on some longest run when the longest run ending at it and
    /// the longest starting at it add up to the longest; it is on every one when no other such pair takes its place in
    /// the run. Patience sorting, O(n log n).
    /// </remarks>
    private static HashSet<Aligner.Link> InOrder(List<Aligner.Link> links)
    {
        var sorted = links.OrderBy(l => l.Left.Order).ThenBy(l => l.Right.Order).ToList();
        var ending = RunLengths(sorted.Select(l => l.Right.Order).ToList());
        var starting = RunLengths(sorted.Select(l => -l.Right.Order).Reverse().ToList());
        starting.Reverse();
        var longest = ending.DefaultIfEmpty(0).Max();
        var onSome = Enumerable.Range(0, sorted.Count).Where(i => ending[i] + starting[i] - 1 == longest).ToList();
        var places = onSome.GroupBy(i => ending[i]).Where(g => g.Count() == 1).Select(g => sorted[g.Single()]);
        return new HashSet<Aligner.Link>(places, ReferenceEqualityComparer.Instance);
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

    private List<ChangeKind> Classify()
    {
        var links = aligner.Links;
        var oneToOne = links.Where(l => Parts(l.Left, l.Right) == 1 && Parts(l.Right, l.Left) == 1).ToList();

        // Order is judged among siblings: links grouped by the pair of parents (sections form one group).
        var inOrder = oneToOne
            .GroupBy(l => (l.Left.Role == ClauseRole.Section ? -1 : l.Left.Parent?.Order ?? -1, l.Right.Role == ClauseRole.Section ? -1 : l.Right.Parent?.Order ?? -1))
            .SelectMany(g => InOrder([.. g]))
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
                kinds.Add(SameSubtree(l, r) ? ChangeKind.Unchanged : ChangeKind.Modified);
            }
        }

        return kinds;
    }

    private static bool SameSubtree(AlignmentNode l, AlignmentNode r)
    {
        return string.Equals(l.SubtreeKey, r.SubtreeKey, StringComparison.Ordinal);
    }

    private ClauseMatch ToMatch(Aligner.Link link, ChangeKind kind)
    {
        var role = link.Left.Level == link.Right.Level ? link.Left.Role : link.Left.Level > link.Right.Level ? link.Left.Role : link.Right.Role;
        var score = link.Score;
        var explanation = new MatchExplanation(aligner.SharedTerms(link), Round(score.Cosine), Round(score.Containment), score.SameContext, score.Basis);
        return new ClauseMatch(link.Left.Clause, link.Right.Clause, role, Round(score.Score), kind, explanation, aligner.Differ.Diff(AlignmentNode.TextOf(link.Left.Clause), AlignmentNode.TextOf(link.Right.Clause)));
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private List<SectionSummary> BySection(List<ClauseMatch> matches, List<AlignmentNode> added, List<AlignmentNode> removed)
    {
        var entries = new List<(AlignmentNode? Left, AlignmentNode? Right, ChangeKind? Kind)>();
        var byClause = new[] { 0, 1 }.Select(side => aligner.Nodes(side).ToDictionary<AlignmentNode, Clause, AlignmentNode>(n => n.Clause, n => n, ReferenceEqualityComparer.Instance)).ToArray();
        foreach (var section in aligner.Nodes(1).Where(n => n.Role == ClauseRole.Section))
        {
            var match = matches.FirstOrDefault(m => ReferenceEquals(m.Right, section.Clause) && m.Role == ClauseRole.Section);
            entries.Add(match is null ? (null, section, null) : (byClause[0][match.Left], section, match.Change));
        }

        entries.AddRange(removed.Where(n => n.Role == ClauseRole.Section).Select(n => ((AlignmentNode?)n, (AlignmentNode?)null, (ChangeKind?)null)));

        int EntryOf(AlignmentNode? section, int side) => section is null ? -1 : entries.FindIndex(e => (side == 0 ? e.Left : e.Right) == section);

        var kinds = entries.Select(_ => new List<ChangeKind>()).ToList();
        var addedCounts = new int[entries.Count];
        var removedCounts = new int[entries.Count];
        foreach (var match in matches.Where(m => m.Role == ClauseRole.Item))
        {
            var entry = EntryOf(SectionOf(byClause[1][match.Right]), 1);
            entry = entry >= 0 ? entry : EntryOf(SectionOf(byClause[0][match.Left]), 0);
            if (entry >= 0)
            {
                kinds[entry].Add(match.Change);
            }
        }

        foreach (var node in added.Where(n => n.Role == ClauseRole.Item))
        {
            if (EntryOf(SectionOf(node), 1) is var entry and >= 0)
            {
                addedCounts[entry]++;
            }
        }

        foreach (var node in removed.Where(n => n.Role == ClauseRole.Item))
        {
            if (EntryOf(SectionOf(node), 0) is var entry and >= 0)
            {
                removedCounts[entry]++;
            }
        }

        return [.. entries.Select((e, i) => new SectionSummary(e.Left?.Clause, e.Right?.Clause, e.Kind, Counts(kinds[i], addedCounts[i], removedCounts[i])))];
    }

    private List<NamedInitiative> Initiatives(int side, int otherSide)
    {
        var other = aligner.Nodes(otherSide).SelectMany(n => Names(n.Clause.Content)).Select(Key).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<NamedInitiative>();
        foreach (var node in aligner.Nodes(side))
        {
            foreach (var name in Names(node.Clause.Content))
            {
                var key = Key(name);
                if (!other.Contains(key) && seen.Add(key))
                {
                    result.Add(new NamedInitiative(name, node.Clause));
                }
            }
        }

        return result;
    }

    private string Key(string text) => Whitespace().Replace(aligner.Analysis.Fold(text), string.Empty).ToLowerInvariant();

    private static IEnumerable<string> Names(string text) =>
        QuotedName().Matches(text).Select(m => m.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value.Trim()).Where(n => n.Length > 0);

    private List<NumberChange> NumbersChanged(List<ClauseMatch> matches)
    {
        var result = new List<NumberChange>();
        foreach (var match in matches.Where(m => m.TextChanged && m.Role != ClauseRole.Group))
        {
            var before = Numbers(match.Left.Content);
            var after = Numbers(match.Right.Content);
            var onlyBefore = Except(before, after);
            var onlyAfter = Except(after, before);
            if (onlyBefore.Count > 0 || onlyAfter.Count > 0)
            {
                result.Add(new NumberChange(match.Left, match.Right, onlyBefore, onlyAfter));
            }
        }

        return result;
    }

    private List<string> Numbers(string text) => [.. Number().Matches(text).Select(m => m.Value.Trim())];

    private List<string> Except(List<string> these, List<string> those)
    {
        var remaining = those.Select(Key).ToList();
        var result = new List<string>();
        foreach (var number in these)
        {
            var index = remaining.IndexOf(Key(number));
            if (index >= 0)
            {
                remaining.RemoveAt(index);
            }
            else
            {
                result.Add(number);
            }
        }

        return result;
    }

    [GeneratedRegex("“([^“”\\n]{1,40})”|\"([^\"\\n]{1,40})\"|「([^「」\\n]{1,40})」|『([^『』\\n]{1,40})』|《([^《》\\n]{1,60})》|＂([^＂\\n]{1,40})＂")]
    private static partial Regex QuotedName();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    /// <summary>Arabic numbers with an optional unit, or Chinese numerals with a measure word (三大, 四份, 二十個).</summary>
    [GeneratedRegex("[0-9０-９]+(?:[.,．][0-9０-９]+)*\\s*(?:%|％|年|月|日|個|个|家|項|项|名|人|次|屆|届|億|亿|萬|万|宗|份|所|座|條|条|間|间)?|[〇零一二三四五六七八九十百千兩两]+(?:個|个|家|項|项|名|次|屆|届|大|所|座|條|条|份|宗|批|場|场|間|间)")]
    private static partial Regex Number();
}
