using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/AgreementDiff.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
