using AgreementDiff.Reading;

namespace AgreementDiff.Benchmarks;

/// <summary>Finds the repository's seeds/ folder from the benchmark's working or output folder.</summary>
internal static class BenchmarkSeeds
{
    public static string Folder { get; } = Find();

    public static string[] Files => Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).ToArray();

    /// <summary>The path of the seed whose file name starts with <paramref name="number"/> (<c>001</c>).</summary>
    public static string File(string number) => Files.Single(f => Path.GetFileName(f).StartsWith(number + "_", StringComparison.Ordinal));

    /// <summary>The seed whose file name starts with <paramref name="number"/>, read.</summary>
    public static Agreement Read(string number) => AgreementReader.ReadFile(File(number));

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "AgreementDiff.sln")))
                {
                    return Path.Combine(dir.FullName, "seeds");
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks inside the repository.");
    }
}
