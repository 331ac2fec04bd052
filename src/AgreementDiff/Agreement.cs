using System.Diagnostics.CodeAnalysis;
using AgreementDiff.Reading;

namespace AgreementDiff;

/// <summary>An agreement read into a clause tree, with its metadata, the reader's warnings and the original lines.</summary>
/// <remarks>Instances are immutable and safe to share between threads. Create them with <see cref="AgreementReader"/>.</remarks>
public sealed class Agreement
{
    private readonly string[] _sourceLines;

    internal Agreement(string sourceName, AgreementMetadata metadata, IReadOnlyList<Clause> clauses, IReadOnlyList<ReadDiagnostic> diagnostics, string[] sourceLines)
    {
        SourceName = sourceName;
        Metadata = metadata;
        Clauses = clauses;
        Diagnostics = diagnostics;
        _sourceLines = sourceLines;
        foreach (var clause in AllClauses())
        {
            clause.Agreement = this;
        }
    }

    /// <summary>Gets the file name or other name the agreement was read from.</summary>
    public string SourceName { get; }

    /// <summary>Gets the title, parties, dates, language and encoding of the agreement.</summary>
    public AgreementMetadata Metadata { get; }

    /// <summary>Gets the agreement's title (a shortcut for <c>Metadata.Title</c>).</summary>
    public string Title => Metadata.Title;

    /// <summary>Gets the top-level clauses in document order: parties, preamble, sections, closing, signatures.</summary>
    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>Gets the warnings the reader produced (numbering that skips or repeats, no numbering found).</summary>
    public IReadOnlyList<ReadDiagnostic> Diagnostics { get; }

    /// <summary>Gets the number of lines in the original input.</summary>
    public int SourceLineCount => _sourceLines.Length;

    /// <summary>Gets the whole input as read, each line ended by <c>\n</c> (so a last empty line survives): what an index stores to read the agreement again.</summary>
    internal string SourceText => string.Concat(_sourceLines.Select(line => line + "\n"));

    /// <summary>Gets the clause at <paramref name="address"/>: a label (<c>(十二)</c>), a path (<c>二/(十二)/3</c>) or a path suffix, with or without a leading <c>§</c>.</summary>
    /// <param name="address">The address of the clause.</param>
    /// <exception cref="ClauseAddressException">No clause, or more than one, has the address; the exception lists candidates.</exception>
    public Clause this[string address]
    {
        get
        {
            var found = Find(address);
            return found.Count switch
            {
                1 => found[0],
                0 => throw new ClauseAddressException(address, false, NearMisses(address), SourceName),
                _ => throw new ClauseAddressException(address, true, found.Select(c => c.Path).ToList(), SourceName),
            };
        }
    }

    /// <summary>Enumerates every clause depth first, in document order.</summary>
    public IEnumerable<Clause> AllClauses() => Clauses.SelectMany(c => c.Descendants().Prepend(c));

    /// <summary>Finds every clause whose label, path or path suffix is <paramref name="address"/>; then clauses numbered the same in another form (第12条 for 第十二条, 12 for the article); then clauses whose heading is the address.</summary>
    /// <param name="address">A label, path or path suffix, with or without a leading <c>§</c>.</param>
    /// <returns>The matching clauses in document order; empty when none matches.</returns>
    public IReadOnlyList<Clause> Find(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var segments = ClauseAddress.Parse(address);
        if (segments.Count == 0)
        {
            return [];
        }

        var byLabel = AllClauses().Where(c => ClauseAddress.Matches(c, segments)).ToList();
        if (byLabel.Count > 0)
        {
            return byLabel;
        }

        var byNumber = AllClauses().Where(c => ClauseAddress.Matches(c, segments, byNumber: true)).ToList();
        if (byNumber.Count > 0 || segments.Count > 1)
        {
            return byNumber;
        }

        return AllClauses().Where(c => c.Heading is { } h && ClauseAddress.Normalize(h) == segments[0]).ToList();
    }

    /// <summary>Gets the clause at <paramref name="address"/> when exactly one clause has it.</summary>
    /// <param name="address">A label, path or path suffix.</param>
    /// <param name="clause">The clause, when the address is neither unknown nor ambiguous.</param>
    /// <returns><see langword="true"/> when exactly one clause has the address.</returns>
    public bool TryGet(string address, [NotNullWhen(true)] out Clause? clause)
    {
        var found = Find(address);
        clause = found.Count == 1 ? found[0] : null;
        return clause is not null;
    }

    /// <summary>Gets the original lines of the input that a span covers, joined with <c>\n</c>, exactly as read.</summary>
    /// <param name="span">A span of this agreement, such as <see cref="Clause.Span"/>.</param>
    /// <returns>The original text of the span.</returns>
    public string GetSourceText(SourceSpan span)
    {
        var start = Math.Clamp(span.StartLine, 1, _sourceLines.Length);
        var end = Math.Clamp(span.EndLine, start, _sourceLines.Length);
        return string.Join('\n', _sourceLines[(start - 1)..end]);
    }

    /// <summary>Returns the source name and the title.</summary>
    public override string ToString() => $"{SourceName}: {Title}";

    private List<string> NearMisses(string address)
    {
        var segments = ClauseAddress.Parse(address);
        var last = segments.Count > 0 ? segments[^1] : string.Empty;
        var near = AllClauses()
            .Where(c => last.Length > 0 && (c.Label.Contains(last, StringComparison.Ordinal) || (c.Heading?.Contains(last, StringComparison.Ordinal) ?? false)))
            .Select(c => c.Path)
            .Take(10)
            .ToList();
        return near.Count > 0 ? near : Clauses.Select(c => c.Path).Take(20).ToList();
    }
}
