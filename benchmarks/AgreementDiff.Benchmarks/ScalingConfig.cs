using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace AgreementDiff.Benchmarks;

/// <summary>The job for benchmarks over large synthetic corpora: one launch, one warm-up and three measured runs, no pilot.</summary>
/// <remarks>
/// A single operation takes from milliseconds to minutes, so BenchmarkDotNet's default (pilot, then dozens of iterations)
/// would run for hours on a shared two-core machine; the monitoring strategy runs each operation once per iteration.
/// A job given on the command line (<c>--job dry</c>) replaces this one (BenchmarkDotNet would run both).
/// </remarks>
internal sealed class ScalingConfig : ManualConfig
{
    /// <summary>Set by the entry point when the command line names a job.</summary>
    public static bool CommandLineJob { get; set; }

    public ScalingConfig()
    {
        if (CommandLineJob)
        {
            return;
        }

        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithId("Scaling"));
    }
}
