using System.Text.Json;
using AgreementDiff.Reading;
using Xunit;

namespace AgreementDiff.Tests.Support;

/// <summary>The repository's seed corpus (seeds/ and its manifest), read from the repository, not copied.</summary>
public static class SeedCorpus
{
    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Files = new(LoadManifest);  // insertion (manifest) order

    /// <summary>Gets the repository's root folder (the one holding AgreementDiff.sln).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>Gets the seeds folder.</summary>
    public static string Folder => Path.Combine(Root.Value, "seeds");

    /// <summary>Gets the seed ids in manifest order.</summary>
    public static IReadOnlyList<string> Ids => [.. Files.Value.Keys];

    /// <summary>Gets the seed file names in manifest order.</summary>
    public static IReadOnlyList<string> FileNames => [.. Files.Value.Values];

    /// <summary>Gets every seed id as theory data.</summary>
    public static TheoryData<string> All => [.. Ids];

    /// <summary>Gets the full path of the seed with the given manifest id.</summary>
    public static string PathOf(string id) => Path.Combine(Folder, Files.Value[id]);

    /// <summary>Gets the bytes of the seed with the given manifest id.</summary>
    public static byte[] Bytes(string id) => File.ReadAllBytes(PathOf(id));

    /// <summary>Reads the seed with the given manifest id.</summary>
    public static Agreement Read(string id) => AgreementReader.ReadFile(PathOf(id));

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

    private static IReadOnlyDictionary<string, string> LoadManifest()
    {
        using var stream = File.OpenRead(Path.Combine(Folder, "manifest.json"));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("seeds").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("file").GetString()!);
    }
}

/// <summary>The manifest ids of the seeds, as constants for test data.</summary>
public static class Seed
{
    /// <summary>Jiangsu–Hong Kong agreement, 2023 (000).</summary>
    public const string JiangsuAgreement = "js-hk-2023-agreement";

    /// <summary>Zhejiang–Hong Kong agreement, 2023, extracted from a PDF (001).</summary>
    public const string ZhejiangAgreement = "zj-hk-2023-agreement";

    /// <summary>Press release on the Zhejiang signing, Chinese (002).</summary>
    public const string ZhejiangPressRelease = "zj-hk-2023-press-release";

    /// <summary>Memorandum of the first Zhejiang–Hong Kong conference, 2025 (003).</summary>
    public const string ZhejiangMemorandum = "zj-hk-2025-memorandum";

    /// <summary>Press release on the Jiangsu signing, English (004).</summary>
    public const string JiangsuPressReleaseEnglish = "js-hk-2023-press-release-en";
}
