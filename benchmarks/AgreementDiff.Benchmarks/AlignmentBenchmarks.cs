using AgreementDiff.Alignment;
using AgreementDiff.Reading;
using BenchmarkDotNet.Attributes;

namespace AgreementDiff.Benchmarks;

/// <summary>Comparing two seeds end to end (read both, align, diff every matched pair), and two chosen sections.</summary>
[MemoryDiagnoser]
[Config(typeof(BaselineConfig))]
public class AlignmentBenchmarks
{
    private byte[] _000 = [];
    private byte[] _001 = [];
    private byte[] _003 = [];
    private Agreement _left = null!;
    private Agreement _right = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_000, _001, _003) = (Bytes("000"), Bytes("001"), Bytes("003"));
        (_left, _right) = (BenchmarkSeeds.Read("001"), BenchmarkSeeds.Read("003"));
    }

    /// <summary>The target: under 10 ms and 20 MB.</summary>
    [Benchmark(Description = "001→003 end to end")]
    public int EndToEnd001To003() => Compare(_001, _003);

    [Benchmark(Description = "000→001 end to end")]
    public int EndToEnd000To001() => Compare(_000, _001);

    [Benchmark(Description = "001→003 Compare (read beforehand)")]
    public int Compare001To003() => AgreementComparer.Default.Compare(_left, _right).Matches.Count;

    [Benchmark(Description = "CompareClauses (十二)→五")]
    public int CompareClauses() => AgreementComparer.Default.CompareClauses(_left["(十二)"], _right["五"]).Matches.Count;

    private static byte[] Bytes(string number) => File.ReadAllBytes(BenchmarkSeeds.File(number));

    private static int Compare(byte[] left, byte[] right) =>
        AgreementComparer.Default.Compare(AgreementReader.ReadBytes(left, "left.txt"), AgreementReader.ReadBytes(right, "right.txt")).Matches.Count;
}
