namespace AgreementDiff.Reading;

/// <summary>Thrown when an input cannot be read as an agreement; says which input, which line and what is wrong.</summary>
public sealed class AgreementReadException : Exception
{
    /// <summary>Creates an exception for <paramref name="problem"/> at <paramref name="line"/> of <paramref name="sourceName"/>.</summary>
    /// <param name="sourceName">The file name or other name of the input.</param>
    /// <param name="line">The 1-based line the problem is on, or <see langword="null"/> when it concerns the whole input.</param>
    /// <param name="problem">The kind of problem.</param>
    /// <param name="detail">A sentence describing the problem for a person.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public AgreementReadException(string sourceName, int? line, ReadProblem problem, string detail, Exception? innerException = null)
        : base(Format(sourceName, line, detail), innerException)
    {
        SourceName = sourceName;
        Line = line;
        Problem = problem;
        Detail = detail;
    }

    /// <summary>Gets the file name or other name of the input.</summary>
    public string SourceName { get; }

    /// <summary>Gets the 1-based line the problem is on, or <see langword="null"/> when it concerns the whole input.</summary>
    public int? Line { get; }

    /// <summary>Gets the kind of problem.</summary>
    public ReadProblem Problem { get; }

    /// <summary>Gets the description of the problem without the source name and line.</summary>
    public string Detail { get; }

    private static string Format(string sourceName, int? line, string detail) =>
        line is { } l ? $"{sourceName}:{l}: {detail}" : $"{sourceName}: {detail}";
}
