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

    public static CliResult Run(params string[] args) => RunWithWidth(ConsoleWidth, args);

    public static CliResult RunWithWidth(int width, params string[] args)
    {
        var console = new TestConsole().Width(width);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApplication.Run(args, console, output, error);
        return new CliResult(exitCode, output.ToString(), console.Output, error.ToString());
    }

    /// <summary>Replaces CR LF by LF and drops trailing whitespace on each line and at the end.</summary>
    public static string Normalize(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).TrimEnd('\n');
}
