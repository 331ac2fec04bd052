using System.Text;
using AgreementDiff.Reports;
using Spectre.Console;

namespace AgreementDiff.Cli;

/// <summary>The consoles a command writes to, and how wide its text is laid out.</summary>
/// <param name="Console">Rendered output for people.</param>
/// <param name="Output">Machine-readable output, written as is; also text for people when standard output is redirected.</param>
/// <param name="Error">Errors and warnings.</param>
/// <param name="Progress">Where progress is shown (standard error on a terminal), or <see langword="null"/> when nobody watches.</param>
/// <param name="Redirected">Whether standard output goes to a file or a pipe rather than a terminal.</param>
/// <remarks>
/// On a terminal, text is laid out at the terminal's width. Redirected or written with <c>--output</c>, lines are never
/// wrapped and tables are as wide as their content (a side-by-side report 160 columns); <c>--width N</c> lays out at N
/// columns instead, wherever the text goes.
/// </remarks>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Output, TextWriter Error, IAnsiConsole? Progress = null, bool Redirected = false)
{
    /// <summary>A width at which no line of a report wraps: text redirected or written to a file is laid out this wide unless <c>--width</c> says otherwise.</summary>
    public const int Unbounded = 100_000;

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Gets or sets the width given with <c>--width</c>, set once the command line is parsed; <see langword="null"/> when none was.</summary>
    public int? Width { get; set; }

    /// <summary>Gets a value indicating whether <see cref="Console"/> is a terminal that shows colour (and no <c>NO_COLOR</c>).</summary>
    public bool Colour => !Redirected && Console.Profile.Capabilities.Ansi && Console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;

    /// <summary>Whether text for <paramref name="target"/> (a file, or standard output when <see langword="null"/>) is written without wrapping its lines.</summary>
    public bool Unwrapped(string? target) => Width is null && (target is not null || Redirected);

    /// <summary>The markup of the text report on <paramref name="console"/>: colour on the terminal when it shows colour, wdiff's markers anywhere else.</summary>
    public TextMarkup MarkupFor(IAnsiConsole console) => ReferenceEquals(console, Console) && Colour ? SpectreMarkup.Colour : SpectreMarkup.Markers;

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

    /// <summary>Renders to the terminal at its width, or without colour to standard output or atomically to <paramref name="target"/>.</summary>
    /// <param name="target">The file to write, or <see langword="null"/> for standard output.</param>
    /// <param name="render">What to render.</param>
    /// <param name="width">The width off a terminal when <c>--width</c> gives none; <see langword="null"/> for <see cref="Unbounded"/>.</param>
    public void Render(string? target, Action<IAnsiConsole> render, int? width = null)
    {
        if (target is null && !Redirected)
        {
            if (Width is { } columns)
            {
                Console.Profile.Width = columns;
            }

            render(Console);
            return;
        }

        if (target is null)
        {
            render(Plain(Output, Width ?? width ?? Unbounded));
            Output.Flush();
            return;
        }

        AtomicFile.Write(target, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, leaveOpen: true);
            render(Plain(writer, Width ?? width ?? Unbounded));
        });
    }

    /// <summary>A console without colour or control codes that writes to <paramref name="writer"/> at <paramref name="width"/> columns.</summary>
    private static IAnsiConsole Plain(TextWriter writer, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer) });
        console.Profile.Width = width;
        return console;
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

    /// <summary>Runs <paramref name="work"/>, showing a progress bar per stage it reports on standard error when a person watches.</summary>
    /// <param name="work">The work; it reports to the progress it is given, or to none when nobody watches.</param>
    public T WithStages<T>(Func<IProgress<AgreementDiff.Corpus.CorpusProgress>?, T> work)
    {
        if (Progress is null)
        {
            return work(null);
        }

        return Progress.Progress().AutoClear(true).HideCompleted(true).Start(progress => work(new StageProgress(progress)));
    }
}

/// <summary>Shows a corpus operation's stages as progress bars, one per stage, each created when the stage first reports.</summary>
internal sealed class StageProgress(ProgressContext progress) : IProgress<AgreementDiff.Corpus.CorpusProgress>
{
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
    private readonly System.Threading.Lock _lock = new();

    public void Report(AgreementDiff.Corpus.CorpusProgress value)
    {
        lock (_lock)
        {
            if (!_tasks.TryGetValue(value.Stage, out var task))
            {
                _tasks[value.Stage] = task = progress.AddTask(Markup.Escape(value.Stage), maxValue: Math.Max(1, value.Total));
            }

            task.MaxValue = Math.Max(1, value.Total);
            task.Value = Math.Max(task.Value, value.Done);
        }
    }
}

/// <summary>A mistake in how the command was called that the argument parser cannot see.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
