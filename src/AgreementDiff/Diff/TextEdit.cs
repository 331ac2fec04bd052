namespace AgreementDiff.Diff;

/// <summary>One run of a word-level diff, with the text and its offset on each side.</summary>
/// <remarks>
/// Offsets are in UTF-16 code units into the texts that were compared and never split a surrogate pair. Concatenating
/// <see cref="LeftText"/> over the equal and deleted edits gives the left text exactly; <see cref="RightText"/> over the
/// equal and inserted edits gives the right text.
/// </remarks>
/// <param name="Kind">Whether the run is equal on both sides, deleted or inserted.</param>
/// <param name="LeftText">The run's text in the left clause; empty for an insertion.</param>
/// <param name="RightText">The run's text in the right clause; empty for a deletion.</param>
/// <param name="LeftOffset">Where the run starts in the left text (for an insertion, where it would go).</param>
/// <param name="RightOffset">Where the run starts in the right text (for a deletion, where it was taken from).</param>
public sealed record TextEdit(EditKind Kind, string LeftText, string RightText, int LeftOffset, int RightOffset)
{
    /// <summary>Gets the run's text on the side it belongs to: the right text for an insertion, else the left text.</summary>
    public string Text => Kind == EditKind.Insert ? RightText : LeftText;

    /// <summary>Gets a value indicating whether an equal run is spelled differently on the two sides (script, variant or width), ignoring white space.</summary>
    public bool SpellingDiffers => Kind == EditKind.Equal && !TextDiffer.SameIgnoringWhiteSpace(LeftText, RightText);
}
