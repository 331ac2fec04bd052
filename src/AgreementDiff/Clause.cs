using System.Diagnostics;

namespace AgreementDiff;

/// <summary>One node of an agreement's clause tree: a section, an item, the preamble, the closing or the signatures.</summary>
/// <remarks>Instances are immutable once the reader returns them and safe to share between threads.</remarks>
[DebuggerDisplay("{Path,nq}: {Heading ?? Text,nq}")]
public sealed class Clause
{
    private IReadOnlyList<Clause> _children = [];

    internal Clause(ClauseKind kind, string label, NumberingStyle style, int? number, string? heading, string text, SourceSpan span)
    {
        Kind = kind;
        Label = label;
        Style = style;
        Number = number;
        Heading = heading;
        Text = text;
        Span = span;
        Path = label;
    }

    /// <summary>Gets the agreement this clause belongs to.</summary>
    public Agreement Agreement { get; internal set; } = null!;

    /// <summary>Gets what part of the agreement this clause is.</summary>
    public ClauseKind Kind { get; }

    /// <summary>Gets the number as printed, normalized (<c>五</c>, <c>(十二)</c>, <c>16</c>, <c>第三條</c>), or the heading text of an unnumbered heading.</summary>
    public string Label { get; }

    /// <summary>Gets the labels from the root down joined with <c>/</c>, for example <c>二/(十二)/3</c>.</summary>
    public string Path { get; private set; }

    /// <summary>Gets how the label was printed.</summary>
    public NumberingStyle Style { get; }

    /// <summary>Gets the numeric value of the label (<c>十二</c> is 12), or <see langword="null"/> when the clause is unnumbered.</summary>
    public int? Number { get; }

    /// <summary>Gets the clause's heading (<c>法律服務</c>), or <see langword="null"/> when it has none.</summary>
    public string? Heading { get; }

    /// <summary>Gets the clause's own text, cleaned up and normalized; paragraphs are separated by <c>\n</c>. Children's text is not included.</summary>
    public string Text { get; }

    /// <summary>Gets the clauses nested directly inside this one, in document order.</summary>
    public IReadOnlyList<Clause> Children => _children;

    /// <summary>Gets the clause this one is nested in, or <see langword="null"/> for a top-level clause.</summary>
    public Clause? Parent { get; private set; }

    /// <summary>Gets the lines of the original input the clause (with its children) was read from.</summary>
    public SourceSpan Span { get; private set; }

    /// <summary>Gets the depth of the clause in the tree: 1 for a top-level clause.</summary>
    public int Depth => Parent is null ? 1 : Parent.Depth + 1;

    /// <summary>Gets the heading and the text together, as one would quote the clause without its children.</summary>
    public string Content => Heading is null ? Text : Text.Length == 0 ? Heading : Heading + "\n" + Text;

    /// <summary>Enumerates this clause's descendants depth first, in document order, excluding the clause itself.</summary>
    public IEnumerable<Clause> Descendants()
    {
        foreach (var child in _children)
        {
            yield return child;
            foreach (var grandChild in child.Descendants())
            {
                yield return grandChild;
            }
        }
    }

    /// <summary>Returns the clause's path followed by its heading or the start of its text.</summary>
    public override string ToString() => $"{Path}: {Heading ?? Shorten(Text, 40)}";

    internal void SetChildren(IReadOnlyList<Clause> children)
    {
        _children = children;
        var end = Span.EndLine;
        foreach (var child in children)
        {
            end = Math.Max(end, child.Span.EndLine);
        }

        Span = Span with { EndLine = end };
    }

    internal void SetParent(Clause? parent)
    {
        Parent = parent;
        Path = parent is null ? Label : parent.Path + "/" + Label;
        foreach (var child in _children)
        {
            child.SetParent(this);
        }
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");
}
