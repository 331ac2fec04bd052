namespace AgreementDiff.Index;

/// <summary>A clause found by <see cref="ClauseIndex.Search"/>, with a snippet of its text and the matching terms located in it.</summary>
/// <param name="AgreementId">The id the clause's agreement was indexed under.</param>
/// <param name="Path">The clause's path, for example <c>二/(十二)/2</c>.</param>
/// <param name="Label">The clause's label, for example <c>2</c> or <c>法律服務</c>.</param>
/// <param name="Heading">The clause's heading, or <see langword="null"/>.</param>
/// <param name="Depth">The clause's depth (1 for top-level clauses).</param>
/// <param name="Score">Lucene's relevance score; higher is better, comparable only within one search.</param>
/// <param name="Snippet">A window of the clause's heading and text around the first match, line breaks as spaces.</param>
/// <param name="Highlights">Where the matching terms are in <paramref name="Snippet"/>, in order, not overlapping.</param>
public sealed record SearchHit(string AgreementId, string Path, string Label, string? Heading, int Depth, float Score, string Snippet, IReadOnlyList<TextRange> Highlights)
{
    /// <summary>Gets the snippet with every match enclosed in « and ».</summary>
    public string MarkedSnippet => Mark("«", "»");

    /// <summary>Returns the snippet with every match enclosed in <paramref name="open"/> and <paramref name="close"/>.</summary>
    /// <param name="open">The text to put before a match.</param>
    /// <param name="close">The text to put after a match.</param>
    /// <param name="escape">Applied to every piece of the snippet (not to the marks), for example to escape markup; none when <see langword="null"/>.</param>
    /// <returns>The marked snippet.</returns>
    public string Mark(string open, string close, Func<string, string>? escape = null)
    {
        escape ??= static piece => piece;
        var sb = new System.Text.StringBuilder(Snippet.Length + (Highlights.Count * (open.Length + close.Length)));
        var at = 0;
        foreach (var range in Highlights)
        {
            sb.Append(escape(Snippet[at..range.Start])).Append(open).Append(escape(Snippet.Substring(range.Start, range.Length))).Append(close);
            at = range.Start + range.Length;
        }

        return sb.Append(escape(Snippet[at..])).ToString();
    }
}

/// <summary>A range of UTF-16 units in a string.</summary>
/// <param name="Start">The offset of the first unit.</param>
/// <param name="Length">The number of units.</param>
public readonly record struct TextRange(int Start, int Length);

/// <summary>A clause found by <see cref="ClauseIndex.FindSimilar"/> as a candidate counterpart of another clause.</summary>
/// <param name="AgreementId">The id the clause's agreement was indexed under.</param>
/// <param name="Path">The clause's path.</param>
/// <param name="Label">The clause's label.</param>
/// <param name="Depth">The clause's depth (1 for top-level clauses).</param>
/// <param name="Score">Lucene's "more like this" score; higher is more similar, comparable only within one lookup.</param>
public sealed record SimilarClause(string AgreementId, string Path, string Label, int Depth, float Score);
