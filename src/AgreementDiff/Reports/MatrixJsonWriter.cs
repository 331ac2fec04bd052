using System.Text.Json;
using AgreementDiff.Corpus;

namespace AgreementDiff.Reports;

/// <summary>Writes a topic matrix as JSON (schema version 1): the agreements, then one topic per row with a cell per agreement.</summary>
/// <remarks>Deterministic: the same matrix gives byte-identical text. Thread safe.</remarks>
public static class MatrixJsonWriter
{
    /// <summary>Returns <paramref name="matrix"/> as a JSON string ending with a line feed.</summary>
    /// <param name="matrix">The matrix to write.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(TopicMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return ComparisonJsonWriter.Text(stream => Write(matrix, stream));
    }

    /// <summary>Writes <paramref name="matrix"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="matrix">The matrix to write.</param>
    /// <param name="stream">The stream to write to; it is not closed.</param>
    public static void Write(TopicMatrix matrix, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, OutlineJsonWriter.WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", 1);
        writer.WriteStartArray("agreements");
        foreach (var agreement in matrix.Agreements)
        {
            ComparisonJsonWriter.WriteSide(writer, null, agreement, null);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("topics");
        foreach (var topic in matrix.Topics)
        {
            writer.WriteStartObject();
            writer.WriteString("name", topic.Name);
            writer.WriteStartArray("headings");
            topic.Headings.ToList().ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteStartArray("cells");
            foreach (var cell in topic.Cells)
            {
                writer.WriteStartArray();
                foreach (var clause in cell)
                {
                    writer.WriteStartObject();
                    writer.WriteString("path", clause.Path);
                    writer.WriteString("label", clause.Label);
                    writer.WriteString("heading", clause.Heading);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

}
