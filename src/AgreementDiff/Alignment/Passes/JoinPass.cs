using AgreementDiff.Alignment.Features;
using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Passes;

/// <summary>Second links for clauses already matched: splits and merges, decided by the fitted join model.</summary>
/// <remarks>
/// A revision divides an article between several, joins several items into one, or moves a phrase of one clause into
/// another. After the one-to-one matches, every candidate with at least one end already matched is a possible second
/// link. What decides it is what the two share beyond their partners: how alike each clause is to the part of the other
/// that the other's partners do not restate, how large those parts are, the best shared passage, the pair's own score and
/// whether it is the best candidate left to its ends. A new clause that shares with a taken one only what its partner
/// shares too is new. Links are made best first; each is weighed again against the partners the links before it made.
/// </remarks>
internal sealed class JoinPass : ILevelPass
{
    /// <summary>The names of the join model's features, in order.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
        ["score", "cosine", "containment", "leftOverHeld", "restMin", "restMax", "restShareMin", "restShareMax", "restMass", "passage", "passageMass", "context", "best", "bothMatched", "formula", "bothFormulas", "item"];

    public AlignmentPasses Switch => AlignmentPasses.Joins;

    public void Run(AlignmentContext context, LevelState level)
    {
        var model = context.Models.Join;
        var rests = new Dictionary<AlignmentNode, (int Partners, TermBag Terms)>();
        TermBag Rest(AlignmentNode node)
        {
            if (!rests.TryGetValue(node, out var rest) || rest.Partners != node.Partners.Count)
            {
                rests[node] = rest = (node.Partners.Count, RestOf(node));
            }

            return rest.Terms;
        }

        var considered = new List<(Candidate Candidate, double Score, double[] Features, bool BothMatched)>();
        foreach (var candidate in level.Candidates)
        {
            if (IsOpen(context, candidate))
            {
                var features = Features(candidate, level, Rest);
                context.Observer?.JoinConsidered(candidate.Left, candidate.Right, features);
                var score = model.Score(features);
                if (score >= context.Parameters.JoinThreshold)
                {
                    considered.Add((candidate, score, features, candidate.Left.IsMatched && candidate.Right.IsMatched));
                }
            }
        }

        considered.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : LevelState.Compare(a.Candidate, b.Candidate));
        foreach (var (candidate, first, features, bothMatched) in considered)
        {
            // A clause left over that a join before this one matched is weighed again: it may restate what this one would add.
            // The pieces of one divided article each join it; what the earlier pieces took does not make the next one new.
            var (score, reasons) = bothMatched || !(candidate.Left.IsMatched && candidate.Right.IsMatched)
                ? (first, features)
                : Features(candidate, level, Rest) is var again ? (model.Score(again), again) : default;
            if (score >= context.Parameters.JoinThreshold && IsOpen(context, candidate))
            {
                context.Accept(candidate.Left, candidate.Right, score, MatchBasis.Passage, model.Explain(reasons));
            }
        }
    }

    /// <summary>Whether the candidate may become a second link: one end matched and the other not, or two matched articles; not yet linked, no pin, no list of names.</summary>
    /// <remarks>
    /// Two matched topics that share a moved sentence are two topics, not a split: the labelled agreements link none of
    /// 1,207 such pairs of sections, and 4 of 2,769 such pairs of items (a moved item is found at its own level and reported
    /// as moved). A law divides a provision between articles that each have a counterpart of their own: the labelled laws
    /// link 18 of 3,606 such pairs of articles. A parties or signature block is a list of names, which any formula or topic
    /// naming the two governments repeats: what it shares is no restated provision (its own counterpart is found by place).
    /// </remarks>
    private static bool IsOpen(AlignmentContext context, Candidate candidate)
    {
        var (a, b) = (candidate.Left, candidate.Right);
        return (a.IsMatched != b.IsMatched || (a.IsMatched && IsArticle(a) && IsArticle(b)))
            && !a.Partners.Contains(b) && !context.IsPinned(a) && !context.IsPinned(b) && !IsNameList(a) && !IsNameList(b);
    }

    private static bool IsArticle(AlignmentNode node) => node.Clause.Style == NumberingStyle.Article;

    private static bool IsNameList(AlignmentNode node) => node.Clause.Kind is ClauseKind.Parties or ClauseKind.Signatures;

    private static double[] Features(Candidate candidate, LevelState level, Func<AlignmentNode, TermBag> rest)
    {
        var (a, b) = (candidate.Left, candidate.Right);
        var terms = level.Terms;
        var (restA, restB) = (rest(a), rest(b));
        var (towardB, towardA) = (RestSimilarity(a.Subtree, restB, terms), RestSimilarity(b.Subtree, restA, terms));
        var (shareA, shareB) = (Share(restA, a.Subtree, terms), Share(restB, b.Subtree, terms));
        var restMass = Math.Min(SharedMass(a.Subtree, restB, terms), SharedMass(b.Subtree, restA, terms));
        var best = (IsBestLeft(a, candidate, level) ? 0.5 : 0) + (IsBestLeft(b, candidate, level) ? 0.5 : 0);
        var leftOver = a.IsMatched ? (b.IsMatched ? null : b) : a;
        var held = leftOver is null ? 0 : leftOver == a ? candidate.Similarity.LeftHeld : candidate.Similarity.RightHeld;
        return
        [
            candidate.Score,
            candidate.Similarity.Cosine,
            candidate.Similarity.Containment,
            held,
            Math.Min(towardA, towardB),
            Math.Max(towardA, towardB),
            Math.Min(shareA, shareB),
            Math.Max(shareA, shareB),
            PairFeatures.Squash(restMass),
            candidate.Passage,
            candidate.Features[PairFeatures.PassageMass],
            candidate.Features[PairFeatures.Context],
            best,
            a.IsMatched && b.IsMatched ? 1 : 0,
            a.IsFormula || b.IsFormula ? 1 : 0,
            a.IsFormula && b.IsFormula ? 1 : 0,
            candidate.Features[PairFeatures.Item],
        ];
    }

    /// <summary>What a clause says beyond its partners: its terms none of them holds (all of it when it has none).</summary>
    private static TermBag RestOf(AlignmentNode node) =>
        node.Partners.Count == 0 ? node.Subtree : node.Subtree.Except(TermBag.Sum([.. node.Partners.Select(p => p.Subtree)]));

    private static double RestSimilarity(TermBag whole, TermBag rest, TermWeights terms) => rest.Count == 0 ? 0 : terms.Compare(whole, rest).Base;

    private static double SharedMass(TermBag whole, TermBag rest, TermWeights terms) => rest.Count == 0 ? 0 : terms.Compare(whole, rest).SharedMass;

    private static double Share(TermBag rest, TermBag whole, TermWeights terms)
    {
        var mass = terms.Stats(whole).Mass;
        return mass == 0 ? 0 : terms.Stats(rest).Mass / mass;
    }

    /// <summary>Whether the candidate is the best of the node's candidates not yet linked to it.</summary>
    private static bool IsBestLeft(AlignmentNode node, Candidate candidate, LevelState level) =>
        level.ByNode.TryGetValue(node, out var list) && list.FirstOrDefault(c => !c.Left.Partners.Contains(c.Right)) == candidate;
}
