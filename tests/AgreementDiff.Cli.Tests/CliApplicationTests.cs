using AgreementDiff.Tests.Support;
using AgreementDiff.Cli.Tests.Support;

namespace AgreementDiff.Cli.Tests;

public sealed class CliApplicationTests
{
    private const string StackTraceMarker = "   at ";

    [Fact]
    public void Exit_codes_are_0_for_success_and_2_for_bad_input()
    {
        CliApplication.Ok.Should().Be(0);
        CliApplication.BadInput.Should().Be(2);
    }

    [Fact]
    public void Unknown_command_exits_2_naming_it()
    {
        var result = CliRunner.Run("frobnicate");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("frobnicate").And.Contain("--help").And.NotContain(StackTraceMarker);
        result.Output.Should().BeEmpty();
        result.Console.Should().BeEmpty();
    }

    [Fact]
    public void Unknown_root_option_exits_2_naming_it()
    {
        var result = CliRunner.Run("--no-such-option");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--no-such-option").And.NotContain(StackTraceMarker);
    }

    [Fact]
    public void Unknown_option_before_the_file_exits_2()
    {
        var result = CliRunner.Run("outline", "--bogus", SeedCorpus.PathOf(Seed.JiangsuAgreement));

        result.ExitCode.Should().Be(2);
        result.Error.Should().NotBeEmpty().And.NotContain(StackTraceMarker);
        result.Console.Should().BeEmpty();
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void Parse_errors_are_reported_before_anything_is_read_or_written()
    {
        using var folder = new TempFolder();
        var target = folder.File("outline.json");

        var result = CliRunner.Run("outline", Seed.JiangsuAgreement, "--format", "json", "--output", target, "--unknown");

        result.ExitCode.Should().Be(2);
        File.Exists(target).Should().BeFalse();
        folder.FileNames().Should().BeEmpty();
    }

    [Fact]
    public void Help_exits_0_and_lists_the_commands()
    {
        var result = CliRunner.Run("--help");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.Output.Should().Contain("outline").And.Contain("seeds");
    }

    [Fact]
    public void Outline_help_lists_its_options()
    {
        var result = CliRunner.Run("outline", "--help");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("--format").And.Contain("--output").And.Contain("--strict").And.Contain("FILE");
    }

    [Fact]
    public void Runs_are_independent_of_each_other()
    {
        var failed = CliRunner.Run("outline", "does-not-exist.txt");
        var succeeded = CliRunner.Run("outline", Seed.ZhejiangMemorandum, "--format", "json");

        failed.ExitCode.Should().Be(2);
        succeeded.ExitCode.Should().Be(0, succeeded.Error);
        succeeded.Error.Should().BeEmpty("an earlier run's errors do not leak into a later one");
    }

    [Fact]
    public async Task Concurrent_runs_give_identical_json()
    {
        var expected = CliRunner.Run("outline", Seed.ZhejiangAgreement, "--format", "json").Output;

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => CliRunner.Run("outline", Seed.ZhejiangAgreement, "--format", "json"))));

        results.Should().OnlyContain(r => r.ExitCode == 0 && r.Output == expected);
    }
}

public sealed class CliBadTargetTests
{
    [Theory]
    [InlineData("outline", "{seed}", "-o", "{folder}")]
    [InlineData("outline", "{seed}", "-o", "")]
    [InlineData("search", "/[/", "{seed}")]
    [InlineData("index", "{file}", "{seed}")]
    public void Bad_targets_and_queries_exit_2_without_a_stack_trace(params string[] template)
    {
        var folder = Directory.CreateTempSubdirectory("agreementdiff-cli-").FullName;
        var file = Path.Combine(folder, "a-file.txt");
        File.WriteAllText(file, "x");
        try
        {
            var args = template.Select(a => a.Replace("{seed}", AgreementDiff.Tests.Support.SeedCorpus.PathOf(AgreementDiff.Tests.Support.Seed.JiangsuAgreement))
                .Replace("{folder}", folder).Replace("{file}", file)).ToArray();
            var error = new StringWriter();

            var code = CliApplication.Run(args, new Spectre.Console.Testing.TestConsole(), new StringWriter(), error);

            code.Should().Be(2, error.ToString());
            error.ToString().Should().Contain("agreement-diff: error:").And.NotContain("   at ");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
