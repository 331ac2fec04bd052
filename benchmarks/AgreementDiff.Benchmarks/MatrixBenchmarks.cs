using AgreementDiff.Corpus;
using BenchmarkDotNet.Attributes;

namespace AgreementDiff.Benchmarks;

/// <summary>The topic matrix of N synthetic agreements through an in-memory index (what <c>matrix FILES…</c> runs), up to 1,000 agreements.</summary>
/// <remarks>Comparing every pair instead would take n(n − 1)/2 comparisons (499,500 at 1,000), so it is not run here; the
/// setup prints how many comparisons the index chose. The agreements are read beforehand.</remarks>
[MemoryDiagnoser]
[Config(typeof(ScalingConfig))]
public class MatrixBenchmarks
{
    private Agreement[] _corpus = [];

    /// <summary>The corpus sizes up to 1,000.</summary>
    public static IEnumerable<int> Sizes => CorpusSizes.All.Where(n => n <= 1_000);

    [ParamsSource(nameof(Sizes))]
    public int Agreements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = [.. SyntheticCorpus.Default.Agreements(Agreements)];
#if !AGREEMENTDIFF_BASELINE
        var stages = new Stages();
        TopicMatrix.BuildIndexed(_corpus, progress: stages);
        Console.WriteLine($"// {Agreements} agreements: {stages.Aligning} comparisons (all pairs: {TopicMatrix.ComparisonCount(Agreements)})");
#endif
    }

#if !AGREEMENTDIFF_BASELINE
    [Benchmark(Description = "matrix through the index (4 neighbours)")]
    public int MatrixThroughTheIndex() => TopicMatrix.BuildIndexed(_corpus).Topics.Count;

    /// <summary>Keeps the number of comparisons the aligning stage reports, synchronously (<see cref="Progress{T}"/> would post it later).</summary>
    private sealed class Stages : IProgress<CorpusProgress>
    {
        public int Aligning { get; private set; }

        public void Report(CorpusProgress value)
        {
            if (value.Stage == CorpusProgress.Aligning)
            {
                Aligning = value.Total;
            }
        }
    }
#endif
}
