using Spectre.Console;

namespace AgreementDiff.Cli;

/// <summary>The consoles a command writes to.</summary>
/// <param name="Console">Rendered output for people.</param>
/// <param name="Output">Machine-readable output, written as is.</param>
/// <param name="Error">Errors and warnings.</param>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Output, TextWriter Error);

/// <summary>A mistake in how the command was called that the argument parser cannot see.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
