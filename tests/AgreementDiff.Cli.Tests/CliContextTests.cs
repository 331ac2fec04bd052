using AgreementDiff.Alignment;
using AgreementDiff.Cli.Tests.Support;
using AgreementDiff.Reports;
using AgreementDiff.Tests.Support;
using Spectre.Console;
using Spectre.Console.Rendering;
using Spectre.Console.Testing;

namespace AgreementDiff.Cli.Tests;

/// <summary>
/// Where text for people goes and how wide it is laid out: at the terminal's width on a terminal (Spectre.Console.Testing's
/// <see cref="TestConsole"/> stands for it), in whole lines when redirected or written to a file, at <c>--width</c> when given.
/// </summary>
public sealed class CliContextTests
{
    private const string ItemsLine = "Items: 1 unchanged, 16 modified, 2 moved, 9 split, 4 merged, 21 added, 15 removed.";

    [Fact]
    public void Redirected_compare_text_is_the_librarys_report_in_whole_lines()
    {
        var result = CliRunner.RunRedirected("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum);

        result.ExitCode.Should().Be(1, result.Error);
        result.Console.Should().BeEmpty("nothing is laid out for a terminal");
        result.Output.Split('\n').Should().Contain(ItemsLine).And.NotContain(l => l.StartsWith("removed.", StringComparison.Ordinal));
        var comparison = AgreementComparer.Default.Compare(SeedCorpus.Read(Seed.ZhejiangAgreement), SeedCorpus.Read(Seed.ZhejiangMemorandum));
        result.Output.Should().Be(ComparisonTextWriter.ToText(comparison), "redirected, the report is the library's plain text with wdiff's markers");
    }

    [Fact]
    public void On_a_terminal_text_wraps_at_the_terminals_width()
    {
        var result = CliRunner.RunWithWidth(80, "compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum);

        result.ExitCode.Should().Be(1, result.Error);
        var lines = CliRunner.Normalize(result.Console).Split('\n');
        lines.Should().OnlyContain(l => Cells(l) <= 80);
        lines.Should().Contain(["Items: 1 unchanged, 16 modified, 2 moved, 9 split, 4 merged, 21 added, 15", "removed."], "the line is 84 columns long");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void Width_lays_redirected_text_out_at_that_many_columns()
    {
        var result = CliRunner.RunRedirected("--width", "60", "compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--section", "(四)", "--against", "四");

        result.ExitCode.Should().Be(1, result.Error);
        var lines = CliRunner.Normalize(result.Output).Split('\n');
        lines.Should().OnlyContain(l => Cells(l) <= 60);
        lines.Max(Cells).Should().BeGreaterThan(50);
        result.Output.Should().Contain("{+").And.NotContain("\u001b[", "markers, not colour");
    }

    [Theory]
    [InlineData("5")]
    [InlineData("10001")]
    public void A_width_out_of_range_exits_2_with_one_line(string width)
    {
        var result = CliRunner.RunRedirected("--width", width, "seeds");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"agreement-diff: error: --width must be a number of columns between 20 and 10000, not {width}");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void A_clause_shown_into_a_file_keeps_each_paragraph_on_one_line()
    {
        using var folder = new TempFolder();
        var target = folder.File("preamble.txt");
        var preamble = SeedCorpus.Read(Seed.ZhejiangMemorandum)["preamble"];

        var result = CliRunner.Run("show", Seed.ZhejiangMemorandum, "preamble", "--output", target);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = File.ReadAllLines(target).Select(l => l.Trim()).ToList();
        lines[0].Should().Be("§preamble", "a file gets the clause's name, not a rule across 100,000 columns");
        var paragraphs = preamble.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        paragraphs.Max(p => p.Length).Should().BeGreaterThan(120);
        lines.Should().Contain(paragraphs);
    }

    [Fact]
    public void Redirected_side_by_side_is_laid_out_160_columns_wide()
    {
        var result = CliRunner.RunRedirected("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--section", "(四)", "--against", "四", "--side-by-side");

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().BeEmpty();
        var table = CliRunner.Normalize(result.Output).Split('\n').Where(l => l.StartsWith('│') || l.StartsWith('╭')).ToList();
        table.Should().NotBeEmpty().And.OnlyContain(l => Cells(l) == 160);
    }

    [Fact]
    public void A_redirected_matrix_is_as_wide_as_its_content()
    {
        var result = CliRunner.RunRedirected("matrix", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = CliRunner.Normalize(result.Output).Split('\n');
        lines.Should().Contain(l => l.Contains("│ (三) 加強經貿投資合作", StringComparison.Ordinal) && l.Contains("│ 一 共建\"一带一路\"及商貿投資", StringComparison.Ordinal), "no cell wraps");
        lines[^1].Should().EndWith("in only one.");
    }

    /// <summary>How many terminal columns a line takes (a Chinese character two), as Spectre.Console measures it.</summary>
    private static int Cells(string line)
    {
        using var console = new TestConsole();
        return ((IRenderable)new Text(line)).Measure(RenderOptions.Create(console, console.Profile.Capabilities), 100_000).Max;
    }
}
