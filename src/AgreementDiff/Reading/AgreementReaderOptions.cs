namespace AgreementDiff.Reading;

/// <summary>Settings for <see cref="AgreementReader"/>; the defaults suit agreements as published.</summary>
/// <remarks>Instances are immutable and may be shared between threads.</remarks>
public sealed record AgreementReaderOptions
{
    /// <summary>Gets the default options.</summary>
    public static AgreementReaderOptions Default { get; } = new();

    /// <summary>Gets the largest input, in bytes, the reader accepts; larger inputs fail with <see cref="ReadProblem.TooLarge"/>. Default: 256 MiB.</summary>
    public long MaxInputBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Gets a value indicating whether numbering that skips or repeats fails the read instead of producing a warning. Default: <see langword="false"/>.</summary>
    public bool StrictNumbering { get; init; }

    /// <summary>Gets the format to read inputs as, or <see langword="null"/> to tell it from the content (a PDF header, a Word package, HTML markup, else text) whatever the file's name. Default: <see langword="null"/>.</summary>
    public InputFormat? Format { get; init; }
}
