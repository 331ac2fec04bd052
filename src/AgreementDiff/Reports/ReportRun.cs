using AgreementDiff.Diff;

namespace AgreementDiff.Reports;

/// <summary>How a run of report text is shown: as is, inserted, deleted or emphasised.</summary>
internal enum RunMark
{
    /// <summary>Plain text.</summary>
    None,

    /// <summary>Text only the later side has.</summary>
    Inserted,

    /// <summary>Text only the earlier side has.</summary>
    Deleted,

    /// <summary>Text a reader should see first (a title, a clause's name).</summary>
    Strong,
}

/// <summary>A run of report text and how it is shown; a line of a report is a list of runs, which each format marks its own way.</summary>
/// <param name="Text">The text.</param>
/// <param name="Mark">How it is shown.</param>
internal readonly record struct ReportRun(string Text, RunMark Mark)
{
    /// <summary>Plain text.</summary>
    public static ReportRun Plain(string text) => new(text, RunMark.None);

    /// <summary>Inserted text.</summary>
    public static ReportRun Inserted(string text) => new(text, RunMark.Inserted);

    /// <summary>Deleted text.</summary>
    public static ReportRun Deleted(string text) => new(text, RunMark.Deleted);

    /// <summary>Emphasised text.</summary>
    public static ReportRun Strong(string text) => new(text, RunMark.Strong);

    /// <summary>One side of a match in full, its own edits marked; across languages the side's text as written (nothing was inserted or deleted).</summary>
    /// <param name="match">The match.</param>
    /// <param name="later">The later side, or the earlier.</param>
    public static IEnumerable<ReportRun> Side(Alignment.ClauseMatch match, bool later) => match.CrossLingual
        ? [Plain(string.Concat(Side(match.Edits, later).Select(run => run.Text)))]
        : Side(match.Edits, later);

    /// <summary>One side of a match in full: the equal runs as that side spells them, and that side's own edits marked.</summary>
    /// <param name="edits">The match's edits.</param>
    /// <param name="later">The later side (its insertions), or the earlier (its deletions).</param>
    public static IEnumerable<ReportRun> Side(IReadOnlyList<TextEdit> edits, bool later) => edits
        .Where(e => e.Kind == EditKind.Equal || e.Kind == (later ? EditKind.Insert : EditKind.Delete))
        .Select(e => e.Kind switch
        {
            EditKind.Insert => Inserted(e.Text),
            EditKind.Delete => Deleted(e.Text),
            _ => Plain(later ? e.RightText : e.LeftText),
        });
}
