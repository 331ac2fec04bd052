using AgreementDiff.Reading;

namespace AgreementDiff;

/// <summary>Normalizes clause addresses as users type them (§五, 五、, （十二）, 二/(十二)/3) to the labels the reader produces.</summary>
internal static class ClauseAddress
{
    public static List<string> Parse(string address)
    {
        var text = address.Trim().TrimStart('§').Trim();
        return text.Length == 0 ? [] : text.Split('/').Select(Normalize).Where(s => s.Length > 0).ToList();
    }

    public static string Normalize(string segment)
    {
        var clean = TextCleaner.RemoveCjkSpaces(TextCleaner.CleanLine(segment)).TrimStart('§').Trim();
        return NumberingMarker.TryParse(clean) is { Rest.Length: 0 } marker ? marker.Label : clean;
    }

    /// <summary>Tells whether the clause's label, and its ancestors' labels, end with the given segments.</summary>
    public static bool Matches(Clause clause, List<string> segments)
    {
        var current = clause;
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            if (current is null || !string.Equals(current.Label, segments[i], StringComparison.Ordinal))
            {
                return false;
            }

            current = current.Parent;
        }

        return true;
    }
}
