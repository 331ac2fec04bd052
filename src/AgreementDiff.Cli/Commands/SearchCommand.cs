using System.CommandLine;
using AgreementDiff.Index;
using Spectre.Console;

namespace AgreementDiff.Cli.Commands;

/// <summary><c>search QUERY [FILES…] [--index DIR]</c>: finds clauses with Lucene query syntax over the analyzed text.</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("QUERY") { Description = "Lucene query syntax over clause headings and text: 仲裁, \"dispute resolution\", 卫生 AND 应急." };
        var files = new Argument<string[]>("FILES") { Description = "Agreements to search (paths or seed ids); the embedded seeds when none and no --index.", Arity = ArgumentArity.ZeroOrMore };
        var index = new Option<string?>("--index") { Description = "Search the on-disk index in this folder (built with 'index') instead of files." };
        var agreements = new Option<string[]>("--agreement", "-a") { Description = "Only search these agreement ids (repeatable).", AllowMultipleArgumentsPerToken = true };
        var depth = new Option<int?>("--depth") { Description = "Only clauses at this depth: 1 sections, 2 their items, ..." };
        var top = new Option<int>("--top", "-n") { Description = "The largest number of results.", DefaultValueFactory = _ => 20 };
        var format = new Option<OutputFormat>("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => OutputFormat.Text };
        var noWords = new Option<bool>("--no-words") { Description = "Search by CJK bigrams only, not also by words (SmartCn): no dictionary is loaded." };
        var command = new Command("search", "Search clauses across agreements by words and bigrams; Traditional, Simplified and variant spellings match each other.")
        {
            query, files, index, agreements, depth, top, format, noWords,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(index);
            var paths = parse.GetValue(files) ?? [];
            if (folder is not null && paths.Length > 0)
            {
                throw new CliUsageException("give FILES or --index, not both");
            }

            var options = new ClauseIndexOptions { Words = !parse.GetValue(noWords) };
            using var clauseIndex = folder is null ? new ClauseIndex(options) : ClauseIndex.OpenReadOnly(folder, options);
            if (folder is null)
            {
                if (paths.Length == 0)
                {
                    foreach (var seed in Seeds.All)
                    {
                        clauseIndex.Add(Seeds.Read(seed.File), seed.Id);
                    }
                }

                foreach (var path in paths)
                {
                    clauseIndex.Add(Seeds.Read(path));
                }
            }

            var filter = parse.GetValue(agreements) is { Length: > 0 } ids ? ids : null;
            var text = parse.GetValue(query)!;
            var hits = clauseIndex.Search(text, new SearchOptions { Agreements = filter, Depth = parse.GetValue(depth), Top = parse.GetValue(top) });
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                context.Output.Write(AgreementDiff.Reports.SearchJsonWriter.ToJson(text, hits));
                context.Output.Flush();
            }
            else
            {
                context.Render(null, console => Render(console, text, hits));
            }

            return CliApplication.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, string query, IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            console.MarkupLine($"No clause matches [bold]{Markup.Escape(query)}[/].");
            return;
        }

        // Colour only on a terminal that shows it; redirected output or NO_COLOR gets «» markers instead.
        var colour = console.Profile.Capabilities.Ansi && console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
        var table = new Table().AddColumns("agreement", "clause", "snippet");
        foreach (var hit in hits)
        {
            var snippet = colour
                ? hit.Mark("[bold yellow]", "[/]", Markup.Escape)
                : Markup.Escape(hit.MarkedSnippet);
            var clause = "§" + hit.Path + (hit.Heading is { Length: > 0 } h && !hit.Path.EndsWith(h, StringComparison.Ordinal) ? " " + h : string.Empty);
            table.AddRow(new Markup(Markup.Escape(hit.AgreementId)), new Markup(Markup.Escape(clause)), new Markup(snippet));
        }

        console.Write(table);
        console.MarkupLine($"{hits.Count} clause(s) match [bold]{Markup.Escape(query)}[/].");
    }
}
