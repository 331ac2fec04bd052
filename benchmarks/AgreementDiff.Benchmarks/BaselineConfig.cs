using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace AgreementDiff.Benchmarks;

/// <summary>Runs a benchmark twice in one run, against an earlier commit of the library (the baseline) and against this one, and reports the ratios.</summary>
/// <remarks>
/// Set <c>AGREEMENTDIFF_BASELINE</c> to the root of a checkout of the earlier commit (a <c>git worktree</c>); the
/// baseline job builds this benchmark project against that checkout's library (MSBuild property
/// <c>AgreementDiffBaseline</c>, see the project file). Without it, or when the command line names a job, the
/// benchmark runs as usual.
/// </remarks>
internal sealed class BaselineConfig : ManualConfig
{
    public const string Variable = "AGREEMENTDIFF_BASELINE";

    public BaselineConfig()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } baseline || ScalingConfig.CommandLineJob)
        {
            return;
        }

        var name = Environment.GetEnvironmentVariable(Variable + "_NAME") ?? "baseline";
        AddJob(Job.ShortRun.WithArguments([new MsBuildArgument($"/p:AgreementDiffBaseline={baseline}")]).AsBaseline().WithId(name));
        AddJob(Job.ShortRun.WithId("current"));
    }
}
