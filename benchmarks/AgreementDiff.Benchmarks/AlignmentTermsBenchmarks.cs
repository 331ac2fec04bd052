using AgreementDiff.Alignment;
using BenchmarkDotNet.Attributes;

namespace AgreementDiff.Benchmarks;

/// <summary>What comparing by words costs beside bigrams (the baseline): 001→003 by bigrams, by words (SmartCn after folding), by both.</summary>
/// <remarks>SmartCn's dictionaries are loaded in setup, once per process, outside the measurement (~250 ms).</remarks>
[MemoryDiagnoser]
public class AlignmentTermsBenchmarks
{
    private readonly AgreementComparer _words = new(new ComparisonOptions { Terms = AlignmentTerms.Words });
    private readonly AgreementComparer _both = new(new ComparisonOptions { Terms = AlignmentTerms.Both });
    private Agreement _left = null!;
    private Agreement _right = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_left, _right) = (BenchmarkSeeds.Read("001"), BenchmarkSeeds.Read("003"));
        _words.Compare(_left, _right);
    }

    [Benchmark(Baseline = true, Description = "001→003 Compare, bigrams")]
    public int Bigrams() => AgreementComparer.Default.Compare(_left, _right).Matches.Count;

    [Benchmark(Description = "001→003 Compare, words")]
    public int Words() => _words.Compare(_left, _right).Matches.Count;

    [Benchmark(Description = "001→003 Compare, both")]
    public int Both() => _both.Compare(_left, _right).Matches.Count;
}
