namespace AgreementDiff;

/// <summary>A range of 1-based, inclusive line numbers in the original input that a clause was read from.</summary>
/// <param name="StartLine">The first line (1-based) that contributed to the clause.</param>
/// <param name="EndLine">The last line (1-based, inclusive) that contributed to the clause.</param>
public readonly record struct SourceSpan(int StartLine, int EndLine)
{
    /// <summary>Gets the number of lines the span covers.</summary>
    public int LineCount => EndLine - StartLine + 1;

    /// <summary>Returns the span as <c>12-15</c>, or <c>12</c> for a single line.</summary>
    public override string ToString() => StartLine == EndLine ? $"{StartLine}" : $"{StartLine}-{EndLine}";
}
