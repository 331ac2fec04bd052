using System.Globalization;
using AgreementDiff.Alignment;
using AgreementDiff.Diff;
using AgreementDiff.Reports;
using Spectre.Console;

namespace AgreementDiff.Cli.Commands;

/// <summary>The comparison as lines for a person: the summary first, then each section pair with its items' changes inline.</summary>
/// <param name="style">How to escape text and mark insertions, deletions and emphasis.</param>
internal sealed class ComparisonText(ComparisonText.Style style)
{
    /// <summary>Equal runs longer than this are shortened to their ends around the changes.</summary>
    private const int EqualContext = 16;

    /// <summary>Spectre markup with colour: insertions green and underlined, deletions red and struck through.</summary>
    public static readonly Style Colour = new(Markup.Escape, s => $"[green underline]{Markup.Escape(s)}[/]", s => $"[red strikethrough]{Markup.Escape(s)}[/]", s => $"[bold]{Markup.Escape(s)}[/]", "  ");

    /// <summary>Spectre markup without colour: wdiff's markers, {+inserted+} and [-deleted-].</summary>
    public static readonly Style Markers = new(Markup.Escape, s => Markup.Escape($"{{+{s}+}}"), s => Markup.Escape($"[-{s}-]"), Markup.Escape, "  ");

    /// <summary>Plain text with wdiff's markers, for files.</summary>
    public static readonly Style PlainMarkers = new(s => s, s => $"{{+{s}+}}", s => $"[-{s}-]", s => s, "  ");

    /// <summary>Markdown: insertions bold, deletions struck through.</summary>
    public static readonly Style Markdown = new(EscapeMarkdown, s => Emphasis(s, "**"), s => Emphasis(s, "~~"), s => Emphasis(s, "**"), "- ");

    /// <summary>Gets the summary, then each section pair with its items' changes inline.</summary>
    public IEnumerable<string> Lines(AgreementComparison comparison) => Summary(comparison).Concat(Details(comparison));

    /// <summary>Gets the details as one two-column table per section: the earlier text with its deletions beside the later with its insertions.</summary>
    public IEnumerable<Table> Columns(AgreementComparison comparison)
    {
        foreach (var detail in ComparisonSections.Of(comparison))
        {
            var entry = detail.Summary;
            var table = new Table().Expand().Border(TableBorder.Rounded)
                .AddColumn(new TableColumn(style.Bold(entry.Left is null ? "—" : $"§{entry.Left.Path}")))
                .AddColumn(new TableColumn(style.Bold(entry.Right is null ? "—" : $"§{entry.Right.Path}")));
            table.Title = new TableTitle(style.Escape((entry.Right ?? entry.Left)!.Heading ?? string.Empty) + style.Escape(detail.Match is { } m ? $" · {Describe(m)}" : entry.Left is null ? " · new" : " · no counterpart"));
            var rows = new List<(string Left, string Right)>();
            if (detail.Match is { } match)
            {
                rows.Add((Side(match.Edits, EditKind.Delete), Side(match.Edits, EditKind.Insert)));
            }
            else
            {
                rows.Add(entry.Left is null ? (string.Empty, style.Insert(entry.Right!.Content)) : (style.Delete(entry.Left.Content), string.Empty));
            }

            rows.AddRange(detail.Items.Select(i => (style.Bold($"§{i.Left.Path}") + " " + Side(i.Edits, EditKind.Delete), style.Bold($"§{i.Right.Path}") + style.Escape($" ({Describe(i)}) ") + Side(i.Edits, EditKind.Insert))));
            rows.AddRange(detail.Added.Select(c => (string.Empty, style.Bold($"§{c.Path}") + style.Escape(" new ") + style.Insert(c.Content))));
            rows.AddRange(detail.Removed.Select(c => (style.Bold($"§{c.Path}") + style.Escape(" no counterpart ") + style.Delete(c.Content), string.Empty)));
            foreach (var (left, right) in rows)
            {
                table.AddRow(new Markup(left), new Markup(right));
            }

            yield return table;
        }
    }

