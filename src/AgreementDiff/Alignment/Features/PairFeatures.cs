using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Features;

/// <summary>The feature vector of a candidate pair: what the fitted scorer weighs, one named number each.</summary>
/// <remarks>
/// Every feature is symmetric (swapping the agreements gives the same value), so comparing B with A mirrors A with B.
/// The content features are known as soon as the candidates are; the order features (<see cref="OnChain"/> and after)
/// come from the monotone chain built on the content scores (see <see cref="OrderChain"/>).
/// </remarks>
internal static class PairFeatures
{
    /// <summary>The idf-weighted cosine of the two clauses with their descendants.</summary>
    public const int Cosine = 0;

    /// <summary>How much of the lighter clause's vocabulary (by idf) the heavier holds.</summary>
    public const int Containment = 1;

    /// <summary>How much of each clause's vocabulary the other holds, the smaller share: near 1 only for a restatement, low for a part of a larger clause.</summary>
    public const int Cover = 2;

    /// <summary>How alike the two clauses' most alike passages (sentences or phrases) are.</summary>
    public const int Passage = 3;

    /// <summary>How much the two most alike passages share, by total idf, squashed to [0, 1) (see <see cref="Squash"/>): a long sentence restated says more than a short one.</summary>
    public const int PassageMass = 4;

    /// <summary>How much the two clauses share, by total idf, squashed to [0, 1): the part of an article divided between two is large, a shared formula small.</summary>
    public const int SharedMass = 5;

    /// <summary>How much of one heading's vocabulary the other holds (0 when either has no heading).</summary>
    public const int Heading = 6;

    /// <summary>Both are the same formula: two preambles, two closings, two signature blocks.</summary>
    public const int SameFormula = 7;

    /// <summary>One is a formula and the other a topic.</summary>
    public const int FormulaAndTopic = 8;

    /// <summary>Their parents are matched to each other (or both are top-level units of their level).</summary>
    public const int Context = 9;

    /// <summary><see cref="Context"/> times the pair's similarity: inside two matched sections a rewording needs fewer shared words.</summary>
    public const int ContextSimilarity = 10;

    /// <summary>Each is the other's most alike candidate.</summary>
    public const int MutualBest = 11;

    /// <summary><see cref="MutualBest"/> inside two matched parents.</summary>
    public const int MutualBestInContext = 12;

    /// <summary>How far the pair's similarity stands above each clause's next most alike candidate, the smaller of the two, in [−1, 1].</summary>
    public const int Margin = 13;

    /// <summary>The two were printed with the same label (第十二条, (三)), times their similarity: a number kept says something only of clauses that also share words.</summary>
    public const int SameLabel = 14;

    /// <summary>How close their places in their documents are (1 − the difference of their relative positions at this level), times their similarity: two topics at the same place share nothing else by that.</summary>
    public const int Position = 15;

    /// <summary>The lighter clause's total idf over the heavier one's.</summary>
    public const int LengthRatio = 16;

    /// <summary>The pair is of items (level 2 or deeper), not of sections.</summary>
    public const int Item = 17;

    /// <summary>The pair lies on the monotone chain of its context: the heaviest run of candidates in the same order on both sides.</summary>
    public const int OnChain = 18;

    /// <summary>The pair falls in the gap the chain leaves between its neighbours: in order, though not on the chain.</summary>
    public const int InGap = 19;

    /// <summary>The share of the pair's two diagonal neighbours (the clauses just before both, just after both) that are on the chain, times the pair's similarity.</summary>
    public const int Neighbours = 20;

    /// <summary>Gets the number of content features (the first stage's vector).</summary>
    public const int ContentCount = OnChain;

    /// <summary>Gets the number of all features (the second stage's vector).</summary>
    public const int Count = Neighbours + 1;

    /// <summary>The idf mass at which <see cref="Squash"/> reaches 1 − 1/e: about a sentence of distinctive words.</summary>
    private const double MassScale = 30;

