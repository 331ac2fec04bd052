using AgreementDiff.Index;
using BenchmarkDotNet.Attributes;

namespace AgreementDiff.Benchmarks;

/// <summary>Indexing the five seeds in memory: every clause analyzed and stored, one commit per agreement.</summary>
[MemoryDiagnoser]
public class IndexingBenchmarks
{
    private Agreement[] _seeds = [];

    [GlobalSetup]
    public void Setup() => _seeds = [.. BenchmarkSeeds.Files.Select(f => Reading.AgreementReader.ReadFile(f))];

    [Benchmark]
    public int IndexSeeds()
    {
        using var index = new ClauseIndex();
        foreach (var seed in _seeds)
        {
            index.Add(seed);
        }

        return index.ClauseCount;
    }
}

/// <summary>Indexing N synthetic agreements (read beforehand) in memory; the index's retained memory is printed after each run.</summary>
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
    public void Setup() => _corpus = [.. SyntheticCorpus.Default.Agreements(Agreements)];

    [IterationSetup]
    public void MeasureBefore() => _before = GC.GetTotalMemory(forceFullCollection: true);

    [Benchmark(Baseline = true)]
    public int IndexCorpus()
    {
        _index = new ClauseIndex();
        for (var k = 0; k < _corpus.Length; k++)
        {
            _index.Add(_corpus[k], CorpusIndex.Id(k));
        }

        return _index.ClauseCount;
    }

    [Benchmark(Description = "IndexCorpus in one commit (AddRange)")]
    public int IndexCorpusInOneCommit()
    {
        _index = new ClauseIndex();
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