    /// <summary>Gets the summary: counts, new and unmatched sections, changed sections, initiatives and numbers.</summary>
    public IEnumerable<string> Summary(AgreementComparison comparison)
    {
        var summary = comparison.Summary;
        yield return style.Bold($"{Title(comparison.Left, comparison.LeftScope)} → {Title(comparison.Right, comparison.RightScope)}");
        yield return style.Escape($"Sections: {Counts(summary.Sections)}.");
        yield return style.Escape($"Items: {Counts(summary.Items)}.");
        var added = summary.BySection.Where(s => s.Left is null).ToList();
        if (added.Count > 0)
        {
            yield return style.Bold("New sections:");
            foreach (var entry in added)
            {
                yield return style.Indent + style.Insert($"§{entry.Right!.Path} {entry.Right.Heading}".TrimEnd()) + style.Escape(entry.Items.Added > 0 ? $" ({entry.Items.Added} items)" : string.Empty);
            }
        }

        var removed = summary.BySection.Where(s => s.Right is null).ToList();
        if (removed.Count > 0)
        {
            yield return style.Bold("Sections with no counterpart:");
            foreach (var entry in removed)
            {
                yield return style.Indent + style.Delete($"§{entry.Left!.Path} {entry.Left.Heading}".TrimEnd()) + style.Escape(entry.Items.Removed > 0 ? $" ({entry.Items.Removed} items)" : string.Empty);
            }
        }

        var changed = summary.BySection.Where(s => s.Left is not null && s.Right is not null && s.Items.Changes > 0).ToList();
        if (changed.Count > 0)
        {
            yield return style.Bold("Matched sections with changed items:");
            foreach (var entry in changed)
            {
                yield return style.Indent + style.Escape($"§{entry.Left!.Path} → §{entry.Right!.Path} {entry.Right.Heading}: {Counts(entry.Items)}");
            }
        }

        if (summary.InitiativesAdded.Count > 0)
        {
            yield return style.Bold("Named initiatives added: ") + string.Join(style.Escape("; "), summary.InitiativesAdded.Select(i => style.Insert(i.Name) + style.Escape($" (§{i.Clause.Path})")));
        }

        if (summary.InitiativesDropped.Count > 0)
        {
            yield return style.Bold("Named initiatives dropped: ") + string.Join(style.Escape("; "), summary.InitiativesDropped.Select(i => style.Delete(i.Name) + style.Escape($" (§{i.Clause.Path})")));
        }

        if (summary.NumbersChanged.Count > 0)
        {
            yield return style.Bold("Numbers and dates changed:");
            foreach (var change in summary.NumbersChanged)
            {
                var before = change.Before.Count == 0 ? string.Empty : style.Delete(string.Join(", ", change.Before)) + " ";
                var after = change.After.Count == 0 ? string.Empty : style.Insert(string.Join(", ", change.After));
                yield return style.Indent + style.Escape($"§{change.Left.Path} → §{change.Right.Path}: ") + before + after;
            }
        }

    }

    /// <summary>One side of a pair in full: the equal runs as that side spells them, and that side's own edits marked.</summary>
    private string Side(IReadOnlyList<TextEdit> edits, EditKind own) => string.Concat(edits.Where(e => e.Kind == own || e.Kind == EditKind.Equal).Select(e => e.Kind switch
    {
        EditKind.Insert => style.Insert(e.Text),
        EditKind.Delete => style.Delete(e.Text),
        _ => style.Escape(own == EditKind.Insert ? e.RightText : e.LeftText),
    }));

