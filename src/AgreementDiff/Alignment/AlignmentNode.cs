using AgreementDiff.Diff;

namespace AgreementDiff.Alignment;

/// <summary>A clause as the aligner sees it: its place in the tree, its role and its analysed terms.</summary>
internal sealed class AlignmentNode
{
    public AlignmentNode(Clause clause, int side, int order, AlignmentNode? parent)
    {
        Clause = clause;
        Side = side;
        Order = order;
        Parent = parent;
    }

    private string? _subtreeKey;
    private List<Passage>? _subtreePassages;

    public Clause Clause { get; }

    /// <summary>Gets 0 for the left agreement, 1 for the right.</summary>
    public int Side { get; }

    /// <summary>Gets the clause's position in document order within its side.</summary>
    public int Order { get; }

    public AlignmentNode? Parent { get; }

    public List<AlignmentNode> Children { get; } = [];

    /// <summary>Gets or sets the height of the subtree: 0 for a leaf.</summary>
    public int Height { get; set; }

    public ClauseRole Role { get; set; }

    /// <summary>Gets or sets the alignment level: 0 for groups, 1 for sections, 2 for their items, and so on.</summary>
    public int Level { get; set; }

    /// <summary>Gets or sets the term frequencies of the clause's own text.</summary>
    public Dictionary<string, int> Own { get; set; } = [];

    /// <summary>Gets or sets the term frequencies of the clause's heading (empty when it has none).</summary>
    public Dictionary<string, int> HeadingTerms { get; set; } = [];

    /// <summary>Gets the terms of each passage (sentence or comma-separated phrase) of the clause's own text, in text order.</summary>
    public List<Passage> Passages { get; } = [];

    /// <summary>Gets the passages of the clause and all its descendants, in document order.</summary>
    public IReadOnlyList<Passage> SubtreePassages => _subtreePassages ??= [.. SelfAndDescendants().SelectMany(n => n.Passages)];

    /// <summary>Gets or sets the term frequencies of the clause and all its descendants.</summary>
    public Dictionary<string, int> Subtree { get; set; } = [];

    /// <summary>Gets or sets the clause's own text cut for diffing.</summary>
    public DiffChunks Chunks { get; set; } = null!;

    /// <summary>Gets the clauses this one is matched to.</summary>
    public List<AlignmentNode> Partners { get; } = [];

    public bool IsMatched => Partners.Count > 0;

    /// <summary>Gets the folded keys of the clause and its descendants: equal exactly when the subtrees are equal after folding.</summary>
    public string SubtreeKey => _subtreeKey ??= string.Join('\u0001', SelfAndDescendants().Select(n => string.Join('\u0002', n.Chunks.Keys)));

    public string SubtreeText() => string.Join('\n', Clause.Descendants().Prepend(Clause).Select(TextOf));

    /// <summary>The text a clause is compared by: its content, or its label when it has none (an unnumbered heading's label is its text).</summary>
    public static string TextOf(Clause clause) => clause.Content.Length > 0 ? clause.Content : clause.Label;

    public IEnumerable<AlignmentNode> SelfAndDescendants()
    {
        yield return this;
        foreach (var descendant in Children.SelectMany(c => c.SelfAndDescendants()))
        {
            yield return descendant;
        }
    }

    public override string ToString() => $"{(Side == 0 ? "L" : "R")}:{Clause.Path}";
}

/// <summary>A passage (sentence or comma-separated phrase) of a clause: its terms in text order and their counts.</summary>
internal sealed class Passage(PassageToken[] tokens, Dictionary<string, int> counts)
{
    /// <summary>Gets the passage's terms in text order.</summary>
    public PassageToken[] Tokens { get; } = tokens;

    /// <summary>Gets how often each term occurs in the passage.</summary>
    public Dictionary<string, int> Counts { get; } = counts;
}

/// <summary>A term of a passage, where it starts in the clause's text and how many characters it covers (two overlapping bigrams start one character apart).</summary>
internal readonly record struct PassageToken(string Term, int Start, int Length);
