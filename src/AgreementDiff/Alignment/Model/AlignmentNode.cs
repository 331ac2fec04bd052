using AgreementDiff.Diff;

namespace AgreementDiff.Alignment.Model;

/// <summary>A clause as the aligner sees it: its place in the tree, its role and level, its analysed terms and its partners.</summary>
internal sealed class AlignmentNode(Clause clause, int side, int order, AlignmentNode? parent)
{
    private List<TermBag>? _subtreePassages;
    private string? _subtreeKey;

    public Clause Clause { get; } = clause;

    /// <summary>Gets 0 for the left agreement, 1 for the right.</summary>
    public int Side { get; } = side;

    /// <summary>Gets the clause's position in document order within its side.</summary>
    public int Order { get; } = order;

    public AlignmentNode? Parent { get; } = parent;

    public List<AlignmentNode> Children { get; } = [];

    /// <summary>Gets or sets the height of the subtree: 0 for a leaf.</summary>
    public int Height { get; set; }

    public ClauseRole Role { get; set; }

    /// <summary>Gets or sets the alignment level: 0 for groups, 1 for sections, 2 for their items, and so on.</summary>
    public int Level { get; set; }

    /// <summary>Gets or sets the clause's position among the units of its level on its side, from 0 (first) to 1 (last).</summary>
    public double Position { get; set; }

    /// <summary>Gets or sets the terms of the clause's own text.</summary>
    public TermBag Own { get; set; } = TermBag.Empty;

    /// <summary>Gets or sets the terms of the clause's heading (empty when it has none).</summary>
    public TermBag Heading { get; set; } = TermBag.Empty;

    /// <summary>Gets or sets the terms of the clause and all its descendants.</summary>
    public TermBag Subtree { get; set; } = TermBag.Empty;

    /// <summary>Gets the terms of each passage (sentence or comma-separated phrase) of the clause's own text, in text order.</summary>
    public List<TermBag> Passages { get; } = [];

    /// <summary>Gets the passages of the clause and all its descendants, in document order.</summary>
    public IReadOnlyList<TermBag> SubtreePassages => _subtreePassages ??= Children.Count == 0 ? Passages : [.. Passages, .. Children.SelectMany(c => c.SubtreePassages)];

    /// <summary>Gets or sets the clause's own text cut for diffing.</summary>
    public DiffChunks Chunks { get; set; } = null!;

    /// <summary>Gets the clauses this one is matched to.</summary>
    public List<AlignmentNode> Partners { get; } = [];

    public bool IsMatched => Partners.Count > 0;

    /// <summary>Gets the folded keys of the clause and its descendants: equal exactly when the subtrees are equal after folding.</summary>
    public string SubtreeKey => _subtreeKey ??= string.Join('\u0001', SelfAndDescendants().Select(n => string.Join('\u0002', n.Chunks.Keys)));

    /// <summary>Gets whether the clause is one of an agreement's formulas (preamble, parties, closing, signatures) rather than a topic.</summary>
    public bool IsFormula => Clause.Kind is ClauseKind.Preamble or ClauseKind.Parties or ClauseKind.Closing or ClauseKind.Signatures;

    /// <summary>The text a clause is compared by: its content, or its label when it has none (an unnumbered heading's label is its text).</summary>
    public static string TextOf(Clause clause) => clause.Content.Length > 0 ? clause.Content : clause.Label;

    public string SubtreeText() => string.Join('\n', Clause.Descendants().Prepend(Clause).Select(TextOf));

    /// <summary>The node and its descendants in document order (depth first, an explicit stack rather than nested iterators).</summary>
    public IEnumerable<AlignmentNode> SelfAndDescendants()
    {
        var stack = new Stack<AlignmentNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }

    /// <summary>Whether the node's parent is matched to <paramref name="other"/>'s parent, or both are top-level units of their level.</summary>
    public bool SameContextAs(AlignmentNode other) =>
        Parent is null || Parent.Role == ClauseRole.Group
            ? other.Parent is null || other.Parent.Role == ClauseRole.Group
            : other.Parent is not null && Parent.Partners.Contains(other.Parent);

    public override string ToString() => $"{(Side == 0 ? "L" : "R")}:{Clause.Path}";
}

/// <summary>An accepted match; its change kind is worked out at the end, from the partners both clauses then have.</summary>
/// <param name="Left">The left clause.</param>
/// <param name="Right">The right clause.</param>
/// <param name="Score">The match's score, in [0, 1].</param>
/// <param name="Basis">What the match rests on.</param>
/// <param name="Evidence">The scorer's reasons, feature by feature (empty for a pin).</param>
internal sealed record Link(AlignmentNode Left, AlignmentNode Right, double Score, MatchBasis Basis, IReadOnlyList<ScoreContribution> Evidence);
