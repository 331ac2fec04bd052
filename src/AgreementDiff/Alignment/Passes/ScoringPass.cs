using AgreementDiff.Alignment.Features;
using AgreementDiff.Alignment.Model;
using AgreementDiff.Alignment.Scoring;

namespace AgreementDiff.Alignment.Passes;

/// <summary>Gives each candidate its features and scores it with a fitted model: first the content (<see cref="Content"/>), then content and order (<see cref="Ordered"/>).</summary>
internal sealed class ScoringPass(AlignmentPasses @switch, Action<AlignmentContext, LevelState> features, Func<ScoringModels, LogisticModel> model) : ILevelPass
{
    /// <summary>Gets the first stage: each candidate's content features, scored by the fitted content model.</summary>
    public static ScoringPass Content { get; } = new(AlignmentPasses.None, (context, level) => PairFeatures.ComputeContent(level, context.Parameters.MinPassageTerms), models => models.Content);

    /// <summary>Gets the second stage: the order chain of each context, built on the content scores, and each candidate rescored with its order features by the fitted ordered model.</summary>
    public static ScoringPass Ordered { get; } = new(AlignmentPasses.Order, (context, level) => OrderChain.Compute(level, context.Parameters.ChainFloor), models => models.Ordered);

    public AlignmentPasses Switch => @switch;

    public void Run(AlignmentContext context, LevelState level)
    {
        features(context, level);
        var scorer = model(context.Models);
        foreach (var candidate in level.Candidates)
        {
            candidate.Score = scorer.Score(candidate.Features);
            candidate.Model = scorer;
        }
    }
}
