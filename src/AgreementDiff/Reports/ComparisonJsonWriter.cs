using System.Text.Json;
using AgreementDiff.Alignment;
using AgreementDiff.Diff;

namespace AgreementDiff.Reports;

/// <summary>Writes a comparison as the JSON documented in the README (schema version 1): left, right, matches, added, removed, summary.</summary>
/// <remarks>Deterministic: the same comparison gives byte-identical text (scores rounded to four decimals). Thread safe.</remarks>
public static class ComparisonJsonWriter
{
    /// <summary>Returns <paramref name="comparison"/> as a JSON string ending with a line feed.</summary>
    /// <param name="comparison">The comparison to write.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(AgreementComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return Text(stream => Write(comparison, stream));
    }

    /// <summary>Returns what <paramref name="write"/> writes as UTF-8, followed by a line feed.</summary>
    internal static string Text(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes <paramref name="comparison"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="comparison">The comparison to write.</param>
    /// <param name="stream">The stream to write to; it is not closed.</param>
    public static void Write(AgreementComparison comparison, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, OutlineJsonWriter.WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", 1);
        WriteSide(writer, "left", comparison.Left, comparison.LeftScope);
        WriteSide(writer, "right", comparison.Right, comparison.RightScope);
        writer.WriteNumber("threshold", Math.Round(comparison.Threshold, 4));
        writer.WriteStartArray("matches");
        foreach (var match in comparison.Matches)
        {
            WriteMatch(writer, match);
        }

        writer.WriteEndArray();
        WriteClauses(writer, "added", comparison.Added);
        WriteClauses(writer, "removed", comparison.Removed);
        WriteSummary(writer, comparison.Summary);
        writer.WriteEndObject();
    }

    /// <summary>Writes an agreement's source, title, date signed and the clause compared (or null).</summary>
    internal static void WriteSide(Utf8JsonWriter writer, string? name, Agreement agreement, Clause? scope)
    {
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        writer.WriteString("source", Path.GetFileName(agreement.SourceName));
        writer.WriteString("title", agreement.Title);
        writer.WriteString("signed", agreement.Metadata.Signed?.Value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("scope", scope?.Path);
        writer.WriteEndObject();
    }

    private static void WriteClauseReference(Utf8JsonWriter writer, string? name, Clause clause)
    {
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        writer.WriteString("path", clause.Path);
        writer.WriteString("label", clause.Label);
        writer.WriteString("heading", clause.Heading);
        writer.WriteString("text", clause.Text);
        writer.WriteString("compared", clause.Content.Length > 0 ? clause.Content : clause.Label);
        writer.WriteEndObject();
    }

    private static void WriteMatch(Utf8JsonWriter writer, ClauseMatch match)
    {
        writer.WriteStartObject();
        WriteClauseReference(writer, "left", match.Left);
        WriteClauseReference(writer, "right", match.Right);
        writer.WriteString("level", match.Role switch { ClauseRole.Group => "group", ClauseRole.Section => "section", _ => "item" });
        writer.WriteNumber("score", match.Score);
        writer.WriteString("change", ReportText.Change(match.Change));
        writer.WriteBoolean("textChanged", match.TextChanged);
        writer.WriteBoolean("scriptDiffers", match.ScriptDiffers);
        if (match.CrossLingual)
        {
            writer.WriteBoolean("crossLingual", true);
        }
        writer.WriteStartObject("explanation");
        writer.WriteString("basis", ReportText.BasisToken(match.Explanation.Basis));
        writer.WriteStartArray("sharedTerms");
        foreach (var term in match.Explanation.SharedTerms)
        {
            writer.WriteStringValue(term);
        }

        writer.WriteEndArray();
        writer.WriteNumber("similarity", match.Explanation.Similarity);
        writer.WriteNumber("containment", match.Explanation.Containment);
        writer.WriteBoolean("sameContext", match.Explanation.SameContext);
        writer.WriteStartArray("evidence");
        foreach (var part in match.Explanation.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("feature", part.Feature);
            writer.WriteNumber("value", part.Value);
            writer.WriteNumber("weight", part.Weight);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartArray("edits");
        foreach (var edit in match.Edits)
        {
            writer.WriteStartObject();
            writer.WriteString("op", edit.Kind switch { EditKind.Equal => "equal", EditKind.Delete => "delete", _ => "insert" });
            writer.WriteString("text", edit.Text);
            if (edit.Kind == EditKind.Equal && !string.Equals(edit.LeftText, edit.RightText, StringComparison.Ordinal))
            {
                writer.WriteString("rightText", edit.RightText);
            }

            writer.WriteNumber("leftOffset", edit.LeftOffset);
            writer.WriteNumber("rightOffset", edit.RightOffset);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteClauses(Utf8JsonWriter writer, string name, IReadOnlyList<Clause> clauses)
    {
        writer.WriteStartArray(name);
        foreach (var clause in clauses)
        {
            WriteClauseReference(writer, null, clause);
        }

        writer.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter writer, string name, ChangeCounts counts)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("unchanged", counts.Unchanged);
        writer.WriteNumber("modified", counts.Modified);
        writer.WriteNumber("moved", counts.Moved);
        writer.WriteNumber("split", counts.Split);
        writer.WriteNumber("merged", counts.Merged);
        writer.WriteNumber("added", counts.Added);
        writer.WriteNumber("removed", counts.Removed);
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, ComparisonSummary summary)
    {
        writer.WriteStartObject("summary");
        WriteCounts(writer, "sections", summary.Sections);
        WriteCounts(writer, "items", summary.Items);
        writer.WriteStartArray("bySection");
        foreach (var section in summary.BySection)
        {
            writer.WriteStartObject();
            writer.WriteString("left", section.Left?.Path);
            writer.WriteString("right", section.Right?.Path);
            writer.WriteString("heading", (section.Right ?? section.Left)?.Heading);
            // The contract's tokens for a section with no counterpart are "added" and "removed", where the reports say new and no counterpart.
            writer.WriteString("change", section.Change is { } change ? ReportText.Change(change) : section.Left is null ? "added" : "removed");
            WriteCounts(writer, "items", section.Items);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("initiatives");
        foreach (var (name, list) in new[] { ("added", summary.InitiativesAdded), ("dropped", summary.InitiativesDropped) })
        {
            writer.WriteStartArray(name);
            foreach (var initiative in list)
            {
                writer.WriteStartObject();
                writer.WriteString("name", initiative.Name);
                writer.WriteString("path", initiative.Clause.Path);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("numbersChanged");
        foreach (var change in summary.NumbersChanged)
        {
            writer.WriteStartObject();
            writer.WriteString("left", change.Left.Path);
            writer.WriteString("right", change.Right.Path);
            writer.WriteStartArray("before");
            change.Before.ToList().ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteStartArray("after");
            change.After.ToList().ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("renumbered");
        foreach (var run in summary.Renumbered)
        {
            writer.WriteStartObject();
            writer.WriteString("left", run.LeftRange);
            writer.WriteString("right", run.RightRange);
            writer.WriteString("leftFirst", run.LeftFirst.Path);
            writer.WriteString("leftLast", run.LeftLast.Path);
            writer.WriteString("rightFirst", run.RightFirst.Path);
            writer.WriteString("rightLast", run.RightLast.Path);
            writer.WriteNumber("pairs", run.Pairs);
            writer.WriteNumber("reworded", run.Reworded);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
