using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AgreementDiff.Analysis;

/// <summary>The one definition of "the same words" shared by the index, the aligner and the diff.</summary>
/// <remarks>Thread safe: analyzers are reused per thread by Lucene's reuse strategy.</remarks>
public sealed class TextAnalysis
{
    private readonly VariantTable _table;
    private readonly Lazy<Analyzer> _words;

    /// <summary>Creates the analysis with the given options.</summary>
    /// <param name="options">Analysis settings, or <see langword="null"/> for <see cref="AnalysisOptions.Default"/>.</param>
    public TextAnalysis(AnalysisOptions? options = null)
    {
        Options = options ?? AnalysisOptions.Default;
        _table = VariantTable.Get(Options.FoldZhuoZhe);
        _words = new(() => new WordAnalyzer(Options), LazyThreadSafetyMode.ExecutionAndPublication);
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

    /// <summary>Gets the word analyzer (folding, then SmartCn), created on first use: a caller who never asks for words loads no dictionary.</summary>
    public Analyzer WordAnalyzer => _words.Value;

    /// <summary>Gets a value indicating whether <see cref="WordAnalyzer"/> has been created (and so SmartCn's dictionaries may have been loaded).</summary>
    internal bool WordAnalyzerCreated => _words.IsValueCreated;

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
        return Tokenize(forQuery ? QueryAnalyzer : IndexAnalyzer, text);
    }

    /// <summary>Analyzes <paramref name="text"/> into words (see <see cref="WordAnalyzer"/>), with offsets into <paramref name="text"/>.</summary>
    /// <param name="text">The text to analyze.</param>
    /// <returns>The words in order.</returns>
    public IReadOnlyList<AnalyzedToken> TokenizeWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(WordAnalyzer, text);
    }

    internal static List<AnalyzedToken> Tokenize(Analyzer analyzer, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream("text", text);
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

    /// <summary>Analyzes several texts in one token stream (a paragraph break between them), with offsets into each text.</summary>
    /// <remarks>One stream for a whole document costs a fraction of one per clause: setting a stream up outweighs analysing a short clause.</remarks>
    internal List<AnalyzedToken>[] TokenizeEach(IReadOnlyList<string> texts, bool forQuery) => TokenizeEachWith(texts, forQuery ? QueryAnalyzer : IndexAnalyzer);

    /// <summary>Analyzes several texts into words in one token stream, with offsets into each text.</summary>
    internal List<AnalyzedToken>[] TokenizeEachWords(IReadOnlyList<string> texts) => TokenizeEachWith(texts, WordAnalyzer);

    internal static List<AnalyzedToken>[] TokenizeEachWith(IReadOnlyList<string> texts, Analyzer analyzer)
    {
        const string Separator = "\n\n";
        var starts = new int[texts.Count + 1];
        var joined = new System.Text.StringBuilder();
        for (var i = 0; i < texts.Count; i++)
        {
            starts[i] = joined.Length;
            joined.Append(texts[i]).Append(Separator);
        }

        starts[texts.Count] = joined.Length;
        var result = new List<AnalyzedToken>[texts.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = [];
        }

        var at = 0;
        foreach (var token in Tokenize(analyzer, joined.ToString()))
        {
            while (at + 1 < texts.Count && token.StartOffset >= starts[at + 1])
            {
                at++;
            }

            var offset = starts[at];
            var end = Math.Min(token.EndOffset, offset + texts[at].Length);
            result[at].Add(token with { StartOffset = token.StartOffset - offset, EndOffset = Math.Max(token.StartOffset, end) - offset });
        }

        return result;
    }
}
