using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Passes;

/// <summary>A genre pass for summaries (press releases): items matched to sections of running text that restate them.</summary>
/// <remarks>
/// <para>An item under a section matched to a section of running text (no items) is matched to that text when the text
/// holds most of the item's vocabulary, or restates one of its phrases: a summary reports some of an item's commitments
/// and leaves out the rest.</para>
/// <para>An item may also be restated under another topic of running text (moved, or half of it merged there): it is
/// linked to the one other section of running text whose passage restates one of its own most closely, when both
/// passages are long (twice <see cref="AlignmentParameters.MinPassageTerms"/> distinctive terms: a commitment, not a
/// slogan such as 實現優勢互補) and alike beyond <see cref="AlignmentParameters.RunningTextPassage"/>.</para>
/// <para>The links cross levels: an item to a section.</para>
/// </remarks>
internal sealed class RunningTextPass : ILevelPass
{
    public AlignmentPasses Switch => AlignmentPasses.RunningText;

    public void Run(AlignmentContext context, LevelState level)
    {
        if (level.Level < 2)
        {
            return;
        }

        var parameters = context.Parameters;
        var (passages, longPassages) = (level.PassagesOf(parameters.MinPassageTerms), level.PassagesOf(2 * parameters.MinPassageTerms));
        for (var side = 0; side < 2; side++)
        {
            var texts = context.Nodes[1 - side].Where(n => n.Role == ClauseRole.Section && n.Children.Count == 0 && !n.IsFormula && n.Clause.Kind != ClauseKind.Annex).ToList();
            foreach (var unit in level.Units[side].Where(u => !context.IsPinned(u)))
            {
                var sources = unit.Parent?.Partners.Where(p => p.Children.Count == 0 && !p.IsFormula).ToList() ?? [];
                if (sources.Count == 0)
                {
                    continue;
                }

                if (!unit.IsMatched)
                {
                    foreach (var source in sources)
                    {
                        var similarity = level.Terms.Compare(unit.Subtree, source.Subtree);
                        var passage = passages.Best(unit, source).Similarity;
                        if (similarity.LeftHeld >= parameters.RunningTextCoverage || passage >= parameters.RunningTextPassage)
                        {
                            Link(context, unit, source, Math.Max(similarity.Base, passage));
                            break;
                        }
                    }
                }

                // Restated under another topic: the one other text whose long passage is most like one of the item's.
                // Restated under another topic: the one other text whose long passage is most like one of the item's, unless
                // the item's partners already restate that passage as closely.
                var elsewhere = texts.Where(t => !sources.Contains(t) && !unit.Partners.Contains(t))
                    .Select(t => (Text: t, Best: longPassages.BestOf(unit, t)))
                    .Where(t => t.Best.Similarity >= parameters.RunningTextPassage)
                    .OrderByDescending(t => t.Best.Similarity).ThenBy(t => t.Text.Order)
                    .FirstOrDefault();
                if (elsewhere.Text is not null && !longPassages.Explained(unit, elsewhere.Best.Passage!, elsewhere.Best.Similarity))
                {
                    Link(context, unit, elsewhere.Text, elsewhere.Best.Similarity);
                }
            }
        }
    }

    private static void Link(AlignmentContext context, AlignmentNode unit, AlignmentNode text, double score)
    {
        var (left, right) = unit.Side == 0 ? (unit, text) : (text, unit);
        context.Accept(left, right, score, MatchBasis.RunningText, []);
    }
}
