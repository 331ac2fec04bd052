using System.CommandLine;
using AgreementDiff.Index;
using Spectre.Console;

namespace AgreementDiff.Cli.Commands;

/// <summary><c>index DIR FILES…</c>: builds or updates an on-disk clause index.</summary>
internal static class IndexCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("DIR") { Description = "The index folder; created when missing, updated when it holds an index." };
        var files = new Argument<string[]>("FILES") { Description = "Agreements to add or replace (paths or seed ids); each is indexed under its file name without extension.", Arity = ArgumentArity.OneOrMore };
        var noWords = new Option<bool>("--no-words") { Description = "Index by CJK bigrams only, without the word field (SmartCn): faster, and no dictionary is loaded. An index keeps the fields it was built with." };
        var command = new Command("index", "Build or update an on-disk index that 'search --index DIR' reads.") { folder, files, noWords };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files)!;

            // Read everything first: a bad file stops the command before the index changes.
            var agreements = new List<Agreement>();
            context.WithProgress("reading", paths.Length, tick =>
            {
                foreach (var path in paths)
                {
                    agreements.Add(Seeds.Read(path));
                    tick();
                }
            });

            using var index = ClauseIndex.Open(parse.GetValue(folder)!, new ClauseIndexOptions { Words = !parse.GetValue(noWords) });
            context.WithProgress("indexing", agreements.Count, tick =>
            {
                foreach (var agreement in agreements)
                {
                    index.Add(agreement);
                    tick();
                }
            });

            context.Render(null, console => console.MarkupLine(
                $"Indexed {agreements.Count} agreement(s), {agreements.Sum(a => a.AllClauses().Count())} clause(s); the index in [bold]{Markup.Escape(parse.GetValue(folder)!)}[/] now holds {index.AgreementIds.Count} agreement(s), {index.ClauseCount} clause(s)."));
            return CliApplication.Ok;
        });
        return command;
    }
}
