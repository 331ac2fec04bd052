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
                    context.WriteText(target, ClauseMarkdownWriter.ToMarkdown(clause));
                    break;
                default:
                    context.Render(target, console => console.Write(Render(clause, rule: !context.Unwrapped(target))));
                    break;
            }

            return CliApplication.Ok;
        });
        return command;
    }

    /// <summary>The clause under a line naming it (a rule across the console when <paramref name="rule"/>), its agreement and lines, then its text, then its items the same way.</summary>
    public static Rows Render(Clause clause, bool rule = true)
    {
        var name = $"[bold]{Markup.Escape(ReportText.Clause(clause))}[/]";
        var rows = new List<Spectre.Console.Rendering.IRenderable>
        {
            rule ? new Rule(name).LeftJustified() : new Markup(name),
            new Markup($"[grey]{Markup.Escape(ReportText.Title(clause.Agreement))} · lines {clause.Span.StartLine}–{clause.Span.EndLine}[/]"),
        };
        foreach (var part in clause.Descendants().Prepend(clause))
        {
            var indent = new string(' ', 2 * (part.Depth - clause.Depth));
            if (!ReferenceEquals(part, clause))
            {
                rows.Add(new Markup($"{indent}[bold]{Markup.Escape(ReportText.Clause(part))}[/]"));
            }

            rows.AddRange(part.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => new Padder(new Text(p), new Padding(indent.Length + 2, 0, 0, 0))));
        }

        return new Rows(rows);
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
