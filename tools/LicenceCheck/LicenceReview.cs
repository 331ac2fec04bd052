using System.Text;
using System.Text.Json;
using NuGet.Packaging;

namespace LicenceCheck;

/// <summary>A licence read by hand for a package whose nuspec names none the check can judge (a licence file, a URL).</summary>
/// <param name="Id">The package id.</param>
/// <param name="Version">The exact version read: a new version must be read again.</param>
/// <param name="Licence">The SPDX expression of what was read.</param>
/// <param name="Reason">Where it was read and what it says.</param>
internal sealed record AllowedLicence(string Id, string Version, string Licence, string Reason);

/// <summary>One package's line in the review: its licence as stated or as read by hand, and the verdict.</summary>
/// <param name="Package">The package.</param>
/// <param name="Licence">The licence: an SPDX expression, or what the nuspec points to.</param>
/// <param name="Verdict">The verdict on <paramref name="Licence"/>.</param>
/// <param name="ReadByHand">Whether the licence comes from the allow-list.</param>
internal sealed record ReviewedPackage(PackageUse Package, string Licence, Verdict Verdict, bool ReadByHand);

/// <summary>The review of a solution's packages: each package's licence and what is wrong.</summary>
/// <param name="Packages">Every package, in the inventory's order.</param>
/// <param name="Problems">One line per problem; none when every package may be shipped and tested with.</param>
internal sealed record LicenceReview(IReadOnlyList<ReviewedPackage> Packages, IReadOnlyList<string> Problems)
{
    /// <summary>Judges each package by its nuspec's licence expression, or by the allow-list when the nuspec gives none the check knows.</summary>
    /// <remarks>
    /// A copyleft expression fails whatever the allow-list says; an unknown licence fails unless the allow-list reads it, with
    /// a reason, as a permissive one; an allow-list entry that no package needs fails too, so the list cannot go stale.
    /// </remarks>
    public static LicenceReview Of(IReadOnlyList<PackageUse> packages, IReadOnlyList<AllowedLicence> allowList)
    {
        var problems = new List<string>();
        foreach (var entry in allowList.Where(e => string.IsNullOrWhiteSpace(e.Reason) || string.IsNullOrWhiteSpace(e.Licence)))
        {
            problems.Add($"{entry.Id} {entry.Version}: the allow-list entry needs a licence and a reason");
        }

        var used = new HashSet<AllowedLicence>();
        var reviewed = new List<ReviewedPackage>();
        foreach (var package in packages)
        {
            var (licence, verdict) = Stated(package);
            var allowed = allowList.FirstOrDefault(e => string.Equals(e.Id, package.Id, StringComparison.OrdinalIgnoreCase) && e.Version == package.Version);
            var readByHand = false;
            if (verdict == Verdict.Unknown && allowed is not null)
            {
                used.Add(allowed);
                (licence, verdict, readByHand) = (allowed.Licence, LicenceJudge.Judge(allowed.Licence), true);
            }

            var name = $"{package.Id} {package.Version} ({string.Join(", ", package.UsedBy)})";
            switch (verdict)
            {
                case Verdict.Copyleft:
                    problems.Add($"{name}: {licence} is a copyleft licence; this MIT project may not ship or test with it");
                    break;
                case Verdict.Unknown:
                    problems.Add($"{name}: the licence ({licence}) is unknown; read it and add the package to the allow-list with the licence and a reason");
                    break;
            }

            reviewed.Add(new ReviewedPackage(package, licence, verdict, readByHand));
        }

        problems.AddRange(allowList.Where(e => !used.Contains(e)).Select(e => $"{e.Id} {e.Version}: the allow-list entry matches no package whose licence is unknown; remove it"));
        return new LicenceReview(reviewed, problems);
    }

    /// <summary>Reads the allow-list: <c>{ "packages": [ { "id", "version", "licence", "reason" } ] }</c>.</summary>
    public static IReadOnlyList<AllowedLicence> ReadAllowList(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.GetProperty("packages").EnumerateArray().Select(e => new AllowedLicence(
            e.GetProperty("id").GetString() ?? string.Empty,
            e.GetProperty("version").GetString() ?? string.Empty,
            e.TryGetProperty("licence", out var licence) ? licence.GetString() ?? string.Empty : string.Empty,
            e.TryGetProperty("reason", out var reason) ? reason.GetString() ?? string.Empty : string.Empty))];
    }

    /// <summary>The README's table: one row per package with its version, licence and what uses it.</summary>
    public string Table()
    {
        var table = new StringBuilder("| package | version | licence | used by |\n|---|---|---|---|\n");
        foreach (var row in Packages)
        {
            table.Append($"| {row.Package.Id} | {row.Package.Version} | {row.Licence}{(row.ReadByHand ? " (read by hand)" : string.Empty)} | {string.Join(", ", row.Package.UsedBy)} |\n");
        }

        return table.ToString();
    }

    /// <summary>The licence a package's nuspec states, and its verdict: an expression is judged, a file or a URL is unknown.</summary>
    private static (string Licence, Verdict Verdict) Stated(PackageUse package)
    {
        if (!File.Exists(package.Nuspec))
        {
            return ($"no nuspec at {package.Nuspec}", Verdict.Unknown);
        }

        var nuspec = new NuspecReader(package.Nuspec);
        return nuspec.GetLicenseMetadata() switch
        {
            { Type: LicenseType.Expression } metadata => (metadata.License, LicenceJudge.Judge(metadata.License)),
            { Type: LicenseType.File } metadata => ($"file {metadata.License}", Verdict.Unknown),
            _ => (nuspec.GetLicenseUrl() is { Length: > 0 } url ? url : "none stated", Verdict.Unknown),
        };
    }
}
