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
    /// <remarks>
    /// With <paramref name="byNumber"/>, a segment also matches a clause numbered the same in another form: 第12条, 第十二條
    /// and 第十二条 are one article (the style and the number decide, whatever the script or digits), and a bare number
    /// (12) is the article of that number.
    /// </remarks>
    public static bool Matches(Clause clause, List<string> segments, bool byNumber = false)
    {
        var current = clause;
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            if (current is null || !(string.Equals(current.Label, segments[i], StringComparison.Ordinal) || (byNumber && SameNumber(current, segments[i]))))
            {
                return false;
            }

            current = current.Parent;
        }

        return true;
    }

    private static bool SameNumber(Clause clause, string segment)
    {
        if (clause.Number is not { } number)
        {
            return false;
        }

        if (int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bare))
        {
            return clause.Style == NumberingStyle.Article && number == bare;
        }

        return NumberingMarker.TryParse(segment) is { Rest.Length: 0 } marker && marker.Style == clause.Style && marker.Number == number;
    }
}
