using AgreementDiff;
using AgreementDiff.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/AgreementDiff.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/AgreementDiff.Benchmarks -- corpus 100 [--print K]   (inspect the synthetic corpus)
// dotnet run -c Release --project benchmarks/AgreementDiff.Benchmarks -- corpus 1000 --write DIR    (as files, for the console host)
if (args is ["corpus", var size, ..])
{
    var corpus = SyntheticCorpus.Default;
    if (args is [_, _, "--write", var folder])
    {
        Directory.CreateDirectory(folder);
        var count = int.Parse(size, System.Globalization.CultureInfo.InvariantCulture);
        for (var k = 0; k < count; k++)
        {
            File.WriteAllText(Path.Combine(folder, CorpusIndex.Id(k) + ".txt"), corpus.Text(k));
        }

        Console.WriteLine($"{count} synthetic agreements written to {folder}");
        return 0;
    }

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
