using System.Text.RegularExpressions;
using AgreementDiff.Cli.Tests.Support;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Cli.Tests.Docs;

/// <summary>
/// docs/analysts.md's examples are runs of the host: each <c>$ agreement-diff …   # exit N</c> line is run in process,
/// must exit N, and every output line shown under it (other than <c>…</c>) must be a line of what it prints with its
/// output redirected, as the guide shows it.
/// </summary>
public partial class AnalystsGuideTests
{
    public static TheoryData<string, int, string[]> Examples()
    {
        var data = new TheoryData<string, int, string[]>();
        var guide = File.ReadAllText(Path.Combine(SeedCorpus.RepositoryRoot, "docs", "analysts.md")).ReplaceLineEndings("\n");
        foreach (Match block in ConsoleBlock().Matches(guide))
        {
            foreach (Match run in Run().Matches(block.Groups["body"].Value))
            {
                var shown = run.Groups["output"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l != "…").ToArray();
                data.Add(run.Groups["command"].Value, int.Parse(run.Groups["exit"].Value, System.Globalization.CultureInfo.InvariantCulture), shown);
            }
        }

        return data;
    }

    [Fact]
    public void The_guide_has_examples_to_run()
    {
        Examples().Count.Should().BeGreaterThanOrEqualTo(6);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_example_runs_as_shown(string command, int exitCode, string[] shown)
    {
        var args = Argument().Matches(command).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value).ToArray();

        var result = CliRunner.RunRedirected(args);

        var printed = CliRunner.Normalize(result.Output).Split('\n').Select(l => l.Trim()).ToHashSet();
        result.ExitCode.Should().Be(exitCode, result.Error);
        shown.Should().BeSubsetOf(printed, $"docs/analysts.md shows these lines of `agreement-diff {command}`");
    }

    [GeneratedRegex(@"^```console\n(?<body>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex ConsoleBlock();

    [GeneratedRegex(@"^\$ agreement-diff (?<command>.*?)\s+# exit (?<exit>\d+)\n(?<output>(?:(?!\$ ).*\n)*)", RegexOptions.Multiline)]
    private static partial Regex Run();

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|[^ ]+")]
    private static partial Regex Argument();
}
