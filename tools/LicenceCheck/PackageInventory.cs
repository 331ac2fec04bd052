using System.Text.RegularExpressions;
using NuGet.ProjectModel;

namespace LicenceCheck;

/// <summary>A package that some project restores, directly or transitively.</summary>
/// <param name="Id">The package id as the assets file spells it.</param>
/// <param name="Version">The version restored.</param>
/// <param name="Nuspec">The path of its .nuspec in the NuGet packages folder.</param>
/// <param name="UsedBy">What uses it: <c>library</c>, <c>tool</c>, <c>tests</c>, <c>benchmarks</c>, <c>fuzzing</c>, <c>build tools</c>.</param>
internal sealed record PackageUse(string Id, string Version, string Nuspec, IReadOnlyList<string> UsedBy);

/// <summary>Every package the projects of a solution restore, read from each project's <c>obj/project.assets.json</c>.</summary>
/// <remarks>
/// The assets file is what restore resolved, transitive packages included; it is what <c>dotnet list package
/// --include-transitive</c> reads too, without the 20 seconds of starting MSBuild for each project.
/// </remarks>
internal static partial class PackageInventory
{
    /// <summary>The order of <see cref="PackageUse.UsedBy"/>: what ships first.</summary>
    private static readonly string[] Uses = ["library", "tool", "tests", "benchmarks", "fuzzing", "build tools"];

    /// <summary>Reads the packages of every project <paramref name="solution"/> lists, by id then version.</summary>
    /// <param name="solution">The .sln file.</param>
    /// <returns>One entry per package and version.</returns>
    /// <exception cref="InvalidOperationException">A project has not been restored.</exception>
    public static IReadOnlyList<PackageUse> Read(string solution)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(solution))!;
        var packages = new Dictionary<(string Id, string Version), (string Nuspec, HashSet<string> Uses)>();
        foreach (var project in Projects(File.ReadAllText(solution)))
        {
            var assets = Path.Combine(root, Path.GetDirectoryName(project)!, "obj", "project.assets.json");
            if (!File.Exists(assets))
            {
                throw new InvalidOperationException($"{project} has not been restored (no {Path.GetRelativePath(root, assets)}): run 'dotnet restore {Path.GetFileName(solution)}' first");
            }

            var lockFile = new LockFileFormat().Read(assets);
            var folder = lockFile.PackageFolders.First().Path;
            var use = UseOf(project);
            foreach (var library in lockFile.Libraries.Where(l => l.Type == "package"))
            {
                var key = (library.Name, library.Version.ToNormalizedString());
                if (!packages.TryGetValue(key, out var entry))
                {
                    // The packages folder holds each package as lower-case id/version/id.nuspec.
                    var nuspec = Path.Combine(folder, library.Path, library.Name.ToLowerInvariant() + ".nuspec");
                    packages[key] = entry = (nuspec, []);
                }

                entry.Uses.Add(use);
            }
        }

        return [.. packages
            .OrderBy(p => p.Key.Id, StringComparer.OrdinalIgnoreCase).ThenBy(p => NuGet.Versioning.NuGetVersion.Parse(p.Key.Version))
            .Select(p => new PackageUse(p.Key.Id, p.Key.Version, p.Value.Nuspec, [.. Uses.Where(p.Value.Uses.Contains)]))];
    }

    /// <summary>Finds AgreementDiff.sln in <paramref name="folder"/> or the nearest folder above it.</summary>
    public static string? FindSolution(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, "AgreementDiff.sln");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The project files a solution lists, as relative paths with '/' separators.</summary>
    internal static IEnumerable<string> Projects(string solution) =>
        ProjectLine().Matches(solution).Select(m => m.Groups["path"].Value.Replace('\\', '/'));

    /// <summary>What a project is for, told by the folder it is in.</summary>
    internal static string UseOf(string project) => project.Split('/') switch
    {
        ["src", var name, ..] => name.EndsWith(".Cli", StringComparison.Ordinal) ? "tool" : "library",
        ["tests", ..] => "tests",
        ["benchmarks", ..] => "benchmarks",
        ["fuzz", ..] => "fuzzing",
        _ => "build tools",
    };

    [GeneratedRegex(@"^Project\(""[^""]*""\) = ""[^""]*"", ""(?<path>[^""]+\.csproj)""", RegexOptions.Multiline)]
    private static partial Regex ProjectLine();
}
