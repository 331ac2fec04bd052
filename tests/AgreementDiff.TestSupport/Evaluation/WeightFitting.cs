using AgreementDiff.Alignment;
using AgreementDiff.Alignment.Features;
using AgreementDiff.Alignment.Model;
using AgreementDiff.Alignment.Passes;
using AgreementDiff.Alignment.Scoring;

namespace AgreementDiff.Tests.Support.Evaluation;

/// <summary>Fits the aligner's models from labelled pairs: runs the pipeline, labels every pair it scores from the gold links, and fits each model by regularised logistic regression.</summary>
/// <remarks>
/// Features such as "parents matched" and the order chain depend on what the models decided before, so the fit is
/// iterated from fixed bootstrap weights: run with the current models, collect, refit, three times. Deterministic: the
/// same labels give the same weights. A candidate is a positive example when the labels give its link as sure, a negative
/// one when both its clauses are labelled units and the labels do not give the link at all; a link marked possible, and a
/// pair with an unlabelled clause, teach nothing.
/// </remarks>
internal static class WeightFitting
{
    /// <summary>The number of collect-and-refit rounds.</summary>
    public const int Rounds = 3;

    /// <summary>The L2 penalty on the weights.</summary>
    public const double Penalty = 1.0;

    /// <summary>The weights the first round runs with, set by hand only to start the fit (the fit does not depend on them much: three rounds end in the same place from any sensible start).</summary>
    private static ScoringModels Bootstrap()
    {
        Dictionary<string, double> pair = new() { ["cosine"] = 5, ["containment"] = 5, ["heading"] = 2, ["sameFormula"] = 2, ["formulaAndTopic"] = -2, ["context"] = 1, ["mutualBest"] = 1, ["margin"] = 2, ["onChain"] = 1, ["inGap"] = 0.5, ["neighbours"] = 1 };
        Dictionary<string, double> join = new() { ["score"] = 3, ["restMin"] = 3, ["restMax"] = 1, ["restShareMin"] = 1, ["passage"] = 2, ["context"] = 1, ["best"] = 1, ["bothMatched"] = -1 };
        Dictionary<string, double> group = new() { ["heading"] = 3, ["sectionShare"] = 4, ["sectionCover"] = 2, ["cosine"] = 2, ["sameLabel"] = 1 };
        var content = PairFeatures.Names.Take(PairFeatures.ContentCount).ToList();
        return new ScoringModels(
            Model("content", content, pair, -3.5),
            Model("ordered", PairFeatures.Names, pair, -4),
            Model("join", JoinPass.FeatureNames, join, -5),
            Model("group", GroupPass.FeatureNames, group, -3),
            []);

        static LogisticModel Model(string name, IReadOnlyList<string> features, Dictionary<string, double> weights, double intercept) =>
            new(name, features, [.. features.Select(f => weights.GetValueOrDefault(f))], intercept);
    }

    /// <summary>Fits all four models on the given pairs, from the bootstrap weights.</summary>
    public static ScoringModels Fit(IReadOnlyList<LabelledPair> pairs, ComparisonOptions? options = null)
    {
        var models = Bootstrap();
        for (var round = 0; round < Rounds; round++)
        {
            models = FitOnce(Collect(pairs, models, options), pairs);
        }

        return models;
    }

    /// <summary>Scores each pair with models fitted on all the other pairs (leave one pair out): the figure that predicts unseen documents.</summary>
    public static IReadOnlyList<(LabelledPair Pair, string Level, Tally Tally)> LeaveOnePairOut(IReadOnlyList<LabelledPair> pairs, ComparisonOptions? options = null)
    {
        var results = new List<(LabelledPair, string, Tally)>();
        foreach (var held in pairs)
        {
            var models = Fit([.. pairs.Where(p => p != held)], options);
            results.AddRange(AlignmentEvaluation.Run([held], (l, r) => AlignmentPipeline.Default.Run(l, r, null, null, options ?? ComparisonOptions.Default, models)));
        }

        return results;
    }

