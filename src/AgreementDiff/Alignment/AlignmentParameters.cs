namespace AgreementDiff.Alignment;

/// <summary>Every number the aligner uses that its fitted models do not decide, with its default and why.</summary>
/// <remarks>
/// The weights of the pair, join and group scores are fitted from labelled pairs (see the README); what remains here are
/// limits of search and the bars of the genre passes, where the labelled data are too few to decide. How many candidates
/// each clause gets is <see cref="ComparisonOptions.Candidates"/>, the bar of a match <see cref="ComparisonOptions.Threshold"/>.
/// Immutable.
/// </remarks>
public sealed record AlignmentParameters
{
    /// <summary>Gets the default parameters.</summary>
    public static AlignmentParameters Default { get; } = new();

    /// <summary>Gets the most items of a matched section that are all candidates of each item of its counterpart. Default: 64 (every labelled section holds fewer; a list of hundreds is left to the postings).</summary>
    public int ContextCandidates { get; init; } = 64;

    /// <summary>Gets the fewest distinct distinctive terms a passage needs to be compared with passages. Default: 4 (shorter passages are formulas such as 加強兩地交流合作, found in every topic).</summary>
    public int MinPassageTerms { get; init; } = 4;

    /// <summary>Gets the content score a candidate needs to take part in its context's order chain. Default: 0.2 (below it a candidate is noise that can bend a chain, and the fitted scores of true pairs lie above it on the labelled sets).</summary>
    public double ChainFloor { get; init; } = 0.2;

    /// <summary>Gets the join score at which a clause already matched gets a second link, as a split or merge. Default: 0.3 (the fitted join score is a probability; splits are rare among the candidates, and on the labelled sets 0.3 gives the best mean F1 of 0.2 to 0.5, see the README).</summary>
    public double JoinThreshold { get; init; } = 0.3;

    /// <summary>Gets the score a pair needs to fill, by order, a gap that leaves exactly one clause on each side between matched neighbours. Default: 0.1 (the order nearly decides it; on the labelled pairs 0.1 to 0.2 give the same links, and 0.05 lets a press release's signing report fill the gap before the final provisions).</summary>
    public double OrderFillFloor { get; init; } = 0.1;

    /// <summary>Gets the group score at which two groups (chapters, parts) are matched. Default: 0.5 (a probability).</summary>
    public double GroupThreshold { get; init; } = 0.5;

    /// <summary>Gets the share of a group's matched sections that must lie in a second group for the two to be linked as a split or merge. Default: 1/3 (a chapter that sends a third of its articles elsewhere was divided).</summary>
    public double GroupJoinShare { get; init; } = 1.0 / 3;

    /// <summary>Gets the share of an item's vocabulary (by idf) a section of running text must hold to count as the item's restatement. Default: 0.5 (a summary reports some of an item's commitments and leaves out the rest).</summary>
    public double RunningTextCoverage { get; init; } = 0.5;

    /// <summary>Gets how alike an item's passage and a passage of running text must be to link them. Default: 0.52 (the passage similarity above which the labelled press releases restate an item's phrase).</summary>
    public double RunningTextPassage { get; init; } = 0.52;

    /// <summary>Gets the share of the threshold a report of the signing needs on its words to stand for a signature block. Default: 0.5 (it names no parties; the title it cites and a word of signing carry it).</summary>
    public double SigningReportShare { get; init; } = 0.5;

    /// <summary>Gets the weight (idf × count) a shared term needs to be named in an explanation. Default: 0.5 (a term in most clauses explains nothing).</summary>
    public double ExplanationTermFloor { get; init; } = 0.5;
}

/// <summary>The passes of the aligner that can be switched off (see <see cref="ComparisonOptions.Passes"/>); candidates, scoring and one-to-one assignment always run.</summary>
[Flags]
public enum AlignmentPasses
{
    /// <summary>None of the optional passes.</summary>
    None = 0,

    /// <summary>Order as evidence: the order chain's features in the second-stage score, and filling one-to-one gaps between matched neighbours.</summary>
    Order = 1,

    /// <summary>Joins: a clause left over joins a taken counterpart as a split or merge.</summary>
    Joins = 2,

    /// <summary>Items matched to a section of running text that restates them (press releases).</summary>
    RunningText = 4,

    /// <summary>Groups (chapters, parts) matched by their headings and the sections they share.</summary>
    Groups = 8,

    /// <summary>A press release's section that reports the signing, citing the agreement's title, as the counterpart of its signature block.</summary>
    SigningReport = 16,

    /// <summary>Every pass.</summary>
    All = Order | Joins | RunningText | Groups | SigningReport,
}
