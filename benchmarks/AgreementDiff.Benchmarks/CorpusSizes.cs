using System.Globalization;

namespace AgreementDiff.Benchmarks;

/// <summary>The synthetic corpus sizes the scaling benchmarks run at: 10, 100, 1,000 and 10,000 agreements.</summary>
/// <remarks>
/// <c>AGREEMENTDIFF_BENCH_SIZES</c> (comma-separated) overrides them, so CI's dry run builds only small corpora. The child
/// processes BenchmarkDotNet starts inherit the variable.
/// </remarks>
internal static class CorpusSizes
{
    public const string Variable = "AGREEMENTDIFF_BENCH_SIZES";

    public static IEnumerable<int> All =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            : [10, 100, 1_000, 10_000];
}