    /// <summary>Markdown emphasis renders only when the markers touch text, so surrounding white space goes outside them.</summary>
    private static string Emphasis(string text, string marker)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return EscapeMarkdown(text);
        }

        var start = text.IndexOf(trimmed, StringComparison.Ordinal);
        return EscapeMarkdown(text[..start]) + marker + EscapeMarkdown(trimmed) + marker + EscapeMarkdown(text[(start + trimmed.Length)..]);
    }

    private static string EscapeMarkdown(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("~", "\\~", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Title(Agreement agreement, Clause? scope)
    {
        var title = agreement.Title.Length > 0 ? agreement.Title : Path.GetFileName(agreement.SourceName);
        var signed = agreement.Metadata.Signed?.Value is { } date ? $" ({date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : string.Empty;
        return title + signed + (scope is null ? string.Empty : $" §{scope.Path}");
    }

    private static string Counts(ChangeCounts counts)
    {
        var parts = new[]
        {
            (counts.Unchanged, "unchanged"), (counts.Modified, "modified"), (counts.Moved, "moved"), (counts.Split, "split"),
            (counts.Merged, "merged"), (counts.Added, "added"), (counts.Removed, "removed"),
        };
        var text = string.Join(", ", parts.Where(p => p.Item1 > 0).Select(p => $"{p.Item1} {p.Item2}"));
        return text.Length == 0 ? "none" : text;
    }

    private IEnumerable<string> Details(AgreementComparison comparison)
    {
        foreach (var detail in ComparisonSections.Of(comparison))
        {
            var entry = detail.Summary;
            yield return string.Empty;
            if (detail.Match is { } sectionMatch)
            {
                yield return style.Bold($"§{entry.Left!.Path} → §{entry.Right!.Path}") + style.Escape($" · {Describe(sectionMatch)}") + (sectionMatch.TextChanged ? " " + Inline(sectionMatch.Edits) : style.Escape(" " + entry.Right.Content.Split('\n')[0]));
            }
            else if (entry.Left is null)
            {
                yield return style.Bold($"§{entry.Right!.Path} · new") + " " + style.Insert(entry.Right.Content.Replace('\n', ' '));
            }
            else
            {
                yield return style.Bold($"§{entry.Left.Path} · no counterpart") + " " + style.Delete(entry.Left.Content.Replace('\n', ' '));
            }

            foreach (var match in detail.Items)
            {
                yield return style.Indent + style.Escape($"§{match.Left.Path} → §{match.Right.Path} · {Describe(match)}") + (match.TextChanged ? ": " + Inline(match.Edits) : string.Empty);
            }

            foreach (var clause in detail.Added)
            {
                yield return style.Indent + style.Escape($"§{clause.Path} · new: ") + style.Insert(clause.Content.Replace('\n', ' '));
            }

            foreach (var clause in detail.Removed)
            {
                yield return style.Indent + style.Escape($"§{clause.Path} · no counterpart: ") + style.Delete(clause.Content.Replace('\n', ' '));
            }
        }
    }

    private static string Describe(ClauseMatch match)
    {
        var kind = ComparisonKind(match.Change) + (match.Change is ChangeKind.Moved or ChangeKind.Split or ChangeKind.Merged && match.TextChanged ? ", reworded" : string.Empty);
        var script = match.ScriptDiffers ? ", script differs" : string.Empty;
        var basis = match.Explanation.Basis switch { MatchBasis.Pinned => ", pinned", MatchBasis.Order => ", by order", MatchBasis.RunningText => ", within running text", MatchBasis.Passage => ", shared passage", MatchBasis.SigningReport => ", report of the signing", _ => string.Empty };
        return $"{kind}{script}{basis}, score {match.Score.ToString("0.00", CultureInfo.InvariantCulture)}";
    }

    private static string ComparisonKind(ChangeKind kind) => kind.ToString().ToLowerInvariant();

    private string Inline(IReadOnlyList<TextEdit> edits)
    {
        var parts = new List<string>(edits.Count);
        for (var i = 0; i < edits.Count; i++)
        {
            var edit = edits[i];
            var text = edit.Text.Replace('\n', ' ');
            parts.Add(edit.Kind switch
            {
                EditKind.Insert => style.Insert(text),
                EditKind.Delete => style.Delete(text),
                _ => style.Escape(Shorten(text, i == 0, i == edits.Count - 1)),
            });
        }

        return string.Concat(parts);
    }

    private static string Shorten(string text, bool first, bool last)
    {
        var info = new StringInfo(text);
        var length = info.LengthInTextElements;
        if (length <= EqualContext * 2 + 1)
        {
            return text;
        }

        var head = first ? string.Empty : info.SubstringByTextElements(0, EqualContext);
        var tail = last ? string.Empty : info.SubstringByTextElements(length - EqualContext);
        return head + "…" + tail;
    }

    /// <summary>How the report escapes and marks text.</summary>
    /// <param name="Escape">Escapes plain text.</param>
    /// <param name="Insert">Marks inserted text.</param>
    /// <param name="Delete">Marks deleted text.</param>
    /// <param name="Bold">Marks emphasised text.</param>
    /// <param name="Indent">What starts a nested line.</param>
    internal sealed record Style(Func<string, string> Escape, Func<string, string> Insert, Func<string, string> Delete, Func<string, string> Bold, string Indent);
}
