namespace AgreementDiff.Reading;

/// <summary>The kind of document an agreement is read from.</summary>
public enum InputFormat
{
    /// <summary>Plain text in a detected encoding.</summary>
    Text,

    /// <summary>A PDF document with a text layer.</summary>
    Pdf,

    /// <summary>A Word document (Office Open XML, <c>.docx</c>).</summary>
    Docx,

    /// <summary>A web page (HTML).</summary>
    Html,

    /// <summary>Markdown (CommonMark): ATX headings give structure, front matter and HTML comments are dropped.</summary>
    Markdown,
}
