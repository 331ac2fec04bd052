using AgreementDiff.Index;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AgreementDiff.Benchmarks;

/// <summary>Queries and "more like this" on on-disk indexes of N synthetic agreements: bigrams only (each pair's baseline) and bigrams and words.</summary>
[MemoryDiagnoser]
[Config(typeof(ScalingConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SearchBenchmarks
{
    private ClauseIndex _bigrams = null!;
    private ClauseIndex _words = null!;
    private Clause[] _clauses = [];
    private Clause _legal = null!;

    [ParamsSource(typeof(CorpusSizes), nameof(CorpusSizes.All))]
    public int Agreements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _bigrams = CorpusIndex.Open(Agreements, words: false);
        _words = CorpusIndex.Open(Agreements, words: true);
        var agreement = BenchmarkSeeds.Read("001");
        _clauses = [.. agreement.AllClauses()];
        _legal = agreement["(十二)/2"];
        _words.Search("仲裁");  // loads SmartCn's dictionaries (once per process) outside the runs
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _bigrams.Dispose();
        _words.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Search 仲裁, bigrams")]
    [BenchmarkCategory("Search 仲裁")]
    public int SearchWordBigrams() => _bigrams.Search("仲裁").Count;

    [Benchmark(Description = "Search 仲裁, bigrams and words")]
    [BenchmarkCategory("Search 仲裁")]
    public int SearchWord() => _words.Search("仲裁").Count;

    [Benchmark(Baseline = true, Description = "Search 衛生 AND 應急, bigrams")]
    [BenchmarkCategory("Search 衛生 AND 應急")]
    public int SearchBooleanBigrams() => _bigrams.Search("衛生 AND 應急").Count;

    [Benchmark(Description = "Search 衛生 AND 應急, bigrams and words")]
    [BenchmarkCategory("Search 衛生 AND 應急")]
    public int SearchBoolean() => _words.Search("衛生 AND 應急").Count;

    [Benchmark(Baseline = true, Description = "FindSimilar one clause, bigrams index")]
    [BenchmarkCategory("FindSimilar")]
    public int FindSimilarClauseBigrams() => _bigrams.FindSimilar(_legal).Count;

    [Benchmark(Description = "FindSimilar one clause, words index")]
    [BenchmarkCategory("FindSimilar")]
    public int FindSimilarClause() => _words.FindSimilar(_legal).Count;

    /// <summary>The top 10 counterparts of every clause of seed 001 (the target: under 100 ms at 10,000).</summary>
    [Benchmark(Baseline = true, Description = "Counterparts of 001's clauses, bigrams index")]
    [BenchmarkCategory("Counterparts")]
    public int CounterpartsBigrams() => Counterparts(_bigrams);

    [Benchmark(Description = "Counterparts of 001's clauses, words index")]
    [BenchmarkCategory("Counterparts")]
    public int CounterpartsWords() => Counterparts(_words);

    /// <summary>The same counterparts asked for in one call, which holds one searcher and its term look-ups for all clauses.</summary>
    [Benchmark(Baseline = true, Description = "Counterparts of 001's clauses, one call, bigrams index")]
    [BenchmarkCategory("Counterparts, one call")]
    public int CounterpartsInOneCallBigrams() => _bigrams.FindSimilarEach(_clauses, new SearchOptions { Top = 10 }).Sum(found => found.Count);

    [Benchmark(Description = "Counterparts of 001's clauses, one call, words index")]
    [BenchmarkCategory("Counterparts, one call")]
    public int CounterpartsInOneCall() => _words.FindSimilarEach(_clauses, new SearchOptions { Top = 10 }).Sum(found => found.Count);

    private int Counterparts(ClauseIndex index)
    {
        var found = 0;
        var options = new SearchOptions { Top = 10 };
        foreach (var clause in _clauses)
        {
            found += index.FindSimilar(clause, options).Count;
        }

        return found;
    }
}
