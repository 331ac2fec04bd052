using System.CommandLine;
using AgreementDiff.Reports;
using Spectre.Console;

namespace AgreementDiff.Cli.Commands;

/// <summary><c>show FILE ADDRESS [--format text|markdown|json] [--output FILE]</c>: one clause in full.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The agreement: a file path, or the id or file name of an embedded seed (see 'seeds')." };
        var address = new Argument<string>("ADDRESS") { Description = "The clause: a label (五, (十二)), a path (二/(十二)/3), a path suffix or a heading (法律服務)." };
        var format = new Option<ShowFormat>("--format", "-f") { Description = "text, markdown or json.", DefaultValueFactory = _ => ShowFormat.Text };
        var output = ReportOptions.OutputOption();
        var command = new Command("show", "Show one clause in full: its path, heading, text and the items under it.") { file, address, format, output };
        command.SetAction(parse =>
        {
            var agreement = Seeds.Read(parse.GetValue(file)!);
            var clause = agreement[parse.GetValue(address)!];
            var target = parse.GetValue(output);
            switch (parse.GetValue(format))
            {
                case ShowFormat.Json:
                    context.WriteText(target, OutlineJsonWriter.ToJson(clause));
                    break;
                case ShowFormat.Markdown:
                    context.WriteText(target, Markdown(clause));
                    break;
                default:
                    context.Render(target, console => console.Write(Render(clause)));
                    break;
            }

            return CliApplication.Ok;
        });
        return command;
    }

    /// <summary>The clause under a rule naming its agreement and path, then its heading and text, then its items the same way.</summary>
    public static Rows Render(Clause clause)
    {
        var title = clause.Agreement.Title.Length > 0 ? clause.Agreement.Title : Path.GetFileName(clause.Agreement.SourceName);
        var rows = new List<Spectre.Console.Rendering.IRenderable>
        {
            new Rule($"[bold]§{Markup.Escape(clause.Path)}[/] {Markup.Escape(clause.Heading ?? string.Empty)}".TrimEnd()).LeftJustified(),
            new Markup($"[grey]{Markup.Escape(title)} · lines {clause.Span.StartLine}–{clause.Span.EndLine}[/]"),
        };
        foreach (var part in clause.Descendants().Prepend(clause))
        {
            var indent = new string(' ', 2 * (part.Depth - clause.Depth));
            if (!ReferenceEquals(part, clause))
            {
                rows.Add(new Markup($"{indent}[bold]§{Markup.Escape(part.Path)}[/] {Markup.Escape(part.Heading ?? string.Empty)}".TrimEnd()));
            }

            rows.AddRange(part.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => new Padder(new Text(p), new Padding(indent.Length + 2, 0, 0, 0))));
        }

        return new Rows(rows);
    }

    private static string Markdown(Clause clause)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in clause.Descendants().Prepend(clause))
        {
            var level = new string('#', Math.Min(6, part.Depth - clause.Depth + 2));
            text.Append(level).Append(" §").Append(part.Path);
            if (part.Heading is { } heading && heading != part.Label)
            {
                text.Append(' ').Append(heading);
            }

            text.Append("\n\n");
            foreach (var paragraph in part.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                text.Append(paragraph).Append("\n\n");
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }
}

/// <summary>The formats <c>show</c> writes.</summary>
internal enum ShowFormat
{
    /// <summary>Rendered for a person.</summary>
    Text,

    /// <summary>Markdown: a heading per clause, paragraphs as they are.</summary>
    Markdown,

    /// <summary>JSON: the clause as the outline contract writes clauses.</summary>
    Json,
}
