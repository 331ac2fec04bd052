using System.CommandLine;
using Spectre.Console;

namespace AgreementDiff.Cli.Commands;

/// <summary><c>seeds</c>: lists the reference agreements embedded in the tool.</summary>
internal static class SeedsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("seeds", "List the reference agreements embedded in the tool; any command takes a seed's id in place of a file.");
        command.SetAction(_ =>
        {
            var table = new Table().AddColumns("id", "file", "kind", "title");
            foreach (var seed in Seeds.All)
            {
                table.AddRow(Markup.Escape(seed.Id), Markup.Escape(seed.File), Markup.Escape(seed.Kind), Markup.Escape(seed.Title));
            }

            context.Render(null, console => console.Write(table));
            return CliApplication.Ok;
        });
        return command;
    }
}
