using System.CommandLine;
using AgreementDiff.Corpus;
using AgreementDiff.Reports;
using Spectre.Console;

namespace AgreementDiff.Cli.Commands;

/// <summary><c>matrix [FILES…] [--format text|markdown|json|html] [--output FILE]</c>: agreements side by side, one row per topic.</summary>
internal static class MatrixCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILES") { Description = "Two or more agreements (paths or seed ids); all embedded seeds when none.", Arity = ArgumentArity.ZeroOrMore };
        var report = ReportOptions.Create("text, markdown, json or html (one self-contained page).");
        var dictionary = DictionaryOption.Create();
        var command = new Command("matrix", "Align the sections of several agreements with each other: one row per topic, one column per agreement, blank where an agreement has no section on it.")
        {
            files, dictionary,
        };
        report.AddTo(command, sideBySide: false);
        command.SetAction(parse =>
        {
            var names = parse.GetValue(files) is { Length: > 0 } given ? given : [.. Seeds.All.Select(s => s.File)];
            if (names.Length < 2)
            {
                throw new CliUsageException("matrix needs at least two agreements");
            }

            var agreements = new List<Agreement>();
            context.WithProgress("reading", names.Length, tick =>
            {
                foreach (var name in names)
                {
                    agreements.Add(Seeds.Read(name));
                    tick();
                }
            });

            TopicMatrix? matrix = null;
            var comparer = new Alignment.AgreementComparer(new Alignment.ComparisonOptions { Lexicon = DictionaryOption.Read(parse.GetValue(dictionary), agreements) });
            context.WithProgress("aligning", TopicMatrix.ComparisonCount(agreements.Count), tick => matrix = TopicMatrix.Build(agreements, comparer, new Ticks(tick)));
            var request = report.Read(parse);
            switch (request.Format)
            {
                case ReportFormat.Json:
                    context.WriteText(request.Target, MatrixJsonWriter.ToJson(matrix!));
                    break;
                case ReportFormat.Html:
                    context.WriteText(request.Target, MatrixHtmlWriter.ToHtml(matrix!));
                    break;
                case ReportFormat.Markdown:
                    context.WriteText(request.Target, MatrixMarkdownWriter.ToMarkdown(matrix!));
                    break;
                default:
                    context.Render(request.Target, console => Render(console, matrix!));
                    break;
            }

            return CliApplication.Ok;
        });
        return command;
    }

    /// <summary>Renders a legend of the agreements, then the table, then how many topics every agreement or only one covers.</summary>
    public static void Render(IAnsiConsole console, TopicMatrix matrix)
    {
        for (var i = 0; i < matrix.Agreements.Count; i++)
        {
            console.MarkupLine($"[bold]#{i + 1}[/] {Markup.Escape(ReportText.Legend(matrix.Agreements[i]))}");
        }

        var table = new Table().Border(TableBorder.Square).AddColumn(new TableColumn("[bold]topic[/]"));
        for (var i = 0; i < matrix.Agreements.Count; i++)
        {
            table.AddColumn(new TableColumn($"[bold]#{i + 1}[/]"));
        }

        foreach (var topic in matrix.Topics)
        {
            table.AddRow([Markup.Escape(topic.Name), .. topic.Cells.Select(c => Markup.Escape(string.Join("\n", c.Select(Topic.Describe))))]);
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(ReportText.Coverage(matrix)));
    }

    /// <summary>Passes each progress report on as one finished step.</summary>
    private sealed class Ticks(Action tick) : IProgress<int>
    {
        public void Report(int value) => tick();
    }
}
