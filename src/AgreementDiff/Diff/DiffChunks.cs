using System.Globalization;
using System.Text;
using AgreementDiff.Analysis;

namespace AgreementDiff.Diff;

/// <summary>A text cut into diff units: the analysis' tokens (a Chinese character, an English word), punctuation on its own.</summary>
/// <remarks>
/// Each unit's key is its folded, lower-cased form, so units equal under folding compare equal. Each unit's span runs
/// from its start to the next unit's start, so white space belongs to the unit before it and the spans tile the text.
/// </remarks>
internal sealed class DiffChunks
{
    private DiffChunks(string text, string[] keys, int[] starts)
    {
        Text = text;
        Keys = keys;
        Starts = starts;
    }

    /// <summary>Gets the text that was cut.</summary>
    public string Text { get; }

    /// <summary>Gets the units' keys.</summary>
    public string[] Keys { get; }

    /// <summary>Gets each unit's start offset, plus the text's length at the end (one more entry than <see cref="Keys"/>).</summary>
    public int[] Starts { get; }

    public int Count => Keys.Length;

    /// <summary>Cuts a text already analysed (by the index analyzer) into diff units.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">The index analyzer's tokens of the text.</param>
    /// <param name="analysis">The analysis (its folding keys the gaps between tokens).</param>
    /// <param name="words">Words of the text (SmartCn's, say): the characters of a word of two or more make one unit, so a diff shows 航線 inserted, not 航 and 線.</param>
    public static DiffChunks Cut(string text, IReadOnlyList<AnalyzedToken> tokens, TextAnalysis analysis, IReadOnlyList<AnalyzedToken>? words = null)
    {
        var keys = new List<string>();
        var starts = new List<int>();
        var position = 0;
        var word = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];

            // Bigrams overlap the unigrams before them, and a token whose folding expanded has no span: both are skipped.
            if (token.StartOffset < position || token.EndOffset <= token.StartOffset)
            {
                continue;
            }

            CutGap(text, position, token.StartOffset, analysis, keys, starts);
            var key = token.Term;
            var end = token.EndOffset;
            if (words is not null)
            {
                while (word < words.Count && words[word].StartOffset < token.StartOffset)
                {
                    word++;
                }

                // A word that starts here and ends where a later unit ends takes in the units between.
                if (word < words.Count && words[word].StartOffset == token.StartOffset && words[word].EndOffset > end
                    && JoinUnits(tokens, t, words[word].EndOffset) is { } joined)
                {
                    (key, end, t) = joined;
                }
            }

            keys.Add(key);
            starts.Add(token.StartOffset);
            position = end;
        }

        CutGap(text, position, text.Length, analysis, keys, starts);
        if (starts.Count > 0)
        {
            starts[0] = 0;
        }
        else if (text.Length > 0)
        {
            // Only white space: one unit that equals any other white space.
            keys.Add(string.Empty);
            starts.Add(0);
        }

        starts.Add(text.Length);
        return new DiffChunks(text, [.. keys], [.. starts]);
    }

    /// <summary>Gets the text of units <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
    public string Slice(int from, int to) => Text[Starts[from]..Starts[to]];

    /// <summary>Gets the offset where unit <paramref name="index"/> starts (the text's length past the end).</summary>
    public int OffsetOf(int index) => Starts[index];

    /// <summary>Gets the weight of units <paramref name="from"/> to <paramref name="to"/>: their keys' length in text elements.</summary>
    public int Weight(int from, int to)
    {
        var weight = 0;
        for (var i = from; i < to; i++)
        {
            weight += Math.Max(1, Keys[i].Length);
        }

        return weight;
    }

    /// <summary>The units from token <paramref name="first"/> that tile a word ending at <paramref name="end"/>: their keys joined, the end, and the last token's index; null when no unit ends there.</summary>
    private static (string Key, int End, int Last)? JoinUnits(IReadOnlyList<AnalyzedToken> tokens, int first, int end)
    {
        var key = new StringBuilder(tokens[first].Term);
        var position = tokens[first].EndOffset;
        for (var t = first + 1; t < tokens.Count && tokens[t].StartOffset < end; t++)
        {
            var token = tokens[t];
            if (token.StartOffset < position || token.EndOffset <= token.StartOffset)
            {
                continue;
            }

            // Only units that follow one another with nothing between them (punctuation or space ends a word).
            if (token.StartOffset != position || token.EndOffset > end)
            {
                return null;
            }

            key.Append(token.Term);
            position = token.EndOffset;
            if (position == end)
            {
                return (key.ToString(), end, t);
            }
        }

        return null;
    }

    private static void CutGap(string text, int start, int end, TextAnalysis analysis, List<string> keys, List<int> starts)
    {
        var i = start;
        while (i < end)
        {
            // A lone surrogate is not a rune: it stands alone as one unit of its own.
            var valid = Rune.TryGetRuneAt(text, i, out var rune);
            var width = valid ? rune.Utf16SequenceLength : 1;
            if (Rune.IsWhiteSpace(rune))
            {
                i += width;
                continue;
            }

            var from = i;
            if (IsWordRune(rune) && !IsIdeograph(rune))
            {
                // A word the analyzer dropped (a stop word, say): keep it whole.
                while (i < end && Rune.TryGetRuneAt(text, i, out var next) && IsWordRune(next) && !IsIdeograph(next))
                {
                    i += next.Utf16SequenceLength;
                }
            }
            else
            {
                i += width;
            }

            keys.Add(Quotes(analysis.Fold(text[from..i]).ToLowerInvariant()));
            starts.Add(from);
        }
    }

    /// <summary>Curly and straight quotes are one mark to the reader (“一帶一路” and "一帶一路" say the same).</summary>
    private static string Quotes(string key) => key switch
    {
        "“" or "”" or "„" or "‟" or "＂" => "\"",
        "‘" or "’" or "‚" or "‛" or "＇" => "'",
        _ => key,
    };

    private static bool IsWordRune(Rune rune) => Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsIdeograph(Rune rune) => rune.Value is (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);
}
