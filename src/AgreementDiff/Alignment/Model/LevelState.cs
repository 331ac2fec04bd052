using AgreementDiff.Alignment.Features;

namespace AgreementDiff.Alignment.Model;

/// <summary>A candidate pair of one level: the two clauses, how alike they are, their features and their current score.</summary>
internal sealed class Candidate(AlignmentNode left, AlignmentNode right)
{
    public AlignmentNode Left { get; } = left;

    public AlignmentNode Right { get; } = right;

    /// <summary>Gets or sets how alike the two clauses with their descendants are.</summary>
    public Similarity Similarity { get; set; }

    /// <summary>Gets or sets how alike their most alike passages are.</summary>
    public double Passage { get; set; }

    /// <summary>Gets or sets the total idf their most alike passages share.</summary>
    public double PassageMass { get; set; }

    /// <summary>Gets the feature vector (see <see cref="PairFeatures"/>); the order features stay 0 until the chain is built.</summary>
    public double[] Features { get; } = new double[PairFeatures.Count];

    /// <summary>Gets or sets the score: the content scorer's, then the ordered scorer's once the order features are known.</summary>
    public double Score { get; set; }

    /// <summary>Gets or sets the model that gave <see cref="Score"/>, to explain it.</summary>
    public Scoring.LogisticModel? Model { get; set; }

    public override string ToString() => $"{Left.Clause.Path} ↔ {Right.Clause.Path} {Score:0.000}";
}

/// <summary>What the passes of one level share: its units on each side, the term weights over them and the candidate pairs.</summary>
internal sealed class LevelState
{
    private readonly Dictionary<int, Passages> _passages = [];

    public LevelState(int level, List<AlignmentNode>[] units, TermWeights terms, TermWeights headings)
    {
        (Level, Units, Terms, Headings) = (level, units, terms, headings);
    }

    /// <summary>Gets the level: 1 for sections, 2 for their items, and so on.</summary>
    public int Level { get; }

    /// <summary>Gets the units of the level on each side, in document order.</summary>
    public List<AlignmentNode>[] Units { get; }

    /// <summary>Gets the term weights over the level's units of both sides (their subtrees).</summary>
    public TermWeights Terms { get; }

    /// <summary>Gets the term weights over the level's headings.</summary>
    public TermWeights Headings { get; }

    /// <summary>Gets the candidate pairs, in a deterministic order (left's order, then right's).</summary>
    public List<Candidate> Candidates { get; } = [];

    /// <summary>The level's passages of at least <paramref name="minTerms"/> distinctive terms, indexed once.</summary>
    public Passages PassagesOf(int minTerms)
    {
        if (!_passages.TryGetValue(minTerms, out var passages))
        {
            _passages[minTerms] = passages = new Passages(Terms, minTerms);
        }

        return passages;
    }

    /// <summary>Gets the candidates of each unit, best first once scored.</summary>
    public Dictionary<AlignmentNode, List<Candidate>> ByNode { get; } = [];

    /// <summary>Sets the candidates, indexing them by unit.</summary>
    public void SetCandidates(IEnumerable<(AlignmentNode Left, AlignmentNode Right)> pairs)
    {
        Candidates.Clear();
        ByNode.Clear();
        var seen = new HashSet<(int, int)>();
        var unique = new List<(AlignmentNode Left, AlignmentNode Right)>();
        foreach (var pair in pairs)
        {
            if (seen.Add((pair.Left.Order, pair.Right.Order)))
            {
                unique.Add(pair);
            }
        }

        unique.Sort((a, b) => a.Left.Order != b.Left.Order ? a.Left.Order.CompareTo(b.Left.Order) : a.Right.Order.CompareTo(b.Right.Order));
        foreach (var (left, right) in unique)
        {
            var candidate = new Candidate(left, right);
            Candidates.Add(candidate);
            Of(left).Add(candidate);
            Of(right).Add(candidate);
        }
    }

    /// <summary>Sorts each unit's candidates best first (ties: the pair nearer the start of both documents).</summary>
    public void RankByScore()
    {
        foreach (var list in ByNode.Values)
        {
            list.Sort(Compare);
        }
    }

    /// <summary>Orders candidates best first, deterministically and the same whichever agreement is on the left.</summary>
    public static int Compare(Candidate a, Candidate b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var bySum = (a.Left.Order + a.Right.Order).CompareTo(b.Left.Order + b.Right.Order);
        return bySum != 0 ? bySum : Math.Abs(a.Left.Order - a.Right.Order).CompareTo(Math.Abs(b.Left.Order - b.Right.Order));
    }

    private List<Candidate> Of(AlignmentNode node)
    {
        if (!ByNode.TryGetValue(node, out var list))
        {
            ByNode[node] = list = [];
        }

        return list;
    }
}
