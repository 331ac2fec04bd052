using AgreementDiff.Alignment;
using BenchmarkDotNet.Attributes;
using DiffPlex;

namespace AgreementDiff.Benchmarks;

/// <summary>DiffPlex's character diff against the project's token diff, on the clause pairs matched between 001 and 003.</summary>
[MemoryDiagnoser]
public class DiffBenchmarks
{
    private (string Left, string Right)[] _pairs = [];

    [GlobalSetup]
    public void Setup()
    {
        var comparison = AgreementComparer.Default.Compare(BenchmarkSeeds.Read("001"), BenchmarkSeeds.Read("003"));
        _pairs = [.. comparison.Matches.Where(m => m.TextChanged).Select(m => (m.Left.Content, m.Right.Content))];
        Console.WriteLine($"// {_pairs.Length} changed pairs, {_pairs.Sum(p => p.Left.Length + p.Right.Length)} characters");
    }

    [Benchmark(Baseline = true, Description = "DiffPlex character diff")]
    public int DiffPlexCharacters() => _pairs.Sum(p => Differ.Instance.CreateCharacterDiffs(p.Left, p.Right, false).DiffBlocks.Count);

    [Benchmark(Description = "TextDiffer (tokens, folded)")]
    public int TextDiffer() => _pairs.Sum(p => Diff.TextDiffer.Default.Diff(p.Left, p.Right).Edits.Count);
}