    /// <summary>Runs the pipeline over the pairs with <paramref name="models"/> and returns every example it scored, by pair.</summary>
    internal static Dictionary<LabelledPair, Examples> Collect(IEnumerable<LabelledPair> pairs, ScoringModels models, ComparisonOptions? options = null)
    {
        var collected = new Dictionary<LabelledPair, Examples>();
        foreach (var pair in pairs)
        {
            var observer = new Collector(pair);
            var (left, right) = pair.Documents;
            AlignmentPipeline.Default.Run(left, right, null, null, options ?? ComparisonOptions.Default, models, observer);
            collected[pair] = observer.Examples;
        }

        return collected;
    }

    /// <summary>Fits each model on the examples of the given pairs.</summary>
    internal static ScoringModels FitOnce(Dictionary<LabelledPair, Examples> examples, IEnumerable<LabelledPair> pairs)
    {
        var chosen = pairs.Select(p => examples[p]).ToList();
        var content = PairFeatures.Names.Take(PairFeatures.ContentCount).ToList();
        return new ScoringModels(
            LogisticFit.Fit("content", content, [.. chosen.SelectMany(e => e.Pairs)], Penalty),
            LogisticFit.Fit("ordered", PairFeatures.Names, [.. chosen.SelectMany(e => e.Pairs)], Penalty),
            LogisticFit.Fit("join", JoinPass.FeatureNames, [.. chosen.SelectMany(e => e.Joins)], Penalty),
            LogisticFit.Fit("group", GroupPass.FeatureNames, [.. chosen.SelectMany(e => e.Groups)], Penalty),
            [.. pairs.Select(p => p.ToString())]);
    }

    /// <summary>The examples one labelled pair gave.</summary>
    internal sealed class Examples
    {
        public List<(double[] X, bool Y, double Weight)> Pairs { get; } = [];

        public List<(double[] X, bool Y, double Weight)> Joins { get; } = [];

        public List<(double[] X, bool Y, double Weight)> Groups { get; } = [];
    }

    /// <summary>Labels what the pipeline scores from the pair's gold links.</summary>
    private sealed class Collector : IAlignmentObserver
    {
        private readonly HashSet<(string, string)> _sure;
        private readonly HashSet<(string, string)> _possible;
        private readonly HashSet<string> _leftUnits;
        private readonly HashSet<string> _rightUnits;

        public Collector(LabelledPair pair)
        {
            var links = pair.Resolved.SelectMany(l => l.Links).ToList();
            _sure = [.. links.Where(l => !l.Possible).Select(l => (l.Left, l.Right))];
            _possible = [.. links.Where(l => l.Possible).Select(l => (l.Left, l.Right))];
            _leftUnits = [.. links.Select(l => l.Left).Concat(pair.Resolved.SelectMany(l => l.LeftOnly))];
            _rightUnits = [.. links.Select(l => l.Right).Concat(pair.Resolved.SelectMany(l => l.RightOnly))];
        }

        public Examples Examples { get; } = new();

        public void Scored(LevelState level)
        {
            foreach (var candidate in level.Candidates)
            {
                if (Label(candidate.Left, candidate.Right) is { } y)
                {
                    Examples.Pairs.Add(((double[])candidate.Features.Clone(), y, 1));
                }
            }
        }

        public void JoinConsidered(AlignmentNode left, AlignmentNode right, double[] features)
        {
            if (Label(left, right) is { } y)
            {
                Examples.Joins.Add((features, y, 1));
            }
        }

        public void GroupConsidered(AlignmentNode left, AlignmentNode right, double[] features)
        {
            if (Label(left, right) is { } y)
            {
                Examples.Groups.Add((features, y, 1));
            }
        }

        private bool? Label(AlignmentNode left, AlignmentNode right)
        {
            var key = (left.Clause.Path, right.Clause.Path);
            return _sure.Contains(key) ? true
                : _possible.Contains(key) || !_leftUnits.Contains(key.Item1) || !_rightUnits.Contains(key.Item2) ? null
                : false;
        }
    }
}
