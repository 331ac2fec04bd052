using System.Text;
using Spectre.Console;

namespace AgreementDiff.Cli;

/// <summary>The consoles a command writes to.</summary>
/// <param name="Console">Rendered output for people.</param>
/// <param name="Output">Machine-readable output, written as is.</param>
/// <param name="Error">Errors and warnings.</param>
/// <param name="Progress">Where progress is shown (standard error on a terminal), or <see langword="null"/> when nobody watches.</param>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Output, TextWriter Error, IAnsiConsole? Progress = null)
{
    /// <summary>The width of rendered text written to a file, where no terminal says how wide it is.</summary>
    public const int FileWidth = 120;

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Gets a value indicating whether <see cref="Console"/> shows colour (a terminal, and no <c>NO_COLOR</c>).</summary>
    public bool Colour => Console.Profile.Capabilities.Ansi && Console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;

    /// <summary>Writes machine-readable or markup-free text to standard output, or atomically to <paramref name="target"/>.</summary>
    public void WriteText(string? target, string text)
    {
        if (target is null)
        {
            Output.Write(text);
            Output.Flush();
        }
        else
        {
            AtomicFile.Write(target, stream => stream.Write(Utf8.GetBytes(text)));
        }
    }

    /// <summary>Renders to the console, or without colour at <paramref name="width"/> columns atomically to <paramref name="target"/>.</summary>
    public void Render(string? target, Action<IAnsiConsole> render, int width = FileWidth)
    {
        if (target is null)
        {
            render(Console);
            return;
        }

        AtomicFile.Write(target, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, leaveOpen: true);
            var file = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer) });
            file.Profile.Width = width;
            render(file);
        });
    }

    /// <summary>Runs <paramref name="work"/>, showing a progress bar of <paramref name="total"/> steps on standard error when a person watches.</summary>
    /// <param name="description">What is being done.</param>
    /// <param name="total">The number of steps.</param>
    /// <param name="work">The work; it calls the action it is given once per finished step, from any thread.</param>
    public void WithProgress(string description, int total, Action<Action> work)
    {
        if (Progress is null || total < 2)
        {
            work(() => { });
            return;
        }

        Progress.Progress().AutoClear(true).HideCompleted(true).Start(progress =>
        {
            var task = progress.AddTask(Markup.Escape(description), maxValue: total);
            work(() => task.Increment(1));
        });
    }
}

/// <summary>A mistake in how the command was called that the argument parser cannot see.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
