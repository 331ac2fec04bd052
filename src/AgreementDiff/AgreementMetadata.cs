using AgreementDiff.Reading;

namespace AgreementDiff;

/// <summary>What the reader found out about an agreement besides its clauses.</summary>
/// <param name="Title">The document's title, cleaned up; empty when none was recognised.</param>
/// <param name="Header">A line printed above the title, such as <c>附件一</c>, or <see langword="null"/>.</param>
/// <param name="Parties">The parties named in the title, the party block or the signature block (in an English agreement whose title names none, also the preamble), each once, in order of first appearance; English names are whole phrases without a leading "the".</param>
/// <param name="Dates">Every date printed in the document, in order (a law's revision history first).</param>
/// <param name="Signed">The date the document was signed or issued, when it could be told, as printed: the first date of the signature block, else of the closing, else of the last paragraph after the preamble that says it was signed (Signed in … on …), else of the preamble, else the date of the last event of a law's revision history (not its entry into force).</param>
/// <param name="Language">The main language of the text: <c>zh</c> or <c>en</c>.</param>
/// <param name="Encoding">The name of the encoding the input was decoded with, for example <c>utf-8</c> or <c>big5</c>; <c>utf-16</c> for text taken from a PDF.</param>
public sealed record AgreementMetadata(
    string Title,
    string? Header,
    IReadOnlyList<string> Parties,
    IReadOnlyList<PrintedDate> Dates,
    PrintedDate? Signed,
    string Language,
    string Encoding)
{
    /// <summary>Gets the kind of document the agreement was read from. Default: <see cref="InputFormat.Text"/>.</summary>
    public InputFormat Format { get; init; }

    /// <summary>Gets the revision history printed between a law's title and its text (通过, 修正, 修订, 公布, 施行 with their dates), in the order printed; empty for a document without one.</summary>
    public IReadOnlyList<RevisionEvent> History { get; init; } = [];

    /// <summary>Gets the entries of a contents list (目录, Contents) printed before the text, headings as printed without spaces; empty when there is none.</summary>
    /// <remarks>A contents list names the chapters again; it is kept here, not read as clauses, so every chapter has one path.</remarks>
    public IReadOnlyList<string> Contents { get; init; } = [];
}
