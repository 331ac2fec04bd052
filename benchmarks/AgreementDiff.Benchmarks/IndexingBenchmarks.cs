using AgreementDiff.Index;
using BenchmarkDotNet.Attributes;

namespace AgreementDiff.Benchmarks;

/// <summary>Indexing the five seeds in memory, with the word field and without it (the baseline): every clause analyzed and stored, one commit per agreement.</summary>
[MemoryDiagnoser]
public class IndexingBenchmarks
{
    private Agreement[] _seeds = [];

    [GlobalSetup]
    public void Setup()
    {
        _seeds = [.. BenchmarkSeeds.Files.Select(f => Reading.AgreementReader.ReadFile(f))];
        IndexSeeds();  // loads SmartCn's dictionaries (once per process), which the measured runs should not include
    }

    [Benchmark(Baseline = true, Description = "IndexSeeds, bigrams only")]
    public int IndexSeedsBigrams() => Index(words: false);

    [Benchmark(Description = "IndexSeeds, bigrams and words")]
    public int IndexSeeds() => Index(words: true);

    private int Index(bool words)
    {
        using var index = CorpusIndex.InMemory(words);
        foreach (var seed in _seeds)
        {
            index.Add(seed);
        }

        return index.ClauseCount;
    }
}

/// <summary>
/// Indexing N synthetic agreements (read beforehand) in memory, with the word field (the default) and without it (the
/// baseline), one commit per agreement and all in one; the index's retained memory is printed after each run.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ScalingConfig))]
public class CorpusIndexingBenchmarks
{
    private Agreement[] _corpus = [];
    private ClauseIndex? _index;
    private long _before;

    [ParamsSource(typeof(CorpusSizes), nameof(CorpusSizes.All))]
    public int Agreements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = [.. SyntheticCorpus.Default.Agreements(Agreements)];
        _ = Analysis.TextAnalysis.Default.TokenizeWords("合作");  // loads SmartCn's dictionaries (once per process) outside the runs
    }

    [IterationSetup]
    public void MeasureBefore() => _before = GC.GetTotalMemory(forceFullCollection: true);

    [Benchmark(Baseline = true, Description = "IndexCorpus, bigrams only")]
    public int IndexCorpusBigrams() => IndexOneByOne(words: false);

    [Benchmark(Description = "IndexCorpus, bigrams and words")]
    public int IndexCorpus() => IndexOneByOne(words: true);

    [Benchmark(Description = "IndexCorpus in one commit (AddRange), bigrams only")]
    public int IndexCorpusInOneCommitBigrams() => IndexInOneCommit(words: false);

    [Benchmark(Description = "IndexCorpus in one commit (AddRange), bigrams and words")]
    public int IndexCorpusInOneCommit() => IndexInOneCommit(words: true);

    private int IndexOneByOne(bool words)
    {
        _index = CorpusIndex.InMemory(words);
        for (var k = 0; k < _corpus.Length; k++)
        {
            _index.Add(_corpus[k], CorpusIndex.Id(k));
        }

        return _index.ClauseCount;
    }

    private int IndexInOneCommit(bool words)
    {
        _index = CorpusIndex.InMemory(words);
        _index.AddRange(_corpus.Select((agreement, k) => (agreement, (string?)CorpusIndex.Id(k))));
        return _index.ClauseCount;
    }

    [IterationCleanup]
    public void MeasureAfter()
    {
        var retained = GC.GetTotalMemory(forceFullCollection: true) - _before;
        var peak = Environment.WorkingSet;
        Console.WriteLine($"// index of {Agreements} agreements ({_index?.ClauseCount} clauses): retained {retained / 1048576.0:F1} MB; process working set {peak / 1048576.0:F1} MB, peak {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F1} MB");
        _index?.Dispose();
        _index = null;
    }
}
