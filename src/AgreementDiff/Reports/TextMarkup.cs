namespace AgreementDiff.Reports;

/// <summary>How the text report marks what it writes: escaping, insertions, deletions and emphasis.</summary>
/// <remarks>
/// <see cref="Plain"/> writes wdiff's markers, <c>{+inserted+}</c> and <c>[-deleted-]</c>, for files and pipes. A host
/// that colours its console derives from this class (the command line's Spectre.Console markup does). Instances are
/// immutable and thread safe; a derived class should be too.
/// </remarks>
public class TextMarkup
{
    /// <summary>Gets the markup of plain text: wdiff's markers and no emphasis.</summary>
    public static TextMarkup Plain { get; } = new();

    /// <summary>Gets what starts a line nested under another (an item under its section): two spaces.</summary>
    public virtual string Indent => "  ";

    /// <summary>Returns plain text as the output needs it (escaped for a markup language); as is by default.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text to write.</returns>
    public virtual string Text(string text) => text;

    /// <summary>Returns text only the later agreement has, marked: <c>{+text+}</c> by default.</summary>
    /// <param name="text">The inserted text.</param>
    /// <returns>The text to write.</returns>
    public virtual string Inserted(string text) => "{+" + Text(text) + "+}";

    /// <summary>Returns text only the earlier agreement has, marked: <c>[-text-]</c> by default.</summary>
    /// <param name="text">The deleted text.</param>
    /// <returns>The text to write.</returns>
    public virtual string Deleted(string text) => "[-" + Text(text) + "-]";

    /// <summary>Returns text a reader should see first (a title, a clause's name), marked; unmarked by default.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text to write.</returns>
    public virtual string Strong(string text) => Text(text);

    /// <summary>Marks one run of report text.</summary>
    internal string Mark(ReportRun run) => run.Mark switch
    {
        RunMark.Inserted => Inserted(run.Text),
        RunMark.Deleted => Deleted(run.Text),
        RunMark.Strong => Strong(run.Text),
        _ => Text(run.Text),
    };

    /// <summary>Marks a line of runs.</summary>
    internal string Mark(IEnumerable<ReportRun> runs) => string.Concat(runs.Select(Mark));
}
