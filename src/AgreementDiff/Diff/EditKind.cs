namespace AgreementDiff.Diff;

/// <summary>What an edit does to the left text to turn it into the right text.</summary>
public enum EditKind
{
    /// <summary>The text is the same on both sides (equal under folding; the spelling may differ).</summary>
    Equal,

    /// <summary>The text is only in the left clause.</summary>
    Delete,

    /// <summary>The text is only in the right clause.</summary>
    Insert,
}
