using System.Text.Json;

namespace AgreementDiff.Cli.Tests.Support;

/// <summary>The repository's seed corpus (seeds/ and its manifest), read from the repository, never copied.</summary>
internal static class RepositorySeeds
{
    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Lazy<IReadOnlyList<(string Id, string File)>> Entries = new(LoadManifest);

    /// <summary>Gets the repository's root folder (the one holding AgreementDiff.sln).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>Gets the seeds folder.</summary>
    public static string Folder => Path.Combine(Root.Value, "seeds");

    /// <summary>Gets the seed ids in manifest order.</summary>
    public static IReadOnlyList<string> Ids => Entries.Value.Select(e => e.Id).ToList();

    /// <summary>Gets the seed file names in manifest order.</summary>
    public static IReadOnlyList<string> FileNames => Entries.Value.Select(e => e.File).ToList();

    /// <summary>Gets the full path of the seed with the given manifest id.</summary>
    public static string PathOf(string id) => Path.Combine(Folder, Entries.Value.Single(e => e.Id == id).File);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AgreementDiff.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the repository: no AgreementDiff.sln above " + AppContext.BaseDirectory);
    }

    private static List<(string Id, string File)> LoadManifest()
    {
        using var stream = File.OpenRead(Path.Combine(Folder, "manifest.json"));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("seeds").EnumerateArray()
            .Select(s => (s.GetProperty("id").GetString()!, s.GetProperty("file").GetString()!))
            .ToList();
    }
}

/// <summary>The manifest ids of the seeds, as constants for test data.</summary>
internal static class SeedId
{
    public const string JiangsuAgreement = "js-hk-2023-agreement";
    public const string ZhejiangAgreement = "zj-hk-2023-agreement";
    public const string ZhejiangPressRelease = "zj-hk-2023-press-release";
    public const string ZhejiangMemorandum = "zj-hk-2025-memorandum";
    public const string JiangsuPressReleaseEnglish = "js-hk-2023-press-release-en";
}
