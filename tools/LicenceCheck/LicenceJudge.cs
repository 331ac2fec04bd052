using NuGet.Packaging.Licenses;

namespace LicenceCheck;

/// <summary>What a licence allows this MIT project to do with a package: ship it or test with it freely, or not.</summary>
/// <remarks>Ordered from best to worst: <c>OR</c> takes the best of its sides, <c>AND</c> the worst.</remarks>
internal enum Verdict
{
    /// <summary>A permissive licence: MIT, Apache-2.0, BSD and the like.</summary>
    Permissive,

    /// <summary>A licence the check does not know: a licence file, a URL, a non-standard identifier.</summary>
    Unknown,

    /// <summary>A copyleft (or otherwise restrictive) licence: GPL, AGPL, LGPL, MPL, EUPL, SSPL, CC-BY-SA…</summary>
    Copyleft,
}

/// <summary>Judges SPDX licence expressions as NuGet parses them.</summary>
internal static class LicenceJudge
{
    /// <summary>Permissive SPDX identifiers: no condition beyond keeping a notice.</summary>
    private static readonly HashSet<string> PermissiveLicences = new(StringComparer.OrdinalIgnoreCase)
    {
        "MIT", "MIT-0", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "ISC", "Zlib", "Unlicense", "BSL-1.0",
        "PostgreSQL", "CC0-1.0", "X11", "Unicode-DFS-2016", "Unicode-3.0", "Python-2.0",
    };

    /// <summary>Prefixes of SPDX identifiers of copyleft licences (any version, "-only" or "-or-later"), and of licences that forbid commercial use.</summary>
    private static readonly string[] CopyleftPrefixes =
    [
        "GPL-", "AGPL-", "LGPL-", "MPL-", "EUPL-", "SSPL-", "CC-BY-SA-", "CC-BY-NC", "OSL-", "EPL-", "CDDL-", "CPAL-",
        "CECILL", "MS-RL", "RPL-", "QPL-", "Sleepycat", "ODbL-", "OFL-", "APSL-", "CPL-", "NPL-", "IPL-", "LPL-",
    ];

    /// <summary>Judges a licence expression such as <c>MIT</c>, <c>MIT OR GPL-2.0-only</c> or <c>GPL-2.0-only WITH Classpath-exception-2.0</c>.</summary>
    /// <param name="expression">The SPDX expression.</param>
    /// <returns>The verdict; an expression NuGet cannot parse is <see cref="Verdict.Unknown"/>.</returns>
    public static Verdict Judge(string expression)
    {
        NuGetLicenseExpression parsed;
        try
        {
            parsed = NuGetLicenseExpression.Parse(expression);
        }
        catch (Exception e) when (e is NuGetLicenseExpressionParsingException or ArgumentException)
        {
            return Verdict.Unknown;
        }

        return Judge(parsed);
    }

    /// <summary>Judges a parsed expression: an exception (<c>WITH</c>) does not lift a copyleft, <c>OR</c> lets the user choose.</summary>
    public static Verdict Judge(NuGetLicenseExpression expression) => expression switch
    {
        NuGetLicense licence => Of(licence.Identifier),
        WithOperator with => Of(with.License.Identifier),
        LogicalOperator { LogicalOperatorType: LogicalOperatorType.Or } or => (Verdict)Math.Min((int)Judge(or.Left), (int)Judge(or.Right)),
        LogicalOperator and => (Verdict)Math.Max((int)Judge(and.Left), (int)Judge(and.Right)),
        _ => Verdict.Unknown,
    };

    private static Verdict Of(string identifier) =>
        CopyleftPrefixes.Any(p => identifier.StartsWith(p, StringComparison.OrdinalIgnoreCase)) ? Verdict.Copyleft
        : PermissiveLicences.Contains(identifier) ? Verdict.Permissive
        : Verdict.Unknown;
}
