using System.CommandLine;

namespace AgreementDiff.Cli;

/// <summary>The formats reports are written in.</summary>
internal enum ReportFormat
{
    /// <summary>Rendered for a person on the console (tables, colour when the terminal shows it).</summary>
    Text,

    /// <summary>Markdown.</summary>
    Markdown,

    /// <summary>JSON as documented in the README.</summary>
    Json,

    /// <summary>One self-contained HTML page.</summary>
    Html,
}

/// <summary>How a report was asked for: its format, where it goes, and whether changes are shown in two columns.</summary>
/// <param name="Format">The format.</param>
/// <param name="Target">The file to write atomically, or <see langword="null"/> for standard output.</param>
/// <param name="SideBySide">Whether text shows each pair in two columns.</param>
internal sealed record ReportRequest(ReportFormat Format, string? Target, bool SideBySide);

/// <summary>The <c>--format</c>, <c>--output</c> and <c>--side-by-side</c> options of commands that write reports.</summary>
internal sealed record ReportOptions(Option<ReportFormat> Format, Option<string?> Output, Option<bool> SideBySide)
{
    /// <summary>Creates the options; <paramref name="formats"/> describes what each format gives.</summary>
    public static ReportOptions Create(string formats) => new(
        new Option<ReportFormat>("--format", "-f") { Description = formats, DefaultValueFactory = _ => ReportFormat.Text },
        OutputOption(),
        new Option<bool>("--side-by-side", "-y") { Description = "Show each matched pair in two columns, earlier and later (text on a console at least 100 columns wide)." });

    /// <summary>Creates the <c>--output FILE</c> option.</summary>
    public static Option<string?> OutputOption() => new("--output", "-o") { Description = "Write to this file (atomically: a temporary file, then moved into place) instead of standard output." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command, bool sideBySide = true)
    {
        command.Options.Add(Format);
        command.Options.Add(Output);
        if (sideBySide)
        {
            command.Options.Add(SideBySide);
        }
    }

    /// <summary>Reads what the options say.</summary>
    public ReportRequest Read(ParseResult parse) => new(parse.GetValue(Format), parse.GetValue(Output), parse.GetValue(SideBySide));
}
