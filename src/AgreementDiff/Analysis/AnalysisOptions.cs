using Lucene.Net.Analysis;

namespace AgreementDiff.Analysis;

/// <summary>Settings for the analysis shared by the index, alignment and diff; the defaults suit Chinese and English agreements.</summary>
/// <remarks>Instances are immutable and may be shared between threads.</remarks>
public sealed record AnalysisOptions
{
    /// <summary>Gets the default options.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>
    /// Gets a value indicating whether 著 and 着 fold together. Default: <see langword="true"/>, because agreements write
    /// 本着/本著 and 隨着/隨著 interchangeably; set <see langword="false"/> to keep 顯著 and 著名 apart from 着.
    /// </summary>
    public bool FoldZhuoZhe { get; init; } = true;

    /// <summary>
    /// Gets a factory for the analyzer that tokenizes clause text, or <see langword="null"/> for the default chain
    /// (standard tokenizer, CJK width folding, lower case, CJK bigrams). Folding is applied in front of it either way.
    /// Default: <see langword="null"/>.
    /// </summary>
    /// <remarks>The factory is called once per <see cref="TextAnalysis"/>; the analyzer it returns is used for indexing and for queries.</remarks>
    public Func<Analyzer>? AnalyzerFactory { get; init; }
}
