using AgreementDiff.Analysis;
using AgreementDiff.Reading;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace AgreementDiff.Benchmarks;

/// <summary>
/// Throughput of the clause analyzer (folding char filter + chain) and of the word analyzer (folding + SmartCn) against the
/// Analysis.Common chain alone (standard tokenizer, CJK width, lower case, CJK bigrams) over every clause of the seed corpus.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private string[] _texts = [];
    private Analyzer _baseline = null!;
    private Analyzer _full = null!;
    private Analyzer _words = null!;

    /// <summary>Gets the number of characters analyzed per operation (printed in the setup, used for chars/s).</summary>
    public int Characters => _texts.Sum(t => t.Length);

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkSeeds.Files.SelectMany(f => AgreementReader.ReadFile(f).AllClauses()).Select(c => c.Content).ToArray();
        _baseline = new CommonChain();
        _full = new ClauseAnalyzer();
        _words = new WordAnalyzer();
        Run(_words);  // loads SmartCn's dictionaries (once per process), which the measured runs should not include
        Console.WriteLine($"// corpus: {_texts.Length} clauses, {Characters} characters");
    }

    [Benchmark(Baseline = true, Description = "Analysis.Common chain")]
    public int CommonChainOnly() => Run(_baseline);

    [Benchmark(Description = "ClauseAnalyzer (folding + chain)")]
    public int ClauseAnalyzerFull() => Run(_full);

    [Benchmark(Description = "WordAnalyzer (folding + SmartCn)")]
    public int WordAnalyzerFull() => Run(_words);

    private int Run(Analyzer analyzer)
    {
        var tokens = 0;
        foreach (var text in _texts)
        {
            using var stream = analyzer.GetTokenStream("content", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens += term.Length > 0 ? 1 : 0;
            }

            stream.End();
        }

        return tokens;
    }

    private sealed class CommonChain : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
            return new TokenStreamComponents(tokenizer, new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, true));
        }
    }
}
