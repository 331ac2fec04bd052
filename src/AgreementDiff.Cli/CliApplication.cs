using System.CommandLine;
using AgreementDiff.Cli.Commands;
using AgreementDiff.Reading;
using Spectre.Console;

namespace AgreementDiff.Cli;

/// <summary>The <c>agreement-diff</c> command line: parses arguments, runs a command and maps failures to exit codes.</summary>
internal static class CliApplication
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The exit code of a comparison that found differences, as diff(1).</summary>
    public const int Differences = 1;

    /// <summary>Bad input or bad usage: an unreadable agreement, an unknown clause address, a wrong option.</summary>
    public const int BadInput = 2;

    /// <summary>Runs the command line with the given consoles; returns the process exit code.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where rendered, human-readable output goes.</param>
    /// <param name="output">Where machine-readable output (JSON) goes, byte for byte.</param>
    /// <param name="error">Where errors and warnings go.</param>
    public static int Run(string[] args, IAnsiConsole console, TextWriter output, TextWriter error)
    {
        var context = new CliContext(console, output, error);
        var root = new RootCommand("Compare government co-operation agreements clause by clause.")
        {
            OutlineCommand.Create(context),
            SeedsCommand.Create(context),
            SearchCommand.Create(context),
            IndexCommand.Create(context),
            CompareCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"agreement-diff: {parseError.Message}");
            }

            error.WriteLine("Run 'agreement-diff --help' for usage.");
            return BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (AgreementReadException e)
        {
            error.WriteLine($"agreement-diff: error: {e.Message}");
            return BadInput;
        }
        catch (ClauseAddressException e)
        {
            error.WriteLine($"agreement-diff: error: {e.Message}");
            return BadInput;
        }
        catch (AgreementDiff.Index.ClauseIndexException e)
        {
            error.WriteLine($"agreement-diff: error: {e.Message}");
            return BadInput;
        }
        catch (CliUsageException e)
        {
            error.WriteLine($"agreement-diff: error: {e.Message}");
            return BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Files the user named (an --output that is a folder, a read-only target): bad input, not a crash.
            error.WriteLine($"agreement-diff: error: {e.Message}");
            return BadInput;
        }
    }
}
