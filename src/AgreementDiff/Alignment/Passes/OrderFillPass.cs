using AgreementDiff.Alignment.Features;
using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Passes;

/// <summary>Matches by place: the one clause on each side that two matched neighbours leave between them, and a formula left over to the other side's formula of its kind.</summary>
/// <remarks>
/// <para>A rewritten clause in the middle of a run kept in order is the counterpart of the one rewritten clause opposite
/// it, though few words survived. Only gaps inside a run: before the first match and after the last a renewal adds and
/// drops clauses as often as it rewrites them.</para>
/// <para>Two formulas of one kind (two preambles, two closings, two signature blocks) are counterparts by their place: in
/// the labelled pairs 27 of the 28 such candidates are links (the other is a signature block whose counterpart is a press
/// release's report of the signing), though a release's lead paragraph may share few words with a preamble.</para>
/// </remarks>
internal sealed class OrderFillPass : ILevelPass
{
    public AlignmentPasses Switch => AlignmentPasses.Order;

    public void Run(AlignmentContext context, LevelState level)
    {
        var fills = new List<Candidate>();
        foreach (var group in level.Candidates.GroupBy(c => OrderChain.Context(c, level)))
        {
            if (group.Key is not { } units)
            {
                continue;
            }

            // The one-to-one matches kept in order (on every longest run, so the anchors are the same whichever side is left).
            var matched = group.Where(c => c.Left.Partners.Contains(c.Right) && c.Left.Partners.Count == 1 && c.Right.Partners.Count == 1);
            var anchors = LongestRun.OnEvery(matched, c => c.Left.Order, c => c.Right.Order).OrderBy(c => c.Left.Order).ToList();
            for (var i = 0; i + 1 < anchors.Count; i++)
            {
                var (a, b) = (anchors[i], anchors[i + 1]);
                if (b.Right.Order <= a.Right.Order)
                {
                    continue;
                }

                var lefts = Between(units.Left, a.Left, b.Left);
                var rights = Between(units.Right, a.Right, b.Right);
                if (lefts.Count == 1 && rights.Count == 1 && !context.IsPinned(lefts[0]) && !context.IsPinned(rights[0])
                    && group.FirstOrDefault(c => c.Left == lefts[0] && c.Right == rights[0]) is { } gap && gap.Score >= context.Parameters.OrderFillFloor)
                {
                    fills.Add(gap);
                }
            }
        }

        if (level.Level == 1)
        {
            foreach (var kind in new[] { ClauseKind.Preamble, ClauseKind.Closing, ClauseKind.Signatures })
            {
                // One left over at least: the other may have found a topic restating it (a statement of aims), and is still its place.
                var (lefts, rights) = (Formulas(level.Units[0], kind), Formulas(level.Units[1], kind));
                if (lefts.Count == 1 && rights.Count == 1 && !(lefts[0].IsMatched && rights[0].IsMatched)
                    && level.Candidates.FirstOrDefault(c => c.Left == lefts[0] && c.Right == rights[0]) is { } formula
                    && !context.IsPinned(lefts[0]) && !context.IsPinned(rights[0]))
                {
                    fills.Add(formula);
                }
            }
        }

        foreach (var fill in fills)
        {
            context.Accept(fill.Left, fill.Right, fill.Score, MatchBasis.Order, fill.Model!.Explain(fill.Features));
        }
    }

    private static List<AlignmentNode> Formulas(List<AlignmentNode> units, ClauseKind kind) => [.. units.Where(u => u.Clause.Kind == kind && !u.Partners.Exists(p => p.Clause.Kind == kind))];

    private static List<AlignmentNode> Between(List<AlignmentNode> units, AlignmentNode from, AlignmentNode to) =>
        [.. units.Where(u => u.Order > from.Order && u.Order < to.Order && !u.IsMatched)];
}
