using System.Text;

namespace AgreementDiff.Tests.Support;

/// <summary>One section of a generated agreement: a heading and its items' sentences.</summary>
public sealed record GeneratedSection(string Heading, IReadOnlyList<string> Items)
{
    public override string ToString() => $"{Heading} [{string.Join(" | ", Items)}]";
}

/// <summary>An agreement made by <see cref="AgreementGenerators"/>, kept as a model so it can be shrunk and varied, and rendered as text.</summary>
/// <param name="English">Whether sections are numbered <c>1.</c> with <c>(1)</c> items instead of <c>一、</c> with <c>(一)</c> or <c>1.</c> items.</param>
/// <param name="ArabicItems">For Chinese, whether items are numbered <c>1.</c> instead of <c>(一)</c>.</param>
/// <param name="Title">The first line, or <see langword="null"/> for none.</param>
/// <param name="Sections">The numbered sections in order.</param>
/// <param name="LineBreaks">The line breaks used in turn: one of them, or a mix of LF, CRLF and CR.</param>
public sealed record GeneratedAgreement(bool English, bool ArabicItems, string? Title, IReadOnlyList<GeneratedSection> Sections, IReadOnlyList<string> LineBreaks)
{
    private static readonly string[] ChineseNumerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

    /// <summary>Gets whether no two items share a run of 8 letters or digits and no two headings a run of 2 (so none repeats part of another).</summary>
    public bool IsDistinct => Distinct(Sections.SelectMany(s => s.Items), 8) && Distinct(Sections.Select(s => s.Heading), 2);

    /// <summary>Gets whether no two of <paramref name="texts"/> share a run of <paramref name="run"/> letters or digits.</summary>
    public static bool Distinct(IEnumerable<string> texts, int run)
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var text in texts.Select(t => string.Concat(t.Where(char.IsLetterOrDigit))))
        {
            for (var at = 0; at + run <= text.Length; at++)
            {
                if (owners.TryGetValue(text.Substring(at, run), out var owner) && owner != index)
                {
                    return false;
                }

                owners[text.Substring(at, run)] = index;
            }

            index++;
        }

        return true;
    }

    /// <summary>Renders the agreement as the text a reader gets.</summary>
    public string Render()
    {
        var lines = new List<string>();
        if (Title is not null)
        {
            lines.Add(Title);
        }

        var item = 0;
        for (var s = 0; s < Sections.Count; s++)
        {
            var section = Sections[s];
            lines.Add(English ? $"{s + 1}. {section.Heading}" : $"{ChineseNumerals[s % ChineseNumerals.Length]}、{section.Heading}");
            for (var i = 0; i < section.Items.Count; i++)
            {
                // Arabic items run on through the document, as in the seeds; parenthesized ones restart in each section.
                lines.Add((English, ArabicItems) switch
                {
                    (true, _) => $"({i + 1}) {section.Items[i]}",
                    (false, true) => $"{++item}. {section.Items[i]}",
                    _ => $"({ChineseNumerals[i % ChineseNumerals.Length]}){section.Items[i]}",
                });
            }
        }

        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(lines[i]).Append(LineBreaks[i % LineBreaks.Count]);
        }

        return text.ToString();
    }

    /// <summary>Shows the rendered text with its line breaks visible, for a counterexample.</summary>
    public override string ToString() => "\n" + Render().Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n\n", StringComparison.Ordinal);
}
