using System.CommandLine;
using AgreementDiff.Reading;
using AgreementDiff.Reports;
using Spectre.Console;

namespace AgreementDiff.Cli.Commands;

/// <summary><c>outline FILE [--format text|json] [--output FILE] [--strict]</c>: shows an agreement's clause tree.</summary>
internal static class OutlineCommand
{
    private const int PreviewLength = 36;

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The agreement: a file path, or the id or file name of an embedded seed (see 'seeds')." };
        var format = new Option<OutputFormat>("--format", "-f") { Description = "text: an indented tree; json: the outline contract documented in the README.", DefaultValueFactory = _ => OutputFormat.Text };
        var output = ReportOptions.OutputOption();
        var strict = new Option<bool>("--strict") { Description = "Fail when numbering skips or repeats instead of warning." };
        var command = new Command("outline", "Show an agreement's clause tree: labels, headings and the start of each clause's text.") { file, format, output, strict };
        command.SetAction(parse =>
        {
            var agreement = Seeds.Read(parse.GetValue(file)!, new AgreementReaderOptions { StrictNumbering = parse.GetValue(strict) });
            foreach (var diagnostic in agreement.Diagnostics)
            {
                context.Error.WriteLine($"agreement-diff: warning: {agreement.SourceName}:{diagnostic.Line}: {diagnostic.Message}");
            }

            var target = parse.GetValue(output);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                context.WriteText(target, OutlineJsonWriter.ToJson(agreement));
            }
            else
            {
                context.Render(target, console => console.Write(Render(agreement)));
            }

            return CliApplication.Ok;
        });
        return command;
    }

    /// <summary>Renders the agreement as a tree of labels, headings and text previews under its title.</summary>
    public static Tree Render(Agreement agreement)
    {
        var tree = new Tree(new Markup($"[bold]{Markup.Escape(ReportText.Title(agreement))}[/]"));
        foreach (var clause in agreement.Clauses)
        {
            Add(tree.AddNode(Describe(clause)), clause);
        }

        return tree;
    }

    private static void Add(TreeNode node, Clause clause)
    {
        foreach (var child in clause.Children)
        {
            Add(node.AddNode(Describe(child)), child);
        }
    }

    private static Markup Describe(Clause clause)
    {
        var label = clause.Style == NumberingStyle.None ? $"[italic]{Markup.Escape(clause.Label)}[/]" : $"[bold]{Markup.Escape(clause.Label)}[/]";
        var heading = clause.Heading is { } h && clause.Style != NumberingStyle.Underlined ? $" [underline]{Markup.Escape(h)}[/]" : string.Empty;
        var firstLine = clause.Text.Split('\n')[0];
        var preview = firstLine.Length > PreviewLength ? string.Concat(firstLine.AsSpan(0, PreviewLength), "…") : firstLine;
        var text = preview.Length > 0 ? $" [grey]{Markup.Escape(preview)}[/]" : string.Empty;
        return new Markup(label + heading + text);
    }
}

/// <summary>The output formats of commands that can write machine-readable output.</summary>
internal enum OutputFormat
{
    /// <summary>Rendered for a person.</summary>
    Text,

    /// <summary>JSON as documented in the README.</summary>
    Json,
}
