using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementDiff.Reading.Formats;

/// <summary>Turns a Word document into lines: one per paragraph, with the labels Word's automatic numbering prints, and one per table row.</summary>
/// <remarks>Only the main body is read: headers, footers, comments and deleted text (tracked changes) are not part of the agreement.</remarks>
internal static class DocxText
{
    /// <summary>Extracts the body's lines from the package in <paramref name="bytes"/>.</summary>
    /// <exception cref="AgreementReadException">The package is not a readable Word document.</exception>
    public static string Extract(byte[] bytes, string sourceName)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart;
            if (main?.Document?.Body is not { } body)
            {
                throw new AgreementReadException(sourceName, null, ReadProblem.Unreadable, "is a Word package without a document body");
            }

            var reader = new BodyReader(main);
            reader.Blocks(body);
            return reader.Text.ToString();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or System.Xml.XmlException or InvalidOperationException or NotSupportedException)
        {
            throw new AgreementReadException(sourceName, null, ReadProblem.Unreadable, $"is not a readable Word document: {e.Message}", e);
        }
    }

    private sealed class BodyReader(MainDocumentPart main)
    {
        private readonly WordNumbering _numbering = new(main.NumberingDefinitionsPart?.Numbering);
        private readonly Dictionary<string, Style> _styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];

        public DocumentText Text { get; } = new();

        public void Blocks(OpenXmlElement container)
        {
            foreach (var element in container.Elements())
            {
                switch (element)
                {
                    case Paragraph p:
                        Paragraph(p);
                        break;
                    case Table t:
                        Table(t);
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                        Blocks(content);
                        break;
                    case CustomXmlBlock custom:
                        Blocks(custom);
                        break;
                }
            }
        }

        private void Paragraph(Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties;
            var styleId = properties?.ParagraphStyleId?.Val?.Value;
            var numbering = properties?.NumberingProperties ?? StyleValue(styleId, s => s.StyleParagraphProperties?.NumberingProperties);
            var label = numbering is null ? null
                : _numbering.Next(numbering.NumberingId?.Val?.Value ?? 0, numbering.NumberingLevelReference?.Val?.Value ?? 0);
            foreach (var line in Runs(paragraph).Split('\n'))
            {
                var text = label is null ? line : label + line;
                label = null;
                if (IsHeading(properties, styleId))
                {
                    Text.Heading(text);
                }
                else
                {
                    Text.Line(text);
                }
            }
        }

        private void Table(Table table)
        {
            foreach (var row in table.Elements<TableRow>())
            {
                var cells = row.Elements<TableCell>()
                    .Select(c => string.Join(' ', c.Descendants<Paragraph>().Select(p => Runs(p).Replace('\n', ' ').Trim()).Where(t => t.Length > 0)))
                    .Where(c => c.Length > 0);
                Text.Line(string.Join("  ", cells));
            }
        }

        /// <summary>The paragraph's visible text; a line break inside it gives a new line.</summary>
        private static string Runs(Paragraph paragraph)
        {
            var sb = new StringBuilder();
            foreach (var run in paragraph.Descendants<Run>())
            {
                if (run.Ancestors<Paragraph>().First() != paragraph)
                {
                    continue; // a paragraph inside a text box or a footnote reference's content
                }

                foreach (var child in run.Elements())
                {
                    switch (child)
                    {
                        case Text t:
                            sb.Append(t.Text);
                            break;
                        case TabChar or PositionalTab:
                            sb.Append(' ');
                            break;
                        case Break or CarriageReturn:
                            sb.Append('\n');
                            break;
                        case NoBreakHyphen:
                            sb.Append('-');
                            break;
                        case SymbolChar s when s.Char?.Value is { } code && int.TryParse(code, System.Globalization.NumberStyles.HexNumber, null, out var value):
                            sb.Append(value is >= 0xF000 and <= 0xF0FF ? ' ' : (char)value);
                            break;
                    }
                }
            }

            return sb.ToString();
        }

        private bool IsHeading(ParagraphProperties? properties, string? styleId)
        {
            if (properties?.OutlineLevel?.Val?.Value is { } level)
            {
                return level < 9;
            }

            if (StyleValue(styleId, s => s.StyleParagraphProperties?.OutlineLevel?.Val?.Value) is { } styleLevel)
            {
                return styleLevel < 9;
            }

            var name = StyleValue(styleId, s => s.StyleName?.Val?.Value);
            return name is not null && (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || name.Equals("Title", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>A property of the style, or of the style it is based on, nearest first.</summary>
        private T? StyleValue<T>(string? styleId, Func<Style, T?> property)
        {
            for (var depth = 0; styleId is not null && depth < 16 && _styles.TryGetValue(styleId, out var style); depth++)
            {
                if (property(style) is { } value)
                {
                    return value;
                }

                styleId = style.BasedOn?.Val?.Value;
            }

            return default;
        }
    }
}
