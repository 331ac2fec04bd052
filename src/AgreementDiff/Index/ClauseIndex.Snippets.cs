namespace AgreementDiff.Index;

/// <summary>The index's search snippets: a window around the first match, with every match located (Lucene.Net.Highlighter was evaluated and not used: see the README).</summary>
public sealed partial class ClauseIndex
{
    private const int SnippetLead = 30;

    private const int SnippetLength = 120;

    /// <summary>A window of <paramref name="content"/> around its first match, with every match of the query's bigrams and words located.</summary>
    private (string Snippet, IReadOnlyList<TextRange> Highlights) Snippet(string content, HashSet<string> bigrams, HashSet<string> words)
    {
        var matches = _analysis.Tokenize(content).Where(t => bigrams.Contains(t.Term));
        if (words.Count > 0)
        {
            matches = matches.Concat(_analysis.TokenizeWords(content).Where(t => words.Contains(t.Term)));
        }

        var merged = new List<(int Start, int End)>();
        foreach (var token in matches.OrderBy(t => t.StartOffset))
        {
            if (merged.Count > 0 && token.StartOffset <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, token.EndOffset));
            }
            else
            {
                merged.Add((token.StartOffset, token.EndOffset));
            }
        }

        var start = merged.Count == 0 ? 0 : Math.Max(0, merged[0].Start - SnippetLead);
        var end = Math.Min(content.Length, start + SnippetLength);
        start = AvoidSplitPair(content, start);
        end = AvoidSplitPair(content, end);
        var prefix = start > 0 ? "…" : string.Empty;
        var snippet = prefix + content[start..end].Replace('\n', ' ') + (end < content.Length ? "…" : string.Empty);
        var highlights = merged
            .Where(m => m.Start >= start && m.End <= end)
            .Select(m => new TextRange(m.Start - start + prefix.Length, m.End - m.Start))
            .ToList();
        return (snippet, highlights);
    }

    private static int AvoidSplitPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index - 1 : index;
}
