using AgreementDiff.Diff;

namespace AgreementDiff.Alignment;

/// <summary>Two equivalent clauses, one from each agreement, and what changed between them.</summary>
/// <param name="Left">The clause in the left (earlier) agreement.</param>
/// <param name="Right">The clause in the right (later) agreement.</param>
/// <param name="Role">Whether the pair is matched as sections, items or groups.</param>
/// <param name="Score">How sure the aligner is, in [0, 1]; pinned pairs keep their computed score.</param>
/// <param name="Change">How the clause changed.</param>
/// <param name="Explanation">The shared distinctive terms and the parts of the score.</param>
/// <param name="Diff">The word-level difference of the two clauses' own <see cref="Clause.Content"/> (heading and text, without their children; the label when a clause has no content).</param>
public sealed record ClauseMatch(Clause Left, Clause Right, ClauseRole Role, double Score, ChangeKind Change, MatchExplanation Explanation, TextDiff Diff)
{
    /// <summary>Gets the edits that turn the left clause's text into the right clause's.</summary>
    public IReadOnlyList<TextEdit> Edits => Diff.Edits;

    /// <summary>Gets a value indicating whether the clauses' own text differs after normalization and folding.</summary>
    public bool TextChanged => !Diff.IsEqual;

    /// <summary>Gets a value indicating whether some equal text is spelled in another script or variant (衞生 against 衛生).</summary>
    public bool ScriptDiffers => Diff.ScriptDiffers;

    /// <summary>Gets a value indicating whether the two clauses are in different languages: matched through a bilingual lexicon, with the whole of each text as the diff, to be read side by side.</summary>
    public bool CrossLingual { get; init; }
}
