using AgreementDiff.Alignment.Features;
using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Passes;

/// <summary>Matches groups (chapters, parts, 二、合作內容) by their headings and by the sections they share, scored by the fitted group model; a group that sends a good share of its sections to a second group is linked to that one too.</summary>
/// <remarks>A renamed chapter keeps its articles: the share of its matched sections that went to one chapter says more
/// than its two-word heading. Groups are matched last, when their sections are.</remarks>
internal sealed class GroupPass : IDocumentPass
{
    /// <summary>The names of the group model's features, in order.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } = ["heading", "sectionShare", "sectionCover", "cosine", "sameLabel", "position"];

    public AlignmentPasses Switch => AlignmentPasses.Groups;

    public void Run(AlignmentContext context)
    {
        var groups = context.Nodes.Select(side => side.Where(n => n.Role == ClauseRole.Group && !context.IsPinned(n)).ToList()).ToArray();
        if (groups[0].Count == 0 || groups[1].Count == 0)
        {
            return;
        }

        var both = groups[0].Concat(groups[1]).ToList();
        var own = new TermWeights(both.Select(g => g.Own), context.Vocabulary.Count);
        var subtree = new TermWeights(both.Select(g => g.Subtree), context.Vocabulary.Count);
        var sections = groups.Select(side => side.ToDictionary(g => g, g => g.SelfAndDescendants().Where(n => n.Level == 1).ToList())).ToArray();
        var pairs = new List<(AlignmentNode Left, AlignmentNode Right, double Score, double[] Features, int Shared)>();
        foreach (var left in groups[0])
        {
            var leftSections = sections[0][left];
            foreach (var right in groups[1])
            {
                var rightSections = sections[1][right];
                var rightSet = rightSections.ToHashSet();
                var shared = leftSections.Sum(s => s.Partners.Count(rightSet.Contains));
                var (matchedLeft, matchedRight) = (leftSections.Count(s => s.IsMatched), rightSections.Count(s => s.IsMatched));
                var heading = own.Compare(left.Own, right.Own);
                double[] x =
                [
                    Math.Max(heading.LeftHeld, heading.RightHeld),
                    shared == 0 ? 0 : (double)shared / Math.Max(1, Math.Min(matchedLeft, matchedRight)),
                    shared == 0 ? 0 : (double)shared / Math.Max(1, Math.Max(matchedLeft, matchedRight)),
                    subtree.Compare(left.Subtree, right.Subtree).Cosine,
                    left.Clause.Label == right.Clause.Label ? 1 : 0,
                    1 - Math.Abs(left.Position - right.Position),
                ];
                context.Observer?.GroupConsidered(left, right, x);
                pairs.Add((left, right, context.Models.Group.Score(x), x, shared));
            }
        }

        foreach (var (left, right, score, x, _) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Left.Order + p.Right.Order))
        {
            if (score >= context.Parameters.GroupThreshold && !left.IsMatched && !right.IsMatched)
            {
                context.Accept(left, right, score, MatchBasis.Content, context.Models.Group.Explain(x));
            }
        }

        // A chapter divided between two, or two merged into one: a good share of one group's matched sections in the other.
        foreach (var (left, right, score, x, shared) in pairs)
        {
            var share = Math.Max(shared / (double)Math.Max(1, sections[0][left].Count(s => s.IsMatched)), shared / (double)Math.Max(1, sections[1][right].Count(s => s.IsMatched)));
            if (shared > 0 && share >= context.Parameters.GroupJoinShare && !left.Partners.Contains(right))
            {
                context.Accept(left, right, score, MatchBasis.Content, context.Models.Group.Explain(x));
            }
        }
    }
}
