using System.CommandLine;
using AgreementDiff.Corpus;
using AgreementDiff.Index;
using AgreementDiff.Reports;
using Spectre.Console;

namespace AgreementDiff.Cli.Commands;

/// <summary><c>matrix [FILES… | --index DIR] [--format text|markdown|json|html] [--output FILE]</c>: agreements side by side, one row per topic.</summary>
internal static class MatrixCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILES") { Description = "Two or more agreements (paths or seed ids); all embedded seeds when none.", Arity = ArgumentArity.ZeroOrMore };
        var report = ReportOptions.Create("text, markdown, json or html (one self-contained page).");
        var dictionary = DictionaryOption.Create();
        var index = new Option<string?>("--index") { Description = "Take the agreements from the on-disk index in this folder (built with 'index') instead of files." };
        var neighbours = new Option<int>("--neighbours") { Description = "Compare each agreement in full with this many agreements the index finds most like it.", DefaultValueFactory = _ => CorpusOptions.Default.MatrixNeighbours };
        var command = new Command("matrix", "Align the sections of several agreements with each other: one row per topic, one column per agreement, blank where an agreement has no section on it.")
        {
            files, index, neighbours, dictionary,
        };
        report.AddTo(command, sideBySide: false);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(index);
            var given = parse.GetValue(files) ?? [];
            if (folder is not null && given.Length > 0)
            {
                throw new CliUsageException("give FILES or --index, not both");
            }

            if (parse.GetValue(neighbours) < 1)
            {
                throw new CliUsageException("--neighbours must be at least 1");
            }

            var options = new CorpusOptions { MatrixNeighbours = parse.GetValue(neighbours) };
            var matrix = folder is null ? FromFiles(context, given, options, parse.GetValue(dictionary)) : FromIndex(context, folder, options, parse.GetValue(dictionary));
            var request = report.Read(parse);
            switch (request.Format)
            {
                case ReportFormat.Json:
                    context.WriteText(request.Target, MatrixJsonWriter.ToJson(matrix));
                    break;
                case ReportFormat.Html:
                    context.WriteText(request.Target, MatrixHtmlWriter.ToHtml(matrix));
                    break;
                case ReportFormat.Markdown:
                    context.WriteText(request.Target, MatrixMarkdownWriter.ToMarkdown(matrix));
                    break;
                default:
                    context.Render(request.Target, console => Render(console, matrix));
                    break;
            }

            return CliApplication.Ok;
        });
        return command;
    }

    /// <summary>The matrix of files (all embedded seeds when none), through an index of them built in memory.</summary>
    private static TopicMatrix FromFiles(CliContext context, string[] given, CorpusOptions options, string? dictionary)
    {
        var names = given.Length > 0 ? given : [.. Seeds.All.Select(s => s.File)];
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

        var comparer = new Alignment.AgreementComparer(new Alignment.ComparisonOptions { Lexicon = DictionaryOption.Read(dictionary, agreements) });
        return context.WithStages(progress => TopicMatrix.BuildIndexed(agreements, comparer, options, progress));
    }

    /// <summary>The matrix of every agreement of an on-disk index, read again from the texts it stores.</summary>
    private static TopicMatrix FromIndex(CliContext context, string folder, CorpusOptions options, string? dictionary)
    {
        using var clauseIndex = ClauseIndex.OpenReadOnly(folder, new ClauseIndexOptions { Words = false });
        return context.WithStages(progress =>
        {
            // The languages decide whether the dictionary is needed, so the agreements are read before the comparer is made.
            var agreements = new CorpusComparer(clauseIndex).ReadAgreements(progress);
            var comparer = new Alignment.AgreementComparer(new Alignment.ComparisonOptions { Lexicon = DictionaryOption.Read(dictionary, agreements) });
            return new CorpusComparer(clauseIndex, comparer, options).Matrix(agreements, progress);
        });
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

}
