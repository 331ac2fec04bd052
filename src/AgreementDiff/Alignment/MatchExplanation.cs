namespace AgreementDiff.Alignment;

/// <summary>What a match rests on.</summary>
public enum MatchBasis
{
    /// <summary>The two clauses share enough distinctive terms (the score passed the threshold).</summary>
    Content,

    /// <summary>The clause's matched neighbours leave room for only this counterpart, and no other candidate in the context scores clearly higher.</summary>
    Order,

    /// <summary>An item matched to a section of running text (no items) that holds most of its distinctive terms.</summary>
    RunningText,

    /// <summary>The caller pinned the pair.</summary>
    Pinned,

    /// <summary>A passage (sentence or phrase) of one clause is restated in the other, however different the rest (one side of a split or merge).</summary>
    Passage,

    /// <summary>A report of the signing (a press release) whose section says the agreement was signed, citing its title: the counterpart of the agreement's signature block.</summary>
    SigningReport,
}

/// <summary>Why two clauses were matched.</summary>
/// <param name="SharedTerms">The most distinctive terms the two share, as written in the left clause, most distinctive first.</param>
/// <param name="Similarity">The weighted cosine of the two clauses' distinctive terms, in [0, 1].</param>
/// <param name="Containment">How much of the shorter clause's distinctive vocabulary the longer one holds, in [0, 1].</param>
/// <param name="SameContext">Whether the two clauses' parents are matched to each other.</param>
/// <param name="Basis">What the match rests on: content, order, running text, a pin, a shared passage or a report of the signing.</param>
public sealed record MatchExplanation(IReadOnlyList<string> SharedTerms, double Similarity, double Containment, bool SameContext, MatchBasis Basis)
{
    /// <summary>Gets the fitted scorer's reasons, feature by feature, largest contribution first; empty for a pin or a rule of a genre pass.</summary>
    public IReadOnlyList<ScoreContribution> Evidence { get; init; } = [];
}
