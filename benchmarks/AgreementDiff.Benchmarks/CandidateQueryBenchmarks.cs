using AgreementDiff.Index;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AgreementDiff.Benchmarks;

/// <summary>
/// What each step of the faster "more like this" buys, on the on-disk bigram index of N synthetic agreements: the query as
/// before issue 23 (up to 64 terms, one step, a filter built per query: each group's baseline), then 32 terms, then filters
/// cached per batch, then two steps (the rarest terms choose a pool of 100, the whole query scores only the pool), then hits
/// collected in document order.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ScalingConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CandidateQueryBenchmarks
{
#if !AGREEMENTDIFF_BASELINE
    private static readonly SimilarQueryPlan Terms32 = SimilarQueryPlan.Single64 with { MaxTerms = 32 };
    private static readonly SimilarQueryPlan Cached = Terms32 with { CacheFilters = true };

    private ClauseIndex _index = null!;
    private Clause[] _clauses = [];
    private Clause _legal = null!;

    [ParamsSource(typeof(CorpusSizes), nameof(CorpusSizes.All))]
    public int Agreements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _index = CorpusIndex.Open(Agreements, words: false);
        var agreement = BenchmarkSeeds.Read("001");
        _clauses = [.. agreement.AllClauses()];
        _legal = agreement["(十二)/2"];
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark(Baseline = true, Description = "FindSimilar one clause: 64 terms, one step")]
    [BenchmarkCategory("FindSimilar")]
    public int FindSimilarSingle64() => FindSimilar(SimilarQueryPlan.Single64);

    [Benchmark(Description = "FindSimilar one clause: 32 terms")]
    [BenchmarkCategory("FindSimilar")]
    public int FindSimilarTerms32() => FindSimilar(Terms32);

    [Benchmark(Description = "FindSimilar one clause: 32 terms, two steps")]
    [BenchmarkCategory("FindSimilar")]
    public int FindSimilarTwoSteps() => FindSimilar(SimilarQueryPlan.Default with { InOrder = false });

    [Benchmark(Description = "FindSimilar one clause: 32 terms, two steps, in document order (default)")]
    [BenchmarkCategory("FindSimilar")]
    public int FindSimilarInOrder() => FindSimilar(SimilarQueryPlan.Default);

    [Benchmark(Baseline = true, Description = "Counterparts of 001's clauses: 64 terms, one step")]
    [BenchmarkCategory("Counterparts")]
    public int CounterpartsSingle64() => Counterparts(SimilarQueryPlan.Single64, null);

    [Benchmark(Description = "Counterparts of 001's clauses: 32 terms")]
    [BenchmarkCategory("Counterparts")]
    public int CounterpartsTerms32() => Counterparts(Terms32, null);

    [Benchmark(Description = "Counterparts of 001's clauses: 32 terms, two steps")]
    [BenchmarkCategory("Counterparts")]
    public int CounterpartsTwoSteps() => Counterparts(SimilarQueryPlan.Default with { InOrder = false }, null);

    [Benchmark(Description = "Counterparts of 001's clauses: 32 terms, two steps, in document order (default)")]
    [BenchmarkCategory("Counterparts")]
    public int CounterpartsInOrder() => Counterparts(SimilarQueryPlan.Default, null);

    [Benchmark(Baseline = true, Description = "Counterparts, one agreement left out: 64 terms, one step")]
    [BenchmarkCategory("Counterparts, one left out")]
    public int ExcludingSingle64() => Counterparts(SimilarQueryPlan.Single64, CorpusIndex.Id(0));

    [Benchmark(Description = "Counterparts, one agreement left out: 32 terms")]
    [BenchmarkCategory("Counterparts, one left out")]
    public int ExcludingTerms32() => Counterparts(Terms32, CorpusIndex.Id(0));

    [Benchmark(Description = "Counterparts, one agreement left out: 32 terms, filter cached")]
    [BenchmarkCategory("Counterparts, one left out")]
    public int ExcludingCached() => Counterparts(Cached, CorpusIndex.Id(0));

    [Benchmark(Description = "Counterparts, one agreement left out: 32 terms, filter cached, two steps, in document order (default)")]
    [BenchmarkCategory("Counterparts, one left out")]
    public int ExcludingTwoSteps() => Counterparts(SimilarQueryPlan.Default, CorpusIndex.Id(0));

    private int FindSimilar(SimilarQueryPlan plan)
    {
        _index.QueryPlan = plan;
        return _index.FindSimilar(_legal).Count;
    }

    /// <summary>The top 10 candidates of every clause of 001 in one call (one searcher for the batch), as the corpus comparer asks.</summary>
    private int Counterparts(SimilarQueryPlan plan, string? excluded)
    {
        _index.QueryPlan = plan;
        return _index.FindSimilarEach(_clauses, new SearchOptions { Top = 10, ExcludeAgreement = excluded }).Sum(found => found.Count);
    }
#endif
}
