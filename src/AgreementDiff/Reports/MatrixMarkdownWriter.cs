using System.Globalization;
using System.Text;
using AgreementDiff.Corpus;

namespace AgreementDiff.Reports;

/// <summary>Writes a topic matrix as Markdown: a numbered legend of the agreements, then a table with one row per topic and one column per agreement.</summary>
/// <remarks>Each cell names the agreement's sections on the topic (<see cref="Topic.Describe"/>), blank when it has none. Deterministic and thread safe.</remarks>
public static class MatrixMarkdownWriter
{
    /// <summary>Returns <paramref name="matrix"/> as a Markdown document ending with a line feed.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(TopicMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return TextOutput.Capture(writer => Write(matrix, writer));
    }

    /// <summary>Writes <paramref name="matrix"/> to <paramref name="writer"/> as Markdown.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    public static void Write(TopicMatrix matrix, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(writer);
        var text = new StringBuilder();
        for (var i = 0; i < matrix.Agreements.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {MarkdownText.Escape(ReportText.Legend(matrix.Agreements[i]))}\n");
        }

        text.Append("\n| topic |").AppendJoin(string.Empty, matrix.Agreements.Select((_, i) => $" #{i + 1} |")).Append('\n');
        text.Append("|---|").AppendJoin(string.Empty, matrix.Agreements.Select(_ => "---|")).Append('\n');
        foreach (var topic in matrix.Topics)
        {
            text.Append("| ").Append(MarkdownText.Escape(topic.Name)).Append(" |")
                .AppendJoin(string.Empty, topic.Cells.Select(c => $" {MarkdownText.Escape(string.Join("; ", c.Select(Topic.Describe)))} |")).Append('\n');
        }

        text.Append('\n').Append(MarkdownText.Escape(ReportText.Coverage(matrix))).Append('\n');
        writer.Write(text.ToString());
    }
}
