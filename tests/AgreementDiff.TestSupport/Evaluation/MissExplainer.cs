using System.Globalization;
using AgreementDiff.Alignment;
using AgreementDiff.Alignment.Features;
using AgreementDiff.Alignment.Model;
using AgreementDiff.Alignment.Passes;
using AgreementDiff.Alignment.Scoring;

namespace AgreementDiff.Tests.Support.Evaluation;

/// <summary>For development: each labelled link the aligner missed and each link it made that the labels do not give, with the candidate's features and scores.</summary>
internal static class MissExplainer
{
    public static IEnumerable<string> Explain(LabelledPair pair, ScoringModels models, ComparisonOptions options)
    {
        var observer = new Snapshot();
        var (left, right) = pair.Documents;
        var comparison = AlignmentPipeline.Default.Run(left, right, null, null, options, models, observer);
        var found = comparison.Matches.ToDictionary(m => (m.Left.Path, m.Right.Path), m => m);
        var links = pair.Resolved.SelectMany(l => l.Links).ToList();
        var labelled = links.Select(l => (l.Left, l.Right)).ToHashSet();
        var units = (links.Select(l => l.Left).Concat(pair.Resolved.SelectMany(l => l.LeftOnly)).ToHashSet(), links.Select(l => l.Right).Concat(pair.Resolved.SelectMany(l => l.RightOnly)).ToHashSet());
        foreach (var link in links.Where(l => !l.Possible && !found.ContainsKey((l.Left, l.Right))))
        {
            yield return $"missed {link.Left} ↔ {link.Right}: {Describe(observer, models, link.Left, link.Right)}";
        }

        foreach (var match in comparison.Matches.Where(m => units.Item1.Contains(m.Left.Path) && units.Item2.Contains(m.Right.Path) && !labelled.Contains((m.Left.Path, m.Right.Path))))
        {
            yield return $"wrong  {match.Left.Path} ↔ {match.Right.Path} ({match.Explanation.Basis} {match.Score.ToString("0.000", CultureInfo.InvariantCulture)}): {Describe(observer, models, match.Left.Path, match.Right.Path)}";
        }
    }

    private static string Describe(Snapshot observer, ScoringModels models, string left, string right)
    {
        if (!observer.Candidates.TryGetValue((left, right), out var candidate))
        {
            return "no candidate";
        }

        var features = string.Join(' ', PairFeatures.Names.Select((n, i) => string.Create(CultureInfo.InvariantCulture, $"{n}={candidate.Features[i]:0.##}")));
        var best = observer.Best.GetValueOrDefault(left);
        var bestRight = observer.Best.GetValueOrDefault(right);
        var join = observer.Joins.TryGetValue((left, right), out var j)
            ? "; join " + string.Join(' ', JoinPass.FeatureNames.Select((n, i) => string.Create(CultureInfo.InvariantCulture, $"{n}={j[i]:0.##}"))) + string.Create(CultureInfo.InvariantCulture, $" → {models.Join.Score(j):0.000}")
            : "; no join considered";
        return string.Create(CultureInfo.InvariantCulture, $"score {candidate.Score:0.000}; {features}; left's best {best}; right's best {bestRight}{join}");
    }

    private sealed class Snapshot : IAlignmentObserver
    {
        public Dictionary<(string, string), Candidate> Candidates { get; } = [];

        public Dictionary<string, string> Best { get; } = [];

        public void Scored(LevelState level)
        {
            foreach (var candidate in level.Candidates)
            {
                Candidates[(candidate.Left.Clause.Path, candidate.Right.Clause.Path)] = candidate;
            }

            foreach (var (node, list) in level.ByNode)
            {
                Best[node.Clause.Path] = list.Count == 0 ? "-" : list[0].ToString();
            }
        }

        public Dictionary<(string, string), double[]> Joins { get; } = [];

        public void JoinConsidered(AlignmentNode left, AlignmentNode right, double[] features) => Joins.TryAdd((left.Clause.Path, right.Clause.Path), features);

        public void GroupConsidered(AlignmentNode left, AlignmentNode right, double[] features)
        {
        }
    }
}
