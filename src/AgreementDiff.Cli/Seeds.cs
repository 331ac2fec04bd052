using System.Text.Json;
using AgreementDiff.Reading;

namespace AgreementDiff.Cli;

/// <summary>The reference corpus embedded in the tool, and how command arguments name files or seeds.</summary>
internal static class Seeds
{
    private const string Prefix = "seeds/";

    /// <summary>Gets the embedded seeds as (id, file name, title), in manifest order.</summary>
    public static IReadOnlyList<SeedEntry> All { get; } = LoadManifest();

    /// <summary>Reads an agreement from a file path, or from the embedded seed with that id or file name.</summary>
    public static Agreement Read(string pathOrSeed, AgreementReaderOptions? options = null)
    {
        if (File.Exists(pathOrSeed) || Directory.Exists(pathOrSeed) || pathOrSeed.Contains(Path.DirectorySeparatorChar) || pathOrSeed.Contains('/'))
        {
            return AgreementReader.ReadFile(pathOrSeed, options);
        }

        var seed = All.FirstOrDefault(s => s.Id == pathOrSeed || s.File == pathOrSeed || s.File.StartsWith(pathOrSeed + "_", StringComparison.Ordinal));
        if (seed is null)
        {
            return AgreementReader.ReadFile(pathOrSeed, options);
        }

        using var stream = Open(seed.File);
        return AgreementReader.Read(stream, seed.File, options);
    }

    private static Stream Open(string file) =>
        typeof(Seeds).Assembly.GetManifestResourceStream(Prefix + file)
            ?? throw new InvalidOperationException($"The seed {file} is not embedded in the tool.");

    private static List<SeedEntry> LoadManifest()
    {
        using var stream = Open("manifest.json");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("seeds").EnumerateArray()
            .Select(s => new SeedEntry(s.GetProperty("id").GetString()!, s.GetProperty("file").GetString()!, s.GetProperty("title").GetString()!, s.GetProperty("kind").GetString()!))
            .ToList();
    }
}

/// <summary>One seed of the embedded corpus.</summary>
internal sealed record SeedEntry(string Id, string File, string Title, string Kind);
