using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;

namespace AgreementDiff.Analysis;

/// <summary>Lucene's Chinese word analyzer (SmartCn) behind the folding char filter: 國際機場新航線 → 国际 | 机场 | 新 | 航线.</summary>
/// <remarks>
/// SmartCn's dictionary is Simplified: on Traditional text it falls apart into single characters, so the text is folded to
/// Simplified forms first (the variant table folds to them) and both scripts segment alike. English words come through
/// lower-cased, not stemmed (as the bigram chain gives them; SmartChineseAnalyzer itself would stem); punctuation is dropped. The dictionaries (~14 MB) load on first use,
/// once per process. Thread safe, as Lucene analyzers are.
/// </remarks>
public sealed class WordAnalyzer : Analyzer
{
    private readonly AnalysisOptions _options;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="options">Folding settings, or <see langword="null"/> for the defaults.</param>
    public WordAnalyzer(AnalysisOptions? options = null) => _options = options ?? AnalysisOptions.Default;

    /// <inheritdoc/>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new HMMChineseTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(ClauseAnalyzer.Version, tokenizer);
        stream = new StopFilter(ClauseAnalyzer.Version, stream, Punctuation);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <inheritdoc/>
    protected override TextReader InitReader(string fieldName, TextReader reader) => new FoldingCharFilter(reader, _options);

    /// <summary>SmartCn's own stop set: the punctuation it emits as tokens.</summary>
    private static CharArraySet Punctuation => SmartChineseAnalyzer.DefaultStopSet;
}
