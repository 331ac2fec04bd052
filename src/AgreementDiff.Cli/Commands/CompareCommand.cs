using System.CommandLine;
using System.Globalization;
using AgreementDiff.Alignment;
using AgreementDiff.Reports;
using Spectre.Console;

namespace AgreementDiff.Cli.Commands;

/// <summary><c>compare LEFT RIGHT [--section X --against Y] [--pair A=B] [--format text|markdown|json|html]</c>: aligns and diffs two agreements.</summary>
internal static class CompareCommand
{
    /// <summary>The narrowest console on which <c>--side-by-side</c> shows two columns; narrower ones get the inline report.</summary>
    public const int SideBySideWidth = 100;

    /// <summary>The width of a side-by-side report written to a file or a pipe, unless <c>--width</c> gives one.</summary>
    private const int SideBySideFileWidth = 160;

    public static Command Create(CliContext context)
    {
        var left = new Argument<string>("LEFT") { Description = "The earlier agreement: a file path, or the id or file name of an embedded seed." };
        var right = new Argument<string>("RIGHT") { Description = "The later agreement." };
        var section = new Option<string?>("--section") { Description = "Compare only this clause of LEFT (an address: 五, (十二), 二/(十二)); needs --against." };
        var against = new Option<string?>("--against") { Description = "The clause of RIGHT to compare --section with." };
        var pairs = new Option<string[]>("--pair") { Description = "Declare two clauses equivalent, LEFT=RIGHT, for example \"(十二)=五\" (repeatable).", AllowMultipleArgumentsPerToken = true };
        var threshold = new Option<string?>("--threshold") { Description = "The lowest score at which clauses match, in [0, 1] (written 0.3 whatever the locale); default 0.3." };
        var terms = new Option<AlignmentTerms>("--terms") { Description = "Compare clauses by bigrams (default: fastest), words (SmartCn) or both (best on laws; about twice the time, plus ~0.25 s to load the dictionary once).", DefaultValueFactory = _ => AlignmentTerms.Bigrams };
        var dictionary = DictionaryOption.Create();
        var report = ReportOptions.Create("text, markdown, json (the contract documented in the README) or html (one self-contained page).");
        var command = new Command("compare", "Align the clauses of two agreements and show what was added, removed and changed. Exit code 1 when they differ, as diff(1).")
        {
            left, right, section, against, pairs, threshold, terms, dictionary,
        };
        report.AddTo(command);
        command.SetAction(parse =>
        {
            var (leftScope, rightScope) = (parse.GetValue(section), parse.GetValue(against));
            if ((leftScope is null) != (rightScope is null))
            {
                throw new CliUsageException("--section and --against go together");
            }

            var value = ComparisonOptions.DefaultThreshold;
            if (parse.GetValue(threshold) is { } written
                && (!double.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || value is < 0 or > 1 || double.IsNaN(value)))
            {
                throw new CliUsageException($"--threshold must be a number between 0 and 1 such as 0.3, not '{written}'");
            }

            List<PinnedPair> pins;
            try
            {
                pins = [.. (parse.GetValue(pairs) ?? []).Select(PinnedPair.Parse)];
            }
            catch (FormatException e)
            {
                throw new CliUsageException(e.Message);
            }

            var a = Seeds.Read(parse.GetValue(left)!);
            var b = Seeds.Read(parse.GetValue(right)!);
            var lexicon = DictionaryOption.Read(parse.GetValue(dictionary), [a, b]);
            var comparer = new AgreementComparer(new ComparisonOptions { Threshold = value, Pins = pins, Terms = parse.GetValue(terms), Lexicon = lexicon });
            AgreementComparison comparison;
            try
            {
                comparison = leftScope is null ? comparer.Compare(a, b) : comparer.CompareClauses(a[leftScope], b[rightScope!]);
            }
            catch (ArgumentException e)
            {
                throw new CliUsageException(e.Message);
            }

            return Report(context, comparison, report.Read(parse));
        });
        return command;
    }

    /// <summary>Writes <paramref name="comparison"/> as asked; returns the exit code, 1 when the agreements differ.</summary>
    public static int Report(CliContext context, AgreementComparison comparison, ReportRequest request)
    {
        switch (request.Format)
        {
            case ReportFormat.Json when request.Target is null:
                context.WriteText(null, ComparisonJsonWriter.ToJson(comparison));
                break;
            case ReportFormat.Json:
                AtomicFile.Write(request.Target, stream => ComparisonJsonWriter.Write(comparison, stream));
                break;
            case ReportFormat.Html:
                context.WriteText(request.Target, ComparisonHtmlWriter.ToHtml(comparison));
                break;
            case ReportFormat.Markdown:
                context.WriteText(request.Target, ComparisonMarkdownWriter.ToMarkdown(comparison));
                break;
            case ReportFormat.Text when request.SideBySide:
                context.Render(request.Target, console => WriteSideBySide(context, console, comparison), SideBySideFileWidth);
                break;
            case ReportFormat.Text when context.Unwrapped(request.Target):
                // A pipe or a file: whole lines, wdiff's markers.
                context.WriteText(request.Target, ComparisonTextWriter.ToText(comparison));
                break;
            default:
                context.Render(request.Target, console => WriteLines(console, ComparisonTextWriter.Lines(comparison, context.MarkupFor(console))));
                break;
        }

        return comparison.HasDifferences ? CliApplication.Differences : CliApplication.Ok;
    }

    private static void WriteSideBySide(CliContext context, IAnsiConsole console, AgreementComparison comparison)
    {
        var markup = context.MarkupFor(console);
        if (console.Profile.Width < SideBySideWidth)
        {
            context.Error.WriteLine($"agreement-diff: warning: --side-by-side needs a console {SideBySideWidth} columns wide, this one has {console.Profile.Width}; showing changes inline");
            WriteLines(console, ComparisonTextWriter.Lines(comparison, markup));
            return;
        }

        WriteLines(console, ComparisonTextWriter.SummaryLines(comparison, markup));
        foreach (var table in SideBySide.Tables(comparison, markup))
        {
            console.WriteLine();
            console.Write(table);
        }
    }

    private static void WriteLines(IAnsiConsole console, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            console.MarkupLine(line);
        }
    }
}
