using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace AgreementDiff.Analysis;

/// <summary>The default Lucene analyzer for clause text: folding, standard tokenizer, CJK width, lower case, CJK bigrams.</summary>
/// <remarks>
/// For indexing, CJK unigrams are emitted beside the bigrams so that a one-character query finds them; for queries,
/// bigrams only (a lone character stays a unigram). English words come through the same stream, lower-cased.
/// </remarks>
public sealed class ClauseAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly AnalysisOptions _options;
    private readonly bool _unigrams;
    private readonly bool _fold;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="options">Folding settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="forIndexing"><see langword="true"/> to emit CJK unigrams beside the bigrams, as the index needs.</param>
    public ClauseAnalyzer(AnalysisOptions? options = null, bool forIndexing = true)
        : this(options, forIndexing, fold: true)
    {
    }

    private ClauseAnalyzer(AnalysisOptions? options, bool forIndexing, bool fold)
    {
        _options = options ?? AnalysisOptions.Default;
        _unigrams = forIndexing;
        _fold = fold;
    }

    /// <summary>Creates the same chain without the folding char filter: the Analysis.Common baseline the benchmarks compare with.</summary>
    internal static ClauseAnalyzer WithoutFolding(bool forIndexing = true) => new(null, forIndexing, fold: false);

    /// <inheritdoc/>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, _unigrams);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <inheritdoc/>
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        _fold ? new FoldingCharFilter(reader, _options) : reader;
}

/// <summary>Puts the folding char filter in front of any analyzer (SmartChineseAnalyzer, for one).</summary>
internal sealed class FoldingAnalyzerWrapper(Analyzer inner, AnalysisOptions options) : AnalyzerWrapper(inner.Strategy)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

    protected override TextReader WrapReader(string fieldName, TextReader reader) => new FoldingCharFilter(reader, options);
}
