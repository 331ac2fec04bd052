using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.CharFilters;

namespace AgreementDiff.Analysis;

/// <summary>A Lucene char filter that applies NFKC and variant folding, keeping offsets into the original text right.</summary>
/// <remarks>
/// Reads its input whole on first use (clauses are short); works on code points, so supplementary characters survive.
/// When NFKC expands one character into several (㍻ into 平成), every character after the first maps back to the start of
/// the original character, so a token made only of those characters has an empty span in the original text.
/// </remarks>
public sealed class FoldingCharFilter : BaseCharFilter
{
    private readonly VariantTable _table;
    private string? _output;
    private int _position;

    /// <summary>Creates a filter over <paramref name="input"/>.</summary>
    /// <param name="input">The text to fold.</param>
    /// <param name="options">Folding settings, or <see langword="null"/> for the defaults.</param>
    public FoldingCharFilter(TextReader input, AnalysisOptions? options = null)
        : base(input)
    {
        _table = VariantTable.Get((options ?? AnalysisOptions.Default).FoldZhuoZhe);
    }

    /// <inheritdoc/>
    public override int Read()
    {
        var output = Output();
        return _position < output.Length ? output[_position++] : -1;
    }

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count)
    {
        var output = Output();
        var n = Math.Min(count, output.Length - _position);
        if (n <= 0)
        {
            return 0;
        }

        output.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    /// <summary>Folds <paramref name="text"/> without offsets: NFKC, then one form for each variant character.</summary>
    internal static string Fold(string text, VariantTable table) => Fold(text, table, null);

    // Lucene's reusable string reader returns null, not "", from ReadToEnd on empty text.
    private string Output() => _output ??= Fold(m_input.ReadToEnd() ?? string.Empty, _table, this);

    private static string Fold(string text, VariantTable table, FoldingCharFilter? offsets)
    {
        StringBuilder? sb = null;
        var diff = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var length = 1;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                length = 2;
            }

            while (i + length < text.Length && IsCombining(text[i + length]))
            {
                length++;
            }

            var replacement = length == 1 ? table.MapBmp(c) : table.MapSequence(text.Substring(i, length));
            if (replacement is null)
            {
                sb?.Append(text, i, length);
            }
            else
            {
                sb ??= new StringBuilder(text.Length).Append(text, 0, i);
                var outputStart = sb.Length;
                sb.Append(replacement);
                if (replacement.Length != length && offsets is not null)
                {
                    // Every output character of the replacement maps back to the start of the original sequence,
                    // and the output after it maps back to the input after it.
                    for (var k = 1; k < replacement.Length; k++)
                    {
                        offsets.AddOffCorrectMap(outputStart + k, diff - k);
                    }

                    diff += length - replacement.Length;
                    offsets.AddOffCorrectMap(sb.Length, diff);
                }
            }

            i += length;
        }

        return sb?.ToString() ?? text;
    }

    private static bool IsCombining(char c) =>
        c >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
