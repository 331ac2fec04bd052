namespace AgreementDiff.Alignment;

/// <summary>A pair of clauses the caller declares equivalent (<c>(十二)=五</c>); the rest is aligned around it.</summary>
/// <param name="Left">The address of the left clause: a label, path or path suffix.</param>
/// <param name="Right">The address of the right clause.</param>
public sealed record PinnedPair(string Left, string Right)
{
    /// <summary>Parses <c>LEFT=RIGHT</c>, for example <c>(十二)=五</c> or <c>二/(四)/1=四/16</c>.</summary>
    /// <param name="text">The pair as written.</param>
    /// <returns>The pair.</returns>
    /// <exception cref="FormatException">The text is not two addresses joined by one <c>=</c>.</exception>
    public static PinnedPair Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Replace('＝', '=').Split('=');
        if (parts.Length != 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
        {
            throw new FormatException($"'{text}' is not a pair of addresses written LEFT=RIGHT, for example (十二)=五.");
        }

        return new PinnedPair(parts[0].Trim(), parts[1].Trim());
    }

    /// <summary>Returns the pair as <c>LEFT=RIGHT</c>.</summary>
    public override string ToString() => $"{Left}={Right}";
}
