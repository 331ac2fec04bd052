using AgreementDiff;
using AgreementDiff.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/AgreementDiff.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/AgreementDiff.Benchmarks -- corpus 100 [--print K]   (inspect the synthetic corpus)
if (args is ["corpus", var size, ..])
{
    var corpus = SyntheticCorpus.Default;
    if (args is [_, _, "--print", var number])
    {
        Console.Write(corpus.Text(int.Parse(number, System.Globalization.CultureInfo.InvariantCulture)));
        return 0;
    }

    var agreements = corpus.Agreements(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture)).ToList();
    var clauses = agreements.Select(a => a.AllClauses().ToList()).ToList();
    Console.WriteLine($"{agreements.Count} synthetic agreements from {corpus.SourceSections} seed sections");
    Console.WriteLine($"clauses: {clauses.Sum(c => c.Count)} ({clauses.Min(c => c.Count)}..{clauses.Max(c => c.Count)} per agreement)");
    Console.WriteLine($"sections: {clauses.Sum(c => c.Count(x => x.Kind == ClauseKind.Section))}, items: {clauses.Sum(c => c.Count(x => x.Kind == ClauseKind.Item))}");
    Console.WriteLine($"characters: {agreements.Sum(a => a.AllClauses().Sum(c => c.Content.Length))}; diagnostics: {agreements.Sum(a => a.Diagnostics.Count)}");
    return 0;
}

ScalingConfig.CommandLineJob = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();

// BenchmarkDotNet reports a benchmark that failed to build or threw, but exits 0; CI needs to know.
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
