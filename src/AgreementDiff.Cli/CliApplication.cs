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

    /// <summary>The narrowest <c>--width</c>.</summary>
    private const int MinWidth = 20;

    /// <summary>The widest <c>--width</c>.</summary>
    private const int MaxWidth = 10_000;

    /// <summary>Runs the command line with the given consoles; returns the process exit code.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where rendered, human-readable output goes.</param>
    /// <param name="output">Where machine-readable output (JSON) goes, byte for byte.</param>
    /// <param name="error">Where errors and warnings go.</param>
    /// <param name="progress">Where progress bars go (standard error on a terminal), or <see langword="null"/> for none.</param>
    /// <param name="redirected">Whether standard output is a file or a pipe: text for people then goes to <paramref name="output"/> with its lines unwrapped.</param>
    public static int Run(string[] args, IAnsiConsole console, TextWriter output, TextWriter error, IAnsiConsole? progress = null, bool redirected = false)
    {
        var context = new CliContext(console, output, error, progress, redirected);
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show the stack trace of an unexpected error.", Recursive = true };
        var width = new Option<int?>("--width")
        {
            Description = $"Lay text out at this many columns ({MinWidth}–{MaxWidth}). Default: the terminal's width; redirected or written to a file, lines are not wrapped.",
            Recursive = true,
        };
        var report = ReportOptions.Create("text, markdown, json or html: how the default comparison is written.");
        var root = new RootCommand("Compare government co-operation agreements clause by clause. Without a command: what the embedded 2025 memorandum added to and changed in the earlier agreement.")
        {
            OutlineCommand.Create(context),
            ShowCommand.Create(context),
            SeedsCommand.Create(context),
            SearchCommand.Create(context),
            IndexCommand.Create(context),
            CompareCommand.Create(context),
            MatrixCommand.Create(context),
            verbose,
            width,
        };
        report.AddTo(root);
        root.SetAction(parse => DefaultComparison(context, report.Read(parse)));

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
            if (parsed.GetValue(width) is { } columns && columns is < MinWidth or > MaxWidth)
            {
                throw new CliUsageException($"--width must be a number of columns between {MinWidth} and {MaxWidth}, not {columns}");
            }

            context.Width = parsed.GetValue(width);
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
        catch (AgreementDiff.Analysis.LexiconFormatException e)
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
        catch (Exception e)
        {
            // A defect: still one line, the stack trace only when asked for.
            error.WriteLine($"agreement-diff: error: unexpected {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}{(parsed.GetValue(verbose) ? string.Empty : " (--verbose shows where)")}");
            if (parsed.GetValue(verbose))
            {
                error.WriteLine(e.ToString());
            }

            return BadInput;
        }
    }

    /// <summary>The bare <c>agreement-diff</c>: compares the embedded default pair, then hints at the other commands.</summary>
    private static int DefaultComparison(CliContext context, ReportRequest request)
    {
        var (left, right) = Seeds.DefaultPair;
        var comparison = AgreementDiff.Alignment.AgreementComparer.Default.Compare(Seeds.Read(left.File), Seeds.Read(right.File));
        var code = CompareCommand.Report(context, comparison, request);
        if (request is { Format: ReportFormat.Text, Target: null })
        {
            context.Render(null, console =>
            {
                console.WriteLine();
                console.MarkupLine(Markup.Escape(
                    $"This compared the embedded seeds {left.Id} → {right.Id}. More: agreement-diff compare LEFT RIGHT · show FILE ADDRESS · outline FILE · matrix [FILES…] · search QUERY · seeds · --help"));
            });
        }

        return code;
    }
}
