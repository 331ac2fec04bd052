using System.Globalization;
using System.Text.RegularExpressions;

namespace AgreementDiff.Alignment;

/// <summary>A run of clauses kept in order but renumbered (第9–38条 → 第10–42条), named once instead of pair by pair.</summary>
/// <param name="LeftFirst">The first left clause of the run.</param>
/// <param name="LeftLast">The last left clause of the run.</param>
/// <param name="RightFirst">The first right clause of the run.</param>
/// <param name="RightLast">The last right clause of the run.</param>
/// <param name="Pairs">How many matched pairs the run holds.</param>
/// <param name="Reworded">How many of them changed their text.</param>
public sealed partial record RenumberedRun(Clause LeftFirst, Clause LeftLast, Clause RightFirst, Clause RightLast, int Pairs, int Reworded)
{
    /// <summary>The run's own matches, in order: what a report folds into the run's one line.</summary>
    internal IReadOnlyList<ClauseMatch> Members { get; init; } = [];

    /// <summary>Gets the left range as a reader writes it: <c>第9–38条</c>, <c>Articles 9–38</c>, <c>16–30</c>.</summary>
    public string LeftRange => Range(LeftFirst, LeftLast);

    /// <summary>Gets the right range as a reader writes it.</summary>
    public string RightRange => Range(RightFirst, RightLast);

    /// <summary>Returns the run in one line: <c>第9–38条 → 第10–42条, renumbered; 12 reworded</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{LeftRange} → {RightRange}, renumbered; {Reworded} reworded");

    private static string Range(Clause first, Clause last)
    {
        var (a, b) = (first.Number ?? 0, last.Number ?? 0);
        if (Ordinal().Match(first.Label) is { Success: true } chinese && Ordinal().Match(last.Label) is { Success: true } end && chinese.Groups["unit"].Value == end.Groups["unit"].Value)
        {
            return string.Create(CultureInfo.InvariantCulture, $"第{a}–{b}{chinese.Groups["unit"].Value}");
        }

        if (Worded().Match(first.Label) is { Success: true } worded && Worded().Match(last.Label) is { Success: true } wordedEnd && worded.Groups["word"].Value == wordedEnd.Groups["word"].Value)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{worded.Groups["word"].Value}s {a}–{b}");
        }

        return $"{first.Label}–{last.Label}";
    }

    [GeneratedRegex(@"^第.+(?<unit>[编編章节節条條款])$")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^(?<word>Article|Clause|Chapter|Part|Section) \S+$", RegexOptions.IgnoreCase)]
    private static partial Regex Worded();
}
