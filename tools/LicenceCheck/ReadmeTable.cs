namespace LicenceCheck;

/// <summary>The README's licence table, kept between two comment lines that the check finds and rewrites.</summary>
internal static class ReadmeTable
{
    /// <summary>The line before the table.</summary>
    public const string Start = "<!-- licences: written by tools/LicenceCheck (dotnet run --project tools/LicenceCheck -- --write); do not edit -->";

    /// <summary>The line after the table.</summary>
    public const string End = "<!-- licences: end -->";

    /// <summary>Returns <paramref name="readme"/> with <paramref name="table"/> between the markers, or <see langword="null"/> when they are missing.</summary>
    public static string? Replace(string readme, string table)
    {
        var text = readme.ReplaceLineEndings("\n");
        var start = text.IndexOf(Start + "\n", StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf(End, start, StringComparison.Ordinal);
        return end < 0 ? null : string.Concat(text.AsSpan(0, start + Start.Length + 1), table, text.AsSpan(end));
    }
}