    /// <summary>Gets the features' names, as in the committed weights.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "cosine", "containment", "cover", "passage", "passageMass", "sharedMass", "heading", "sameFormula", "formulaAndTopic", "context", "contextSimilarity", "mutualBest", "mutualBestInContext", "margin", "sameLabel", "position", "lengthRatio", "item", "onChain", "inGap", "neighbours",
    ];

    /// <summary>Fills the content features of every candidate of the level.</summary>
    public static void ComputeContent(LevelState level, int minPassageTerms)
    {
        var passages = level.PassagesOf(minPassageTerms);
        foreach (var candidate in level.Candidates)
        {
            var (l, r) = (candidate.Left, candidate.Right);
            candidate.Similarity = level.Terms.Compare(l.Subtree, r.Subtree);
            (candidate.Passage, candidate.PassageMass) = candidate.Similarity.Cosine > 0 ? passages.Best(l, r) : (0, 0);
        }

        var best = new Dictionary<AlignmentNode, (double First, double Second, Candidate? Top)>();
        foreach (var candidate in level.Candidates)
        {
            Rank(best, candidate.Left, candidate);
            Rank(best, candidate.Right, candidate);
        }

        foreach (var candidate in level.Candidates)
        {
            var (l, r, s) = (candidate.Left, candidate.Right, candidate.Similarity);
            var x = candidate.Features;
            x[Cosine] = s.Cosine;
            x[Containment] = s.Containment;
            x[Cover] = s.Cover;
            x[Passage] = candidate.Passage;
            x[PassageMass] = Squash(candidate.PassageMass);
            x[SharedMass] = Squash(s.SharedMass);
            x[Heading] = l.Heading.Count > 0 && r.Heading.Count > 0 && level.Headings.Compare(l.Heading, r.Heading) is var h ? Math.Max(h.LeftHeld, h.RightHeld) : 0;
            x[SameFormula] = l.IsFormula && l.Clause.Kind == r.Clause.Kind ? 1 : 0;
            x[FormulaAndTopic] = l.IsFormula != r.IsFormula ? 1 : 0;
            x[Context] = l.SameContextAs(r) ? 1 : 0;
            x[ContextSimilarity] = x[Context] * s.Base;
            x[MutualBest] = best[l].Top == candidate && best[r].Top == candidate ? 1 : 0;
            x[MutualBestInContext] = x[MutualBest] * x[Context];
            x[Margin] = Math.Min(MarginOf(best[l], candidate), MarginOf(best[r], candidate));
            x[SameLabel] = l.Clause.Style != NumberingStyle.None && l.Clause.Label == r.Clause.Label ? s.Base : 0;
            x[Position] = (1 - Math.Abs(l.Position - r.Position)) * s.Base;
            x[LengthRatio] = s.LengthRatio;
            x[Item] = l.Level >= 2 ? 1 : 0;
        }
    }

    /// <summary>Maps an idf mass to [0, 1): 1 − e^(−mass / 30).</summary>
    public static double Squash(double mass) => 1 - Math.Exp(-mass / MassScale);

    private static void Rank(Dictionary<AlignmentNode, (double First, double Second, Candidate? Top)> best, AlignmentNode node, Candidate candidate)
    {
        var score = candidate.Similarity.Base;
        var (first, second, top) = best.GetValueOrDefault(node, (-1, -1, null));
        best[node] = score > first || (score == first && top is not null && Before(candidate, top))
            ? (score, first, candidate)
            : (first, Math.Max(second, score), top);
    }

    /// <summary>A deterministic tie-break that does not depend on which agreement is on the left: the pair nearer the start of both.</summary>
    private static bool Before(Candidate a, Candidate b) =>
        a.Left.Order + a.Right.Order < b.Left.Order + b.Right.Order;

    private static double MarginOf((double First, double Second, Candidate? Top) best, Candidate candidate)
    {
        var score = candidate.Similarity.Base;
        var other = best.Top == candidate ? Math.Max(0, best.Second) : best.First;
        return Math.Clamp(score - other, -1, 1);
    }
}
