using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AgreementDiff.Analysis;

/// <summary>The one definition of "the same words" shared by the index, the aligner and the diff.</summary>
/// <remarks>Thread safe: analyzers are reused per thread by Lucene's reuse strategy.</remarks>
public sealed class TextAnalysis
{
    private readonly VariantTable _table;

    /// <summary>Creates the analysis with the given options.</summary>
    /// <param name="options">Analysis settings, or <see langword="null"/> for <see cref="AnalysisOptions.Default"/>.</param>
    public TextAnalysis(AnalysisOptions? options = null)
    {
        Options = options ?? AnalysisOptions.Default;
        _table = VariantTable.Get(Options.FoldZhuoZhe);
        if (Options.AnalyzerFactory is { } factory)
        {
            var custom = new FoldingAnalyzerWrapper(factory() ?? throw new InvalidOperationException("AnalysisOptions.AnalyzerFactory returned null."), Options);
            IndexAnalyzer = custom;
            QueryAnalyzer = custom;
        }
        else
        {
            IndexAnalyzer = new ClauseAnalyzer(Options, forIndexing: true);
            QueryAnalyzer = new ClauseAnalyzer(Options, forIndexing: false);
        }
    }

    /// <summary>Gets the analysis with default options.</summary>
    public static TextAnalysis Default { get; } = new();

    /// <summary>Gets the options this analysis was created with.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>Gets the analyzer used to index clause text.</summary>
    public Analyzer IndexAnalyzer { get; }

    /// <summary>Gets the analyzer used to parse queries.</summary>
    public Analyzer QueryAnalyzer { get; }

    /// <summary>Applies NFKC and variant folding: 衞生, 衛生 and 卫生 all become 卫生.</summary>
    /// <param name="text">The text to fold.</param>
    /// <returns>The folded text; the same instance when nothing changes.</returns>
    public string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FoldingCharFilter.Fold(text, _table);
    }

    /// <summary>Analyzes <paramref name="text"/> as the index does, with offsets into <paramref name="text"/>.</summary>
    /// <param name="text">The text to analyze.</param>
    /// <param name="forQuery"><see langword="true"/> to analyze as a query (no CJK unigrams beside bigrams).</param>
    /// <returns>The tokens in order.</returns>
    public IReadOnlyList<AnalyzedToken> Tokenize(string text, bool forQuery = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<AnalyzedToken>();
        using var stream = (forQuery ? QueryAnalyzer : IndexAnalyzer).GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, Math.Max(position, 0)));
        }

        stream.End();
        return tokens;
    }
}
