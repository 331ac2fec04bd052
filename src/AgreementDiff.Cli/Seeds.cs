using System.Text.Json;
using AgreementDiff.Reading;

namespace AgreementDiff.Cli;

/// <summary>The reference corpus embedded in the tool, and how command arguments name files or seeds.</summary>
internal static class Seeds
{
    private const string Prefix = "seeds/";

    private static readonly List<SeedEntry> Manifest = LoadManifest();

    /// <summary>The manifest's kind of a signed agreement, as opposed to a memorandum or a press release.</summary>
    private const string AgreementKind = "agreement";

    /// <summary>Gets the embedded seeds as (id, file name, title), in manifest order.</summary>
    public static IReadOnlyList<SeedEntry> All => Manifest;

    /// <summary>Gets the pair a bare <c>agreement-diff</c> compares: the latest signed seed against the latest earlier agreement of the same parties.</summary>
    /// <remarks>Chosen from the manifest's dates, parties and kinds, so a corpus with another renewal picks that one.</remarks>
    public static (SeedEntry Left, SeedEntry Right) DefaultPair
    {
        get
        {
            var dated = All.Where(s => s.Signed is not null).ToList();
            var right = dated.OrderByDescending(s => s.Signed).ThenBy(Manifest.IndexOf).FirstOrDefault()
                ?? throw new InvalidOperationException("The embedded manifest dates no seed.");
            var left = dated
                .Where(s => s.Signed < right.Signed && s.Parties.Order(StringComparer.Ordinal).SequenceEqual(right.Parties.Order(StringComparer.Ordinal)))
                .OrderByDescending(s => s.Kind == AgreementKind)
                .ThenByDescending(s => s.Signed)
                .ThenBy(Manifest.IndexOf)
                .FirstOrDefault()
                ?? throw new InvalidOperationException($"The embedded manifest has no earlier document of the parties of {right.Id}.");
            return (left, right);
        }
    }

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
            .Select(s => new SeedEntry(
                s.GetProperty("id").GetString()!,
                s.GetProperty("file").GetString()!,
                s.GetProperty("title").GetString()!,
                s.GetProperty("kind").GetString()!,
                s.TryGetProperty("signed", out var signed) && DateOnly.TryParseExact(signed.GetString(), "yyyy-MM-dd", out var date) ? date : null,
                s.TryGetProperty("parties", out var parties) ? [.. parties.EnumerateArray().Select(p => p.GetString()!)] : []))
            .ToList();
    }
}

/// <summary>One seed of the embedded corpus.</summary>
/// <param name="Id">The manifest id, usable in place of a file name.</param>
/// <param name="File">The embedded file's name.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Kind">agreement, memorandum, press release…</param>
/// <param name="Signed">The date signed, when the manifest gives one.</param>
/// <param name="Parties">The parties, as the manifest names them.</param>
internal sealed record SeedEntry(string Id, string File, string Title, string Kind, DateOnly? Signed, IReadOnlyList<string> Parties);
