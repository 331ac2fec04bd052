using AgreementDiff.Cli;
using Spectre.Console;

// Progress goes to standard error, and only when a person watches it.
var progress = Console.IsErrorRedirected ? null : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
// Text for people is laid out at the terminal's width; redirected, its lines are written whole (see CliContext).
return CliApplication.Run(args, AnsiConsole.Console, Console.Out, Console.Error, progress, redirected: Console.IsOutputRedirected);
