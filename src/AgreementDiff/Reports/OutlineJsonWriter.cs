using System.Text.Encodings.Web;
using System.Text.Json;
using AgreementDiff.Reading;

namespace AgreementDiff.Reports;

/// <summary>Writes an agreement's clause tree as the JSON outline documented in the README (schema version 1).</summary>
/// <remarks>Output is deterministic: the same agreement always gives byte-identical JSON. Thread safe.</remarks>
public static class OutlineJsonWriter
{
    /// <summary>The version of the outline JSON schema this writer produces.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Gets the JSON writer settings shared by the project's JSON reports: indented, CJK text unescaped.</summary>
    internal static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the outline of <paramref name="agreement"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="agreement">The agreement to describe.</param>
    /// <param name="stream">The stream to write to; it is not closed.</param>
    public static void Write(Agreement agreement, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteString("source", Path.GetFileName(agreement.SourceName));
        writer.WriteString("title", agreement.Title);
        WriteMetadata(writer, agreement.Metadata);
        writer.WriteStartArray("clauses");
        foreach (var clause in agreement.Clauses)
        {
            WriteClause(writer, clause);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in agreement.Diagnostics)
        {
            WriteDiagnostic(writer, diagnostic);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.Write("\n"u8);
    }

    /// <summary>Returns the outline of <paramref name="agreement"/> as a JSON string.</summary>
    /// <param name="agreement">The agreement to describe.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    public static string ToJson(Agreement agreement)
    {
        using var stream = new MemoryStream();
        Write(agreement, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Returns one clause with its descendants as JSON: <c>schemaVersion</c>, <c>source</c>, <c>title</c> and the <c>clause</c> as the outline writes clauses.</summary>
    /// <param name="clause">The clause to describe.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    public static string ToJson(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SchemaVersion);
            writer.WriteString("source", Path.GetFileName(clause.Agreement.SourceName));
            writer.WriteString("title", clause.Agreement.Title);
            writer.WritePropertyName("clause");
            WriteClause(writer, clause);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes a clause's identity and content (label, path, heading, text) and, when asked, its children.</summary>
    internal static void WriteClause(Utf8JsonWriter writer, Clause clause, bool children = true)
    {
        writer.WriteStartObject();
        writer.WriteString("label", clause.Label);
        writer.WriteString("path", clause.Path);
        writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(clause.Kind.ToString()));
        writer.WriteString("style", JsonNamingPolicy.CamelCase.ConvertName(clause.Style.ToString()));
        if (clause.Number is { } number)
        {
            writer.WriteNumber("number", number);
        }
        else
        {
            writer.WriteNull("number");
        }

        if (clause.Heading is { } heading)
        {
            writer.WriteString("heading", heading);
        }
        else
        {
            writer.WriteNull("heading");
        }

        writer.WriteString("text", clause.Text);
        writer.WriteStartObject("span");
        writer.WriteNumber("startLine", clause.Span.StartLine);
        writer.WriteNumber("endLine", clause.Span.EndLine);
        writer.WriteEndObject();
        if (children)
        {
            writer.WriteStartArray("children");
            foreach (var child in clause.Children)
            {
                WriteClause(writer, child);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter writer, AgreementMetadata metadata)
    {
        writer.WriteStartObject("metadata");
        if (metadata.Header is { } header)
        {
            writer.WriteString("header", header);
        }

        writer.WriteStartArray("parties");
        foreach (var party in metadata.Parties)
        {
            writer.WriteStringValue(party);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("dates");
        foreach (var date in metadata.Dates)
        {
            WriteDate(writer, date);
        }

        writer.WriteEndArray();
        if (metadata.Signed is { } signed)
        {
            writer.WritePropertyName("signed");
            WriteDate(writer, signed);
        }
        else
        {
            writer.WriteNull("signed");
        }

        writer.WriteString("language", metadata.Language);
        writer.WriteString("encoding", metadata.Encoding);
        writer.WriteString("format", JsonNamingPolicy.CamelCase.ConvertName(metadata.Format.ToString()));
        writer.WriteStartArray("history");
        foreach (var revision in metadata.History)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(revision.Kind.ToString()));
            writer.WriteString("word", revision.Word);
            writer.WritePropertyName("date");
            WriteDate(writer, revision.Date);
            writer.WriteString("text", revision.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("contents");
        foreach (var entry in metadata.Contents)
        {
            writer.WriteStringValue(entry);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, PrintedDate date)
    {
        writer.WriteStartObject();
        writer.WriteString("text", date.Text);
        if (date.Value is { } value)
        {
            writer.WriteString("value", value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("value");
        }

        writer.WriteNumber("line", date.Line);
        writer.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, ReadDiagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("problem", JsonNamingPolicy.CamelCase.ConvertName(diagnostic.Problem.ToString()));
        writer.WriteNumber("line", diagnostic.Line);
        writer.WriteString("message", diagnostic.Message);
        writer.WriteEndObject();
    }
}
