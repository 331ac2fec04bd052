using AgreementDiff.Analysis;

namespace AgreementDiff.Alignment;

/// <summary>Settings of <see cref="AgreementComparer"/>.</summary>
public sealed record ComparisonOptions
{
    /// <summary>The calibrated default of <see cref="Threshold"/>; see the README for how it was chosen.</summary>
    public const double DefaultThreshold = 0.30;

    /// <summary>Gets the default options.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>Gets the lowest score at which two clauses are matched; below it a clause is added or removed. Default: <see cref="DefaultThreshold"/>.</summary>
    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>Gets pairs the caller declares equivalent; they are matched whatever their score. Default: none.</summary>
    public IReadOnlyList<PinnedPair> Pins { get; init; } = [];

    /// <summary>Gets the number of candidates proposed for each clause by the in-memory postings of the two agreements' terms, most alike by cosine first. Default: 10 (on every labelled pair a clause's counterpart is among its ten most alike; more only costs time).</summary>
    public int Candidates { get; init; } = 10;

    /// <summary>Gets the aligner's search limits and the bars of its genre passes. Default: <see cref="AlignmentParameters.Default"/>.</summary>
    public AlignmentParameters Parameters { get; init; } = AlignmentParameters.Default;

    /// <summary>Gets the terms clauses are compared by: character bigrams, words, or both. Default: <see cref="AlignmentTerms.Bigrams"/> (see the README for the measured choice).</summary>
    public AlignmentTerms Terms { get; init; } = AlignmentTerms.Bigrams;

    /// <summary>Gets the optional passes that run. Default: <see cref="AlignmentPasses.All"/>.</summary>
    public AlignmentPasses Passes { get; init; } = AlignmentPasses.All;

    /// <summary>Gets the analysis shared by the index, the similarity and the diff, or <see langword="null"/> for <see cref="TextAnalysis.Default"/>.</summary>
    public TextAnalysis? Analysis { get; init; }

    /// <summary>Gets the Chinese → English table that lets an English document be compared with a Chinese one (package <c>AgreementDiff.Dictionaries.CcCedict</c>), or <see langword="null"/>: then no English–Chinese link is made. Default: none.</summary>
    public BilingualLexicon? Lexicon { get; init; }
}

/// <summary>The terms the aligner compares clauses by.</summary>
[Flags]
public enum AlignmentTerms
{
    /// <summary>Overlapping character pairs (and English words): no dictionary, names the dictionary lacks still match.</summary>
    Bigrams = 1,

    /// <summary>Words of Lucene's Chinese analyzer (SmartCn, after folding): no pairs straddling two words; loads its dictionary on first use.</summary>
    Words = 2,

    /// <summary>Both bigrams and words, each a term of its own.</summary>
    Both = Bigrams | Words,
}
