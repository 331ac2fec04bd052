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

    public static DiffChunks Cut(string text, TextAnalysis analysis) => Cut(text, analysis.Tokenize(text), analysis);

    /// <summary>Cuts a text already analysed (by the index analyzer) into diff units.</summary>
    public static DiffChunks Cut(string text, IReadOnlyList<AnalyzedToken> tokens, TextAnalysis analysis)
    {
        var keys = new List<string>();
        var starts = new List<int>();
        var position = 0;
        foreach (var token in tokens)
        {
            // Bigrams overlap the unigrams before them, and a token whose folding expanded has no span: both are skipped.
            if (token.StartOffset < position || token.EndOffset <= token.StartOffset)
            {
                continue;
            }

            CutGap(text, position, token.StartOffset, analysis, keys, starts);
            keys.Add(token.Term);
            starts.Add(token.StartOffset);
            position = token.EndOffset;
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
