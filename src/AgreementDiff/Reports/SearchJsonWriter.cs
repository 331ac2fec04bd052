using System.Text.Json;
using AgreementDiff.Index;

namespace AgreementDiff.Reports;

/// <summary>Writes search results as the JSON documented in the README (schema version 1).</summary>
/// <remarks>Deterministic for the same index and query: scores are rounded to four decimals. Thread safe.</remarks>
public static class SearchJsonWriter
{
    /// <summary>Returns the results of <paramref name="query"/> as a JSON string ending with a line feed.</summary>
    /// <param name="query">The query as the user gave it.</param>
    /// <param name="hits">The hits, in the order to report them.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(string query, IReadOnlyList<SearchHit> hits)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(hits);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, OutlineJsonWriter.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", 1);
            writer.WriteString("query", query);
            writer.WriteStartArray("hits");
            foreach (var hit in hits)
            {
                writer.WriteStartObject();
                writer.WriteString("agreement", hit.AgreementId);
                writer.WriteString("path", hit.Path);
                writer.WriteString("label", hit.Label);
                writer.WriteString("heading", hit.Heading);
                writer.WriteNumber("depth", hit.Depth);
                writer.WriteNumber("score", Math.Round(hit.Score, 4));
                writer.WriteString("snippet", hit.Snippet);
                writer.WriteString("marked", hit.MarkedSnippet);
                writer.WriteStartArray("highlights");
                foreach (var range in hit.Highlights)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("start", range.Start);
                    writer.WriteNumber("length", range.Length);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
