using AgreementDiff.Alignment;

namespace AgreementDiff.Reports;

/// <summary>Writes a comparison as lines for a person: the summary first, then each section pair with its items' changes inline.</summary>
/// <remarks>
/// The summary names both agreements, counts the changes of sections and items, and lists new sections, sections with no
/// counterpart, matched sections whose items changed (each side by path and heading), named initiatives added and
/// dropped, and numbers that changed. Lines are never wrapped; insertions and deletions are marked by a
/// <see cref="TextMarkup"/> (by default wdiff's <c>{+inserted+}</c> and <c>[-deleted-]</c>). Deterministic and thread safe.
/// </remarks>
public static class ComparisonTextWriter
{
    /// <summary>Returns the whole report, summary then details, each line ending with a line feed.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="markup">How to mark the text, or <see langword="null"/> for <see cref="TextMarkup.Plain"/>.</param>
    /// <returns>The text.</returns>
    public static string ToText(AgreementComparison comparison, TextMarkup? markup = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return TextOutput.Capture(writer => Write(comparison, writer, markup));
    }

    /// <summary>Writes the whole report to <paramref name="writer"/>, a line at a time.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <param name="markup">How to mark the text, or <see langword="null"/> for <see cref="TextMarkup.Plain"/>.</param>
    public static void Write(AgreementComparison comparison, TextWriter writer, TextMarkup? markup = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var line in Lines(comparison, markup))
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }

    /// <summary>Returns the report's lines, summary then details, without line ends.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="markup">How to mark the text, or <see langword="null"/> for <see cref="TextMarkup.Plain"/>.</param>
    /// <returns>The lines.</returns>
    public static IEnumerable<string> Lines(AgreementComparison comparison, TextMarkup? markup = null) =>
        SummaryLines(comparison, markup).Concat(DetailLines(comparison, markup ?? TextMarkup.Plain));

    /// <summary>Returns the summary's lines: both agreements, the counts, then the summary's lists.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="markup">How to mark the text, or <see langword="null"/> for <see cref="TextMarkup.Plain"/>.</param>
    /// <returns>The lines.</returns>
    public static IEnumerable<string> SummaryLines(AgreementComparison comparison, TextMarkup? markup = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return Summary(comparison, markup ?? TextMarkup.Plain);
    }

    /// <summary>Returns the earlier clause of a match in full, its deletions marked.</summary>
    /// <param name="match">The match.</param>
    /// <param name="markup">How to mark the text, or <see langword="null"/> for <see cref="TextMarkup.Plain"/>.</param>
    /// <returns>The text, on as many lines as it has.</returns>
    public static string Earlier(ClauseMatch match, TextMarkup? markup = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        return (markup ?? TextMarkup.Plain).Mark(ReportRun.Side(match, later: false));
    }

    /// <summary>Returns the later clause of a match in full, its insertions marked.</summary>
    /// <param name="match">The match.</param>
    /// <param name="markup">How to mark the text, or <see langword="null"/> for <see cref="TextMarkup.Plain"/>.</param>
    /// <returns>The text, on as many lines as it has.</returns>
    public static string Later(ClauseMatch match, TextMarkup? markup = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        return (markup ?? TextMarkup.Plain).Mark(ReportRun.Side(match, later: true));
    }

    /// <summary>The summary's lines: both agreements, the counts, then the summary's lists.</summary>
    private static IEnumerable<string> Summary(AgreementComparison comparison, TextMarkup markup)
    {
        var summary = comparison.Summary;
        yield return markup.Strong(ReportText.Title(comparison));
        yield return markup.Text($"Sections: {ReportText.Counts(summary.Sections)}.");
        yield return markup.Text($"Items: {ReportText.Counts(summary.Items)}.");
        foreach (var list in SummaryLists.Of(summary))
        {
            if (list.Inline)
            {
                yield return markup.Strong(list.Title + ": ") + string.Join(markup.Text("; "), list.Entries.Select(markup.Mark));
                continue;
            }

            yield return markup.Strong(list.Title + ":");
            foreach (var entry in list.Entries)
            {
                yield return markup.Indent + markup.Mark(entry);
            }
        }
    }

    /// <summary>Each section after a blank line: its name and what happened to it, then a line per item.</summary>
    private static IEnumerable<string> DetailLines(AgreementComparison comparison, TextMarkup markup)
    {
        foreach (var block in ComparisonDetails.Of(comparison))
        {
            yield return string.Empty;
            yield return markup.Strong(block.Name) + markup.Text($" · {block.Note}") + (block.Body.Count > 0 ? markup.Text(" ") + markup.Mark(block.Body) : string.Empty);
            foreach (var line in block.Lines)
            {
                yield return markup.Indent + markup.Mark(line);
            }
        }
    }
}
