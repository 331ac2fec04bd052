using AgreementDiff.Tests.Support;
using Spectre.Console.Testing;

namespace AgreementDiff.Cli.Tests.Support;

/// <summary>What one in-process run of the command line produced.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Machine-readable output (JSON), as written.</param>
/// <param name="Console">Rendered output, as the test console saw it (no ANSI sequences).</param>
/// <param name="Error">Errors and warnings.</param>
internal sealed record CliResult(int ExitCode, string Output, string Console, string Error);

/// <summary>Runs <see cref="CliApplication"/> in process with a test console and string writers.</summary>
internal static class CliRunner
{
    public const int ConsoleWidth = 120;

    /// <summary>Runs on a terminal <see cref="ConsoleWidth"/> columns wide.</summary>
    public static CliResult Run(params string[] args) => RunWithWidth(ConsoleWidth, args);

    /// <summary>Runs on a terminal <paramref name="width"/> columns wide: text for people goes to <see cref="CliResult.Console"/>.</summary>
    public static CliResult RunWithWidth(int width, params string[] args) => Run(redirected: false, width, args);

    /// <summary>Runs with standard output redirected to a file or a pipe: text for people goes to <see cref="CliResult.Output"/> as it would be written.</summary>
    public static CliResult RunRedirected(params string[] args) => Run(redirected: true, 80, args);

    private static CliResult Run(bool redirected, int width, string[] args)
    {
        // TestConsole (Spectre.Console.Testing) is the terminal; when redirected it is only where nothing should go.
        using var console = new TestConsole().Width(width);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApplication.Run(args, console, output, error, redirected: redirected);
        return new CliResult(exitCode, output.ToString(), console.Output, error.ToString());
    }

    /// <summary>Replaces CR LF by LF and drops trailing whitespace on each line and at the end.</summary>
    public static string Normalize(string text) => Expected.Normalize(text);
}
