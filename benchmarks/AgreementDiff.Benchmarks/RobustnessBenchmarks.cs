using System.Text;
using AgreementDiff.Reading;
using BenchmarkDotNet.Attributes;

namespace AgreementDiff.Benchmarks;

/// <summary>Reading time and allocation against input size, for a many-clause agreement and for one long line: both should grow linearly.</summary>
[MemoryDiagnoser]
public class RobustnessBenchmarks
{
    private byte[] _agreement = [];
    private byte[] _singleLine = [];

    /// <summary>Gets or sets the input's size in megabytes.</summary>
    [Params(5, 10, 50)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var size = Megabytes * 1000 * 1000;
        var text = new StringBuilder("合成測試合作協議\n");
        // Chapters of 99 articles each (CJK text is 3 bytes a character in UTF-8).
        for (var n = 1; text.Length * 3 < size; n++)
        {
            text.Append(n % 100 == 0 ? $"第{(n / 100) + 1}章 合作領域\n" : $"第{n % 100}條 雙方同意在本領域加強交流與合作，共同推進有關項目落實。\n");
        }

        _agreement = Encoding.UTF8.GetBytes(text.ToString());
        _singleLine = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("雙方同意加強交流與合作，", size / 36)));
    }

    [Benchmark]
    public int ReadManyClauses() => AgreementReader.ReadBytes(_agreement, "many-clauses.txt").AllClauses().Count();

    [Benchmark]
    public int ReadOneLongLine() => AgreementReader.ReadBytes(_singleLine, "one-line.txt").Clauses.Count;
}
