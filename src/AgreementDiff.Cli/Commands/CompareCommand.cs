using System.CommandLine;
using System.Globalization;
using AgreementDiff.Alignment;
using AgreementDiff.Reports;
using Spectre.Console;

namespace AgreementDiff.Cli.Commands;

/// <summary><c>compare LEFT RIGHT [--section X --against Y] [--pair A=B] [--format text|markdown|json]</c>: aligns and diffs two agreements.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var left = new Argument<string>("LEFT") { Description = "The earlier agreement: a file path, or the id or file name of an embedded seed." };
        var right = new Argument<string>("RIGHT") { Description = "The later agreement." };
        var section = new Option<string?>("--section") { Description = "Compare only this clause of LEFT (an address: 五, (十二), 二/(十二)); needs --against." };
        var against = new Option<string?>("--against") { Description = "The clause of RIGHT to compare --section with." };
        var pairs = new Option<string[]>("--pair") { Description = "Declare two clauses equivalent, LEFT=RIGHT, for example \"(十二)=五\" (repeatable).", AllowMultipleArgumentsPerToken = true };
        var threshold = new Option<string?>("--threshold") { Description = "The lowest score at which clauses match, in [0, 1] (written 0.3 whatever the locale); default 0.28." };
        var format = new Option<CompareFormat>("--format", "-f") { Description = "text, markdown, or json (the contract documented in the README).", DefaultValueFactory = _ => CompareFormat.Text };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of standard output." };
        var command = new Command("compare", "Align the clauses of two agreements and show what was added, removed and changed. Exit code 1 when they differ, as diff(1).")
        {
            left, right, section, against, pairs, threshold, format, output,
        };
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
            var comparer = new AgreementComparer(new ComparisonOptions { Threshold = value, Pins = pins });
            AgreementComparison comparison;
            try
            {
                comparison = leftScope is null ? comparer.Compare(a, b) : comparer.CompareClauses(a[leftScope], b[rightScope!]);
            }
            catch (ArgumentException e)
            {
                throw new CliUsageException(e.Message);
            }

            Emit(context, parse.GetValue(format), parse.GetValue(output), comparison);
            return comparison.HasDifferences ? CliApplication.Differences : CliApplication.Ok;
        });
        return command;
    }

    private static void Emit(CliContext context, CompareFormat format, string? target, AgreementComparison comparison)
    {
        switch (format, target)
        {
            case (CompareFormat.Json, null):
                context.Output.Write(ComparisonJsonWriter.ToJson(comparison));
                context.Output.Flush();
                break;
            case (CompareFormat.Json, _):
                AtomicFile.Write(target, stream => ComparisonJsonWriter.Write(comparison, stream));
                break;
            case (CompareFormat.Markdown, _):
                var markdown = string.Join('\n', new ComparisonText(ComparisonText.Markdown).Lines(comparison)) + "\n";
                if (target is null)
                {
                    context.Output.Write(markdown);
                    context.Output.Flush();
                }
                else
                {
                    AtomicFile.Write(target, stream => stream.Write(new System.Text.UTF8Encoding(false).GetBytes(markdown)));
                }

                break;
            case (_, null):
                // Colour only on a terminal that shows it; redirected output or NO_COLOR gets {+ +} and [- -] markers.
                var colour = context.Console.Profile.Capabilities.Ansi && context.Console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
                foreach (var line in new ComparisonText(colour ? ComparisonText.Colour : ComparisonText.Markers).Lines(comparison))
                {
                    context.Console.MarkupLine(line);
                }

                break;
            default:
                var text = new ComparisonText(ComparisonText.PlainMarkers).Lines(comparison);
                AtomicFile.Write(target, stream => stream.Write(new System.Text.UTF8Encoding(false).GetBytes(string.Join('\n', text) + "\n")));
                break;
        }
    }
}

/// <summary>The formats <c>compare</c> writes.</summary>
internal enum CompareFormat
{
    /// <summary>Rendered for a person: summary, then each section pair with inline changes.</summary>
    Text,

    /// <summary>The same report as Markdown.</summary>
    Markdown,

    /// <summary>JSON as documented in the README.</summary>
    Json,
}
