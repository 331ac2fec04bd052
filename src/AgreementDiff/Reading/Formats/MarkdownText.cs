using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AgreementDiff.Reading.Formats;

/// <summary>Turns Markdown into plain lines, one output line for each input line, so that source spans still point at the original lines.</summary>
/// <remarks>
/// Parsed with Markdig (CommonMark). Front matter, HTML comments and link reference definitions become blank lines;
/// emphasis, links, images and code are reduced to their text; a table row becomes its cells' text; a list item keeps its
/// printed marker (<c>1.</c>, <c>-</c>), which the numbering reader needs. Heading levels and the lines where a Markdown
/// block starts are returned beside the text as <see cref="MarkdownLayout"/>: a heading's level is a hint to the reader,
/// and a new block ends the paragraph before it.
/// </remarks>
internal static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Extracts the text of <paramref name="markdown"/> line for line, with the layout the reader uses.</summary>
    public static (string Text, MarkdownLayout Layout) Extract(string markdown)
    {
        var lineStarts = LineStarts(markdown);
        var lines = new StringBuilder[lineStarts.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = new StringBuilder();
        }

        var layout = new MarkdownLayout();
        var writer = new Writer(markdown, lineStarts, lines, layout);
        writer.Blocks(Markdown.Parse(markdown, Pipeline));
        var text = new StringBuilder(markdown.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            text.Append(lines[i]);
            if (i + 1 < lines.Length)
            {
                text.Append('\n');
            }
        }

        return (text.ToString(), layout);
    }

    /// <summary>The offset at which each line starts; lines end at <c>\n</c>, <c>\r\n</c> or <c>\r</c>, as the reader splits them.</summary>
    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        // A final line break ends the last line; it opens no line of its own.
        if (starts.Count > 1 && starts[^1] == text.Length)
        {
            starts.RemoveAt(starts.Count - 1);
        }

        return starts;
    }

    private sealed class Writer(string source, List<int> lineStarts, StringBuilder[] lines, MarkdownLayout layout)
    {
        public void Blocks(ContainerBlock container)
        {
            foreach (var block in container)
            {
                Block(block);
            }
        }

        private void Block(Block block)
        {
            switch (block)
            {
                case YamlFrontMatterBlock or HtmlBlock { Type: HtmlBlockType.Comment } or LinkReferenceDefinitionGroup or ThematicBreakBlock:
                    return;
                case HeadingBlock heading:
                    var line = LineOf(heading.Span.Start);
                    layout.Headings[line + 1] = heading.Level;
                    layout.BlockStarts.Add(line + 1);
                    Inlines(heading.Inline);
                    return;
                case ParagraphBlock paragraph:
                    layout.BlockStarts.Add(LineOf(paragraph.Span.Start) + 1);
                    Inlines(paragraph.Inline);
                    return;
                case ListItemBlock item:
                    ListItem(item);
                    return;
                case Table table:
                    Table(table);
                    return;
                case LeafBlock leaf:
                    Raw(leaf);
                    return;
                case ContainerBlock inner:
                    Blocks(inner);
                    return;
            }
        }

        /// <summary>A list item: its printed marker, then its blocks.</summary>
        private void ListItem(ListItemBlock item)
        {
            var line = LineOf(item.Span.Start);
            layout.BlockStarts.Add(line + 1);
            var contentStart = item.Count > 0 ? item[0].Span.Start : item.Span.End + 1;
            var marker = source[item.Span.Start..Math.Min(contentStart, EndOfLine(line))].Trim();
            lines[line].Append(marker).Append(' ');
            Blocks(item);
        }

        private void Table(Table table)
        {
            foreach (var row in table.OfType<TableRow>())
            {
                var line = LineOf(row.Span.Start);
                layout.BlockStarts.Add(line + 1);
                foreach (var cell in row.OfType<TableCell>())
                {
                    if (lines[line].Length > 0)
                    {
                        lines[line].Append("  ");
                    }

                    foreach (var paragraph in cell.OfType<ParagraphBlock>())
                    {
                        Inlines(paragraph.Inline, line);
                    }
                }
            }
        }

        /// <summary>A block kept as written (code, HTML other than a comment): each of its lines on its own line.</summary>
        private void Raw(LeafBlock leaf)
        {
            if (leaf.Span.IsEmpty)
            {
                return;
            }

            var first = LineOf(leaf.Span.Start);
            var last = LineOf(Math.Max(leaf.Span.Start, leaf.Span.End));
            layout.BlockStarts.Add(first + 1);
            for (var line = first; line <= last; line++)
            {
                var text = source[lineStarts[line]..EndOfLine(line)];
                if (leaf is FencedCodeBlock && (line == first || (line == last && IsFence(text))))
                {
                    continue;
                }

                lines[line].Append(leaf is HtmlBlock ? WithoutTags(text) : text);
            }
        }

        private static bool IsFence(string line) => line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal);

        private static string WithoutTags(string html)
        {
            var text = new StringBuilder(html.Length);
            var inTag = false;
            foreach (var c in html)
            {
                if (c == '<')
                {
                    inTag = true;
                }
                else if (c == '>' && inTag)
                {
                    inTag = false;
                }
                else if (!inTag)
                {
                    text.Append(c);
                }
            }

            return text.ToString();
        }

        /// <summary>Writes the text of an inline tree on the lines it came from (or all on <paramref name="onLine"/>, for a table cell).</summary>
        private void Inlines(ContainerInline? container, int? onLine = null)
        {
            for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        Write(literal.Span.Start, literal.Content.ToString(), onLine);
                        break;
                    case CodeInline code:
                        Write(code.Span.Start, code.Content, onLine);
                        break;
                    case AutolinkInline link:
                        Write(link.Span.Start, link.Url, onLine);
                        break;
                    case HtmlEntityInline entity:
                        Write(entity.Span.Start, entity.Transcoded.ToString(), onLine);
                        break;
                    case ContainerInline inner:
                        Inlines(inner, onLine);
                        break;
                }
            }
        }

        private void Write(int offset, string text, int? onLine)
        {
            if (text.Length > 0)
            {
                lines[onLine ?? LineOf(offset)].Append(text);
            }
        }

        private int LineOf(int offset)
        {
            var at = lineStarts.BinarySearch(Math.Clamp(offset, 0, Math.Max(0, source.Length - 1)));
            return Math.Clamp(at >= 0 ? at : ~at - 1, 0, lineStarts.Count - 1);
        }

        private int EndOfLine(int line)
        {
            var end = line + 1 < lineStarts.Count ? lineStarts[line + 1] : source.Length;
            while (end > lineStarts[line] && source[end - 1] is '\n' or '\r')
            {
                end--;
            }

            return end;
        }
    }
}

/// <summary>What Markdown says about a document's layout beyond its text: heading levels and where blocks start (1-based lines).</summary>
internal sealed class MarkdownLayout
{
    /// <summary>Gets the level (1 for <c>#</c>) of each heading line.</summary>
    public Dictionary<int, int> Headings { get; } = [];

    /// <summary>Gets the lines on which a block (paragraph, heading, list item, table row, code) starts.</summary>
    public HashSet<int> BlockStarts { get; } = [];
}
