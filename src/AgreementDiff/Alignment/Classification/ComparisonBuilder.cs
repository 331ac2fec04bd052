using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Classification;

/// <summary>Turns the pipeline's links into the public result: change kinds, diffs, added and removed clauses, the summary.</summary>
internal sealed class ComparisonBuilder(AlignmentContext context)
{
    private readonly Dictionary<int, Features.TermWeights> _weights = [];

    public AgreementComparison Build()
    {
        var kinds = ChangeClassifier.Classify(context.Links);
        var matches = context.Links
            .Select((link, i) => (Link: link, Kind: kinds[i]))
            .OrderBy(x => x.Link.Left.Order).ThenBy(x => x.Link.Right.Order)
            .Select(x => ToMatch(x.Link, x.Kind))
            .ToList();
        var added = context.Nodes[1].Where(n => !n.IsMatched).ToList();
        var removed = context.Nodes[0].Where(n => !n.IsMatched).ToList();
        var order = context.Nodes.Select(side => side.ToDictionary<Model.AlignmentNode, Clause, int>(n => n.Clause, n => n.Order, ReferenceEqualityComparer.Instance)).ToArray();
        var summary = new SummaryBuilder(context).Build(matches, added, removed) with
        {
            Renumbered = RenumberedRuns.Find(matches, c => order[0][c], c => order[1][c]),
        };
        if (context.CrossLingual)
        {
            // Names and numbers are compared as written: across languages every one would differ.
            summary = summary with { InitiativesAdded = [], InitiativesDropped = [], NumbersChanged = [] };
        }
        return new AgreementComparison(context.Left, context.Right, context.LeftScope, context.RightScope, matches, [.. added.Select(n => n.Clause)], [.. removed.Select(n => n.Clause)], summary, context.Options.Threshold);
    }

    private ClauseMatch ToMatch(Link link, ChangeKind kind)
    {
        var (l, r) = (link.Left, link.Right);
        var role = l.Level == r.Level ? l.Role : l.Level > r.Level ? l.Role : r.Role;
        var terms = WeightsAt(Math.Max(l.Level, r.Level));
        var similarity = terms.Compare(l.Subtree, r.Subtree);
        var shared = terms.Shared(l.Subtree, r.Subtree, 8, context.Parameters.ExplanationTermFloor).Select(id => context.CrossLingual ? context.Vocabulary.WrittenPair(id) : context.Vocabulary.Written(id)).ToList();
        var explanation = new MatchExplanation(shared, Round(similarity.Cosine), Round(similarity.Containment), l.SameContextAs(r), link.Basis) { Evidence = link.Evidence };
        var diff = context.CrossLingual ? SideBySide(l, r) : Diff.TextDiffer.Diff(l.Chunks, r.Chunks);
        return new ClauseMatch(l.Clause, r.Clause, role, Round(link.Score), kind, explanation, diff) { CrossLingual = context.CrossLingual };
    }

    /// <summary>Two texts in two languages: a word diff would be all deletions and insertions, so the edit is the whole of each, to be shown side by side.</summary>
    private static Diff.TextDiff SideBySide(AlignmentNode left, AlignmentNode right)
    {
        var (a, b) = (AlignmentNode.TextOf(left.Clause), AlignmentNode.TextOf(right.Clause));
        return new Diff.TextDiff([new Diff.TextEdit(Diff.EditKind.Delete, a, string.Empty, 0, 0), new Diff.TextEdit(Diff.EditKind.Insert, string.Empty, b, a.Length, 0)]);
    }

    /// <summary>The term weights over a level's units, as the passes weighed them, for the explanation.</summary>
    private Features.TermWeights WeightsAt(int level)
    {
        if (!_weights.TryGetValue(level, out var weights))
        {
            _weights[level] = weights = context.OpenLevel(level).Terms;
        }

        return weights;
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
