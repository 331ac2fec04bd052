namespace AgreementDiff.Diff;

/// <summary>The word-level difference between two texts.</summary>
/// <param name="Edits">The runs in order; they rebuild both texts exactly.</param>
public sealed record TextDiff(IReadOnlyList<TextEdit> Edits)
{
    /// <summary>Gets a value indicating whether the texts are equal after normalization and variant folding.</summary>
    public bool IsEqual => Edits.All(e => e.Kind == EditKind.Equal);

    /// <summary>Gets a value indicating whether some equal text is written in another script, variant or width (衞生 against 衛生).</summary>
    public bool ScriptDiffers => Edits.Any(e => e.SpellingDiffers);

    /// <summary>Gets the inserted runs.</summary>
    public IEnumerable<TextEdit> Insertions => Edits.Where(e => e.Kind == EditKind.Insert);

    /// <summary>Gets the deleted runs.</summary>
    public IEnumerable<TextEdit> Deletions => Edits.Where(e => e.Kind == EditKind.Delete);
}
