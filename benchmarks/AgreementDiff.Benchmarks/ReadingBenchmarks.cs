using AgreementDiff.Reading;
using BenchmarkDotNet.Attributes;

namespace AgreementDiff.Benchmarks;

/// <summary>How fast the reader turns the seed corpus into clause trees, against decoding alone as the baseline.</summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private byte[][] _seeds = [];

    [GlobalSetup]
    public void Setup() => _seeds = BenchmarkSeeds.Files.Select(File.ReadAllBytes).ToArray();

    [Benchmark(Baseline = true)]
    public int DecodeOnly() => _seeds.Sum(b => System.Text.Encoding.UTF8.GetString(b).Length);

    [Benchmark]
    public int ReadClauseTrees() => _seeds.Sum(b => AgreementReader.ReadBytes(b, "seed").AllClauses().Count());
}
