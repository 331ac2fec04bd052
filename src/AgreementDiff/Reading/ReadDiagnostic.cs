namespace AgreementDiff.Reading;

/// <summary>A warning about the input that did not stop the reader: where it is and what it is.</summary>
/// <param name="Problem">The kind of problem.</param>
/// <param name="Line">The 1-based line of the input the warning is about.</param>
/// <param name="Message">A sentence describing the problem for a person.</param>
public sealed record ReadDiagnostic(ReadProblem Problem, int Line, string Message)
{
    /// <summary>Returns the warning as <c>line 12: message</c>.</summary>
    public override string ToString() => $"line {Line}: {Message}";
}
