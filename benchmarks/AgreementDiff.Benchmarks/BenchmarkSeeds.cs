namespace AgreementDiff.Benchmarks;

/// <summary>Finds the repository's seeds/ folder from the benchmark's working or output folder.</summary>
internal static class BenchmarkSeeds
{
    public static string Folder { get; } = Find();

    public static string[] Files => Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).ToArray();

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AgreementDiff.sln")))
                {
                    return Path.Combine(dir.FullName, "seeds");
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks inside the repository.");
    }
}
