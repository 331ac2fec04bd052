using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Passes;

/// <summary>Accepts candidates best first, one to one, at or above the threshold.</summary>
/// <remarks>Greedy assignment by score: a clause takes its best counterpart unless a better pair took it first. Ties go to
/// the pair nearer the start of both documents, whichever agreement is on the left.</remarks>
internal sealed class OneToOnePass : ILevelPass
{
    public AlignmentPasses Switch => AlignmentPasses.None;

    public void Run(AlignmentContext context, LevelState level)
    {
        level.RankByScore();
        context.Observer?.Scored(level);
        var ranked = level.Candidates.ToList();
        ranked.Sort(LevelState.Compare);
        foreach (var candidate in ranked)
        {
            if (candidate.Score >= context.Options.Threshold && !candidate.Left.IsMatched && !candidate.Right.IsMatched)
            {
                context.Accept(candidate.Left, candidate.Right, candidate.Score, MatchBasis.Content, candidate.Model!.Explain(candidate.Features));
            }
        }
    }
}
