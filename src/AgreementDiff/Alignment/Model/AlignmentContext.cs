using AgreementDiff.Alignment.Features;
using AgreementDiff.Alignment.Scoring;
using AgreementDiff.Analysis;

namespace AgreementDiff.Alignment.Model;

/// <summary>One comparison's shared state: the two sides' nodes, the vocabulary, the models and the links accepted so far.</summary>
/// <remarks>Passes read and extend it in the pipeline's order; nothing else changes it.</remarks>
internal sealed class AlignmentContext
{
    private readonly Dictionary<string, AlignmentNode>[] _byPath = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly HashSet<AlignmentNode> _pinned = [];

    public AlignmentContext(Agreement left, Agreement right, Clause? leftScope, Clause? rightScope, ComparisonOptions options, ScoringModels models, IAlignmentObserver? observer)
    {
        (Left, Right, LeftScope, RightScope, Options, Models, Observer) = (left, right, leftScope, rightScope, options, models, observer);
        Analysis = options.Analysis ?? TextAnalysis.Default;
        CrossLingual = AlignmentPipeline.CrossLingual(left, right);
        var concepts = CrossLingual && options.Lexicon is { } lexicon ? new ConceptAnalyzer(lexicon, Analysis.Options) : null;
        Nodes =
        [
            NodeBuilder.Build(0, leftScope is null ? left.Clauses : [leftScope], Analysis, Vocabulary, options.Terms, concepts),
            NodeBuilder.Build(1, rightScope is null ? right.Clauses : [rightScope], Analysis, Vocabulary, options.Terms, concepts),
        ];
        for (var side = 0; side < 2; side++)
        {
            foreach (var node in Nodes[side])
            {
                _byPath[side].TryAdd(node.Clause.Path, node);
            }
        }
    }

    public Agreement Left { get; }

    public Agreement Right { get; }

    public Clause? LeftScope { get; }

    public Clause? RightScope { get; }

    public ComparisonOptions Options { get; }

    public AlignmentParameters Parameters => Options.Parameters;

    public ScoringModels Models { get; }

    /// <summary>Gets the observer that sees every scored candidate (the weight fitter's), or <see langword="null"/>.</summary>
    public IAlignmentObserver? Observer { get; }

    public TextAnalysis Analysis { get; }

    /// <summary>Gets a value indicating whether the two documents are written in different languages (their metadata says so): their clauses are compared through the lexicon's English terms, or not at all without one.</summary>
    public bool CrossLingual { get; }

    /// <summary>Gets a value indicating whether clauses can be compared at all: not across languages without a lexicon.</summary>
    public bool Comparable => !CrossLingual || Options.Lexicon is not null;

    public Vocabulary Vocabulary { get; } = new();

    /// <summary>Gets each side's nodes in document order.</summary>
    public List<AlignmentNode>[] Nodes { get; }

    /// <summary>Gets the accepted links, in the order accepted.</summary>
    public List<Link> Links { get; } = [];

    public bool Enabled(AlignmentPasses pass) => (Options.Passes & pass) == pass;

    public bool IsPinned(AlignmentNode node) => _pinned.Contains(node);

    /// <summary>The node of the clause at <paramref name="address"/> on the given side.</summary>
    /// <exception cref="ArgumentException">The clause lies outside the clauses compared.</exception>
    public AlignmentNode Resolve(int side, string address)
    {
        var clause = (side == 0 ? Left : Right)[address];
        return _byPath[side].TryGetValue(clause.Path, out var node) && ReferenceEquals(node.Clause, clause)
            ? node
            : throw new ArgumentException($"The pinned clause '{address}' ({clause.Path}) is outside the clauses being compared.", nameof(address));
    }

    /// <summary>The units of a level on both sides, with the term weights over them.</summary>
    public LevelState OpenLevel(int level)
    {
        var units = Nodes.Select(side => side.Where(n => n.Level == level).ToList()).ToArray();
        var both = units[0].Concat(units[1]).ToList();
        return new LevelState(
            level,
            units,
            new TermWeights(both.Select(n => n.Subtree), Vocabulary.Count),
            new TermWeights(both.Where(n => n.Heading.Count > 0).Select(n => n.Heading), Vocabulary.Count));
    }

    /// <summary>Matches two clauses.</summary>
    public void Accept(AlignmentNode left, AlignmentNode right, double score, MatchBasis basis, IReadOnlyList<ScoreContribution> evidence)
    {
        left.Partners.Add(right);
        right.Partners.Add(left);
        Links.Add(new Link(left, right, Math.Clamp(score, 0, 1), basis, evidence));
    }

    /// <summary>Matches a pinned pair, whatever its score, and keeps both clauses out of every other link.</summary>
    public void Pin(AlignmentNode left, AlignmentNode right)
    {
        if (left.IsMatched || right.IsMatched)
        {
            throw new ArgumentException($"The pin {left.Clause.Path}={right.Clause.Path} shares a clause with an earlier pin; each clause can be pinned once.");
        }

        var terms = new TermWeights([left.Subtree, right.Subtree], Vocabulary.Count);
        Accept(left, right, terms.Compare(left.Subtree, right.Subtree).Base, MatchBasis.Pinned, []);
        _pinned.Add(left);
        _pinned.Add(right);
    }

    /// <summary>Removes a link (a genre pass that finds a better counterpart).</summary>
    public void Remove(AlignmentNode left, AlignmentNode right)
    {
        left.Partners.Remove(right);
        right.Partners.Remove(left);
        Links.RemoveAll(l => l.Left == left && l.Right == right);
    }
}

/// <summary>Sees what the passes score, for fitting the models from labelled pairs; the aligner works the same with or without one.</summary>
internal interface IAlignmentObserver
{
    /// <summary>Called once a level's candidates have their content and order features and scores, before any is matched.</summary>
    void Scored(LevelState level);

    /// <summary>Called for each candidate a join could add as a second link of a clause already matched, with the join's features.</summary>
    void JoinConsidered(AlignmentNode left, AlignmentNode right, double[] features);

    /// <summary>Called for each candidate pair of groups, with its features.</summary>
    void GroupConsidered(AlignmentNode left, AlignmentNode right, double[] features);
}
