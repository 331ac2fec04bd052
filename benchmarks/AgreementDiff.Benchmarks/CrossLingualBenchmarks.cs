using AgreementDiff.Alignment;
using AgreementDiff.Dictionaries.CcCedict;
using BenchmarkDotNet.Attributes;

namespace AgreementDiff.Benchmarks;

/// <summary>Comparing the English press release 004 with its Chinese agreement 000 through CC-CEDICT, beside comparing 000 with 001 (two Chinese agreements, the baseline); and reading the table.</summary>
/// <remarks>The targets: reading the table under 300 ms once; the comparison under 50 ms in process.</remarks>
[MemoryDiagnoser]
public class CrossLingualBenchmarks
{
    private Agreement _000 = null!;
    private Agreement _001 = null!;
    private Agreement _004 = null!;
    private AgreementComparer _comparer = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_000, _001, _004) = (BenchmarkSeeds.Read("000"), BenchmarkSeeds.Read("001"), BenchmarkSeeds.Read("004"));
        _comparer = new AgreementComparer(new ComparisonOptions { Lexicon = CcCedict.Lexicon });
    }

    [Benchmark(Baseline = true, Description = "000→001 Compare (one language)")]
    public int CompareChinese() => _comparer.Compare(_000, _001).Matches.Count;

    [Benchmark(Description = "004→000 Compare (English against Chinese)")]
    public int CompareAcross() => _comparer.Compare(_004, _000).Matches.Count;

    [Benchmark(Description = "read the CC-CEDICT table")]
    public int ReadTable() => CcCedict.Load().Count;
}
