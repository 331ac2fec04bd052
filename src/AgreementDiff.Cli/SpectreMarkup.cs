using AgreementDiff.Reports;
using Spectre.Console;

namespace AgreementDiff.Cli;

/// <summary>The library's text report as Spectre.Console markup: coloured on a terminal that shows colour, wdiff's markers otherwise.</summary>
/// <param name="colour">Whether insertions are green and underlined, deletions red and struck through, and names bold.</param>
internal sealed class SpectreMarkup(bool colour) : TextMarkup
{
    /// <summary>Insertions green and underlined, deletions red and struck through, names bold.</summary>
    public static readonly SpectreMarkup Colour = new(colour: true);

    /// <summary>No colour: wdiff's markers, <c>{+inserted+}</c> and <c>[-deleted-]</c>, escaped for Spectre.</summary>
    public static readonly SpectreMarkup Markers = new(colour: false);

    public override string Text(string text) => Markup.Escape(text);

    public override string Inserted(string text) => colour ? $"[green underline]{Markup.Escape(text)}[/]" : Markup.Escape($"{{+{text}+}}");

    public override string Deleted(string text) => colour ? $"[red strikethrough]{Markup.Escape(text)}[/]" : Markup.Escape($"[-{text}-]");

    public override string Strong(string text) => colour ? $"[bold]{Markup.Escape(text)}[/]" : Markup.Escape(text);
}
