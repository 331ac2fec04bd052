using AgreementDiff.Tests.Support;
using AgreementDiff.Cli.Tests.Support;

namespace AgreementDiff.Cli.Tests.Commands;

public sealed class SeedsCommandTests
{
    // Wide enough that no id, file name or title wraps inside its table cell.
    private const int WideConsole = 250;

    [Fact]
    public void Seeds_lists_every_manifest_id_and_file()
    {
        var result = CliRunner.RunWithWidth(WideConsole, "seeds");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.Output.Should().BeEmpty("the table is rendered to the console");
        SeedCorpus.Ids.Should().HaveCount(5);
        foreach (var id in SeedCorpus.Ids)
        {
            result.Console.Should().Contain(id);
        }

        foreach (var file in SeedCorpus.FileNames)
        {
            result.Console.Should().Contain(file);
        }
    }

    [Fact]
    public void Seeds_lists_one_row_per_seed_in_manifest_order()
    {
        var result = CliRunner.RunWithWidth(WideConsole, "seeds");

        var rows = result.Console.Split('\n')
            .Select(line => SeedCorpus.Ids.FirstOrDefault(id => line.Contains($" {id} ", StringComparison.Ordinal)))
            .Where(id => id is not null)
            .ToList();
        rows.Should().Equal(SeedCorpus.Ids);
    }

    [Fact]
    public void Seeds_shows_the_header_and_kinds()
    {
        var result = CliRunner.RunWithWidth(WideConsole, "seeds");

        result.Console.Should().Contain("id").And.Contain("file").And.Contain("kind").And.Contain("title");
        result.Console.Should().Contain("agreement").And.Contain("press release").And.Contain("memorandum");
        result.Console.Should().Contain("深化蘇港交流合作協議");
    }

    [Fact]
    public void Every_listed_seed_id_is_accepted_by_outline()
    {
        var listed = CliRunner.RunWithWidth(WideConsole, "seeds").Console;

        foreach (var id in SeedCorpus.Ids)
        {
            listed.Should().Contain(id);
            var result = CliRunner.Run("outline", id, "--format", "json");
            result.ExitCode.Should().Be(0, $"{id} is listed by 'seeds': {result.Error}");
        }
    }

    [Fact]
    public void Seeds_rejects_an_argument()
    {
        var result = CliRunner.Run("seeds", "extra");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("extra").And.NotContain("   at ");
        result.Console.Should().BeEmpty();
    }
}
