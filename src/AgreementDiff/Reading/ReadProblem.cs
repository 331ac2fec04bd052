namespace AgreementDiff.Reading;

/// <summary>What went wrong, or looked wrong, while reading an agreement.</summary>
public enum ReadProblem
{
    /// <summary>The input has no content, or only whitespace.</summary>
    Empty,

    /// <summary>The input is binary data (NUL or other control bytes), not text.</summary>
    Binary,

    /// <summary>The input is not in an encoding the reader detects: UTF-8, UTF-16 with a byte-order mark, GB18030 or Big5.</summary>
    UnsupportedEncoding,

    /// <summary>The input is larger than <see cref="AgreementReaderOptions.MaxInputBytes"/>.</summary>
    TooLarge,

    /// <summary>The file could not be opened or read, or is a PDF or Word document that is damaged.</summary>
    Unreadable,

    /// <summary>No numbering or heading was recognised; the whole text became one body clause.</summary>
    NoNumbering,

    /// <summary>A clause's number skips one or more numbers of its sequence (三 follows 一).</summary>
    NumberingSkipped,

    /// <summary>A clause's number repeats or goes back in its sequence (二 follows 二).</summary>
    NumberingRepeated,

    /// <summary>The input is a PDF without a text layer, such as a scan; it needs OCR before it can be read.</summary>
    NoTextLayer,
}
