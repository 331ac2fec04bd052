using System.Text;

namespace AgreementDiff.Reading.Formats;

/// <summary>Collects the lines a format reader hands to the text pipeline: one line per paragraph, heading, list item or table row.</summary>
/// <remarks>
/// A heading is written the way plain text marks one, underlined by a rule line, unless it starts with a clause number,
/// whose numbering already gives it its place in the tree.
/// </remarks>
internal sealed class DocumentText
{
    private const string HeadingRule = "————";

    private readonly StringBuilder _text = new();

    /// <summary>Adds a paragraph; text that is empty after trimming adds nothing.</summary>
    public void Line(string text)
    {
        text = text.Trim();
        if (text.Length > 0)
        {
            _text.Append(text).Append('\n');
        }
    }

    /// <summary>Adds a heading: its text, then a rule line unless the text starts with a clause number.</summary>
    public void Heading(string text)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return;
        }

        Line(text);
        if (NumberingMarker.TryParse(TextCleaner.CleanLine(text)) is null)
        {
            Line(HeadingRule);
        }
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
