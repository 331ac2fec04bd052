namespace AgreementDiff.Reports;

/// <summary>Writes a clause in full as Markdown: a heading naming it, its paragraphs, then each clause under it the same way, a level deeper.</summary>
/// <remarks>The first heading is level 2, so the clause can stand under a document's own title. Text is escaped to render as written. Deterministic and thread safe.</remarks>
public static class ClauseMarkdownWriter
{
    /// <summary>Returns <paramref name="clause"/> and the clauses under it as Markdown ending with a line feed.</summary>
    /// <param name="clause">The clause.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return TextOutput.Capture(writer => Write(clause, writer));
    }

    /// <summary>Writes <paramref name="clause"/> and the clauses under it to <paramref name="writer"/> as Markdown.</summary>
    /// <param name="clause">The clause.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    public static void Write(Clause clause, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(writer);
        var blocks = new List<string>();
        foreach (var part in clause.Descendants().Prepend(clause))
        {
            blocks.Add(new string('#', Math.Min(6, part.Depth - clause.Depth + 2)) + " " + MarkdownText.Escape(ReportText.Clause(part)));
            blocks.AddRange(part.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(MarkdownText.Escape));
        }

        writer.Write(string.Join("\n\n", blocks));
        writer.Write('\n');
    }
}
