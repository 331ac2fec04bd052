using AgreementDiff.Alignment;

namespace AgreementDiff.Reports;

/// <summary>Writes a comparison as Markdown: the summary, then a heading per section with its items' changes as a list.</summary>
/// <remarks>
/// The same report as <see cref="ComparisonTextWriter"/>, in CommonMark with GitHub's strikethrough: insertions are
/// <c>**bold**</c>, deletions <c>~~struck through~~</c>, and text is escaped so that it renders as written.
/// Deterministic and thread safe.
/// </remarks>
public static class ComparisonMarkdownWriter
{
    /// <summary>Returns <paramref name="comparison"/> as a Markdown document ending with a line feed.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(AgreementComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return TextOutput.Capture(writer => Write(comparison, writer));
    }

    /// <summary>Writes <paramref name="comparison"/> to <paramref name="writer"/> as Markdown.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    public static void Write(AgreementComparison comparison, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(writer);
        var summary = comparison.Summary;
        var blocks = new List<string>
        {
            "# " + MarkdownText.Escape(ReportText.Title(comparison)),
            $"- Sections: {MarkdownText.Escape(ReportText.Counts(summary.Sections))}\n- Items: {MarkdownText.Escape(ReportText.Counts(summary.Items))}",
        };
        foreach (var list in SummaryLists.Of(summary))
        {
            var title = $"**{MarkdownText.Escape(list.Title)}:**";
            blocks.Add(list.Inline
                ? title + " " + string.Join("; ", list.Entries.Select(MarkdownText.Mark))
                : title + "\n\n" + string.Join('\n', list.Entries.Select(e => "- " + MarkdownText.Mark(e))));
        }

        foreach (var block in ComparisonDetails.Of(comparison))
        {
            blocks.Add("## " + MarkdownText.Escape(block.Name));
            blocks.Add($"*{MarkdownText.Escape(block.Note)}*" + (block.Body.Count > 0 ? " · " + MarkdownText.Mark(block.Body) : string.Empty));
            if (block.Lines.Count > 0)
            {
                blocks.Add(string.Join('\n', block.Lines.Select(l => "- " + MarkdownText.Mark(l))));
            }
        }

        writer.Write(string.Join("\n\n", blocks));
        writer.Write('\n');
    }
}
