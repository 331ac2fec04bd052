using System.Globalization;
using FsCheck;
using Microsoft.FSharp.Core;

namespace AgreementDiff.Tests.Support;

/// <summary>Runs FsCheck properties with a modest number of cases and a seed that can be fixed.</summary>
/// <remarks>
/// Under <c>CI=true</c> every run uses <see cref="CiSeed"/>, so CI sees the same cases each time; elsewhere each run draws
/// new ones. <c>AGREEMENTDIFF_PROPERTY_SEED=SEED,GAMMA</c> (the pair FsCheck prints with a failure) replays a run, and
/// <c>AGREEMENTDIFF_PROPERTY_SEED=random</c> draws new cases under CI too.
/// </remarks>
public static class PropertyRun
{
    /// <summary>The environment variable that fixes or frees the seed.</summary>
    public const string SeedVariable = "AGREEMENTDIFF_PROPERTY_SEED";

    /// <summary>The seed CI uses (FsCheck needs the second number, gamma, odd).</summary>
    public const string CiSeed = "20260801,1441";

    /// <summary>Checks <paramref name="property"/> on <paramref name="cases"/> generated cases, throwing with the shrunk counterexample on failure.</summary>
    public static void Check(Property property, int cases)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true);
        var seed = Environment.GetEnvironmentVariable(SeedVariable) ?? (Environment.GetEnvironmentVariable("CI") == "true" ? CiSeed : "random");
        if (seed != "random")
        {
            var parts = seed.Trim('(', ')', ' ').Split(',', StringSplitOptions.TrimEntries);
            var rnd = new Rnd(ulong.Parse(parts[0], CultureInfo.InvariantCulture), ulong.Parse(parts[1], CultureInfo.InvariantCulture));
            config = config.WithReplay(FSharpOption<Replay>.Some(new Replay(rnd, FSharpOption<int>.None)));
        }

        FsCheck.Check.One(config, property);
    }
}
