using AgreementDiff.Analysis;
using DiffPlex;

namespace AgreementDiff.Diff;

/// <summary>Diffs two texts word by word: Chinese by analysis token, English by word, punctuation on its own, equal under folding.</summary>
/// <remarks>
/// <para>The units are cut by the shared <see cref="TextAnalysis"/>, so 衞生 against 衛生 is equal (the edit says the spelling
/// differs) and white space never makes a difference. DiffPlex finds the shortest edit script over the units; short equal
/// runs stranded between larger changes (a shared 的 or 和) are then folded into the change, so a reworded sentence reads as
/// one deletion and one insertion rather than confetti.</para>
/// <para>Thread safe.</para>
/// </remarks>
public sealed class TextDiffer
{
    private readonly TextAnalysis _analysis;
    private readonly bool _words;

    /// <summary>Creates a differ over the given analysis.</summary>
    /// <param name="analysis">The analysis that cuts and folds the text, or <see langword="null"/> for <see cref="TextAnalysis.Default"/>.</param>
    /// <param name="words">Whether Chinese is diffed by whole words (the analysis' SmartCn words: 航班 replaced by 航線) rather than by character; loads the word dictionary on first use.</param>
    public TextDiffer(TextAnalysis? analysis = null, bool words = false)
    {
        _analysis = analysis ?? TextAnalysis.Default;
        _words = words;
    }

    /// <summary>Gets a differ with the default analysis.</summary>
    public static TextDiffer Default { get; } = new();

    /// <summary>Diffs <paramref name="left"/> against <paramref name="right"/>.</summary>
    /// <param name="left">The earlier or left-hand text.</param>
    /// <param name="right">The later or right-hand text.</param>
    /// <returns>The edits, which rebuild both texts exactly.</returns>
    public TextDiff Diff(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Diff(Cut(left), Cut(right));
    }

    private DiffChunks Cut(string text) => DiffChunks.Cut(text, _analysis.Tokenize(text), _analysis, _words ? _analysis.TokenizeWords(text) : null);

    /// <summary>Diffs two texts already cut (the aligner cuts each document's clauses once).</summary>
    internal static TextDiff Diff(DiffChunks a, DiffChunks b)
    {
        var runs = Runs(a, b);
        Cleanup(runs, a, b);
        return new TextDiff(ToEdits(runs, a, b));
    }

    internal static bool SameIgnoringWhiteSpace(string left, string right)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < left.Length && char.IsWhiteSpace(left[i]))
            {
                i++;
            }

            while (j < right.Length && char.IsWhiteSpace(right[j]))
            {
                j++;
            }

            if (i == left.Length || j == right.Length)
            {
                return i == left.Length && j == right.Length;
            }

            if (left[i++] != right[j++])
            {
                return false;
            }
        }
    }

    private static List<Run> Runs(DiffChunks a, DiffChunks b)
    {
        var result = Differ.Instance.CreateDiffs(a.Text, b.Text, false, false, new PrecutChunker(a, b));
        var runs = new List<Run>();
        int i = 0, j = 0;
        foreach (var block in result.DiffBlocks)
        {
            if (block.DeleteStartA > i)
            {
                runs.Add(new Run(true, i, block.DeleteStartA, j, j + (block.DeleteStartA - i)));
            }

            i = block.DeleteStartA;
            j = block.InsertStartB;
            runs.Add(new Run(false, i, i + block.DeleteCountA, j, j + block.InsertCountB));
            i += block.DeleteCountA;
            j += block.InsertCountB;
        }

        if (i < a.Count || j < b.Count)
        {
            runs.Add(new Run(true, i, a.Count, j, b.Count));
        }

        return runs;
    }

    /// <summary>Folds an equal run into the changes around it when it weighs no more than the larger side of the change on each side.</summary>
    private static void Cleanup(List<Run> runs, DiffChunks a, DiffChunks b)
    {
        bool changed;
        do
        {
            changed = false;
            for (var k = 1; k < runs.Count - 1; k++)
            {
                var (before, equal, after) = (runs[k - 1], runs[k], runs[k + 1]);
                if (!equal.Equal || before.Equal || after.Equal)
                {
                    continue;
                }

                var weight = a.Weight(equal.LeftFrom, equal.LeftTo);
                if (weight <= Math.Max(a.Weight(before.LeftFrom, before.LeftTo), b.Weight(before.RightFrom, before.RightTo))
                    && weight <= Math.Max(a.Weight(after.LeftFrom, after.LeftTo), b.Weight(after.RightFrom, after.RightTo)))
                {
                    runs[k - 1] = new Run(false, before.LeftFrom, after.LeftTo, before.RightFrom, after.RightTo);
                    runs.RemoveRange(k, 2);
                    changed = true;
                }
            }
        }
        while (changed);
    }

    private static List<TextEdit> ToEdits(List<Run> runs, DiffChunks a, DiffChunks b)
    {
        var edits = new List<TextEdit>(runs.Count + 4);
        foreach (var run in runs)
        {
            var leftOffset = a.OffsetOf(run.LeftFrom);
            var rightOffset = b.OffsetOf(run.RightFrom);
            if (run.Equal)
            {
                edits.Add(new TextEdit(EditKind.Equal, a.Slice(run.LeftFrom, run.LeftTo), b.Slice(run.RightFrom, run.RightTo), leftOffset, rightOffset));
                continue;
            }

            if (run.LeftTo > run.LeftFrom)
            {
                edits.Add(new TextEdit(EditKind.Delete, a.Slice(run.LeftFrom, run.LeftTo), string.Empty, leftOffset, rightOffset));
            }

            if (run.RightTo > run.RightFrom)
            {
                edits.Add(new TextEdit(EditKind.Insert, string.Empty, b.Slice(run.RightFrom, run.RightTo), a.OffsetOf(run.LeftTo), rightOffset));
            }
        }

        return edits;
    }

    private readonly record struct Run(bool Equal, int LeftFrom, int LeftTo, int RightFrom, int RightTo);

    /// <summary>Hands DiffPlex the units already cut, so the differ compares keys (folded) while we keep the offsets.</summary>
    private sealed class PrecutChunker(DiffChunks left, DiffChunks right) : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => ReferenceEquals(text, left.Text) ? left.Keys : ReferenceEquals(text, right.Text) ? right.Keys : throw new InvalidOperationException("Unexpected text.");
    }
}
