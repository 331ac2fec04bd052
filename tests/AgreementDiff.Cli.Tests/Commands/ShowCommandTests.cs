using System.Text.Json;
using AgreementDiff.Cli.Tests.Support;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Cli.Tests.Commands;

public sealed class ShowCommandTests
{
    [Fact]
    public void Show_prints_the_clause_path_heading_and_full_text_of_its_items()
    {
        var result = CliRunner.Run("show", Seed.ZhejiangMemorandum, "四");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        Expected.Matches("Expected/show-003-aviation.txt", result.Console);
    }

    [Fact]
    public void Show_markdown_gives_a_heading_per_clause_and_its_paragraphs()
    {
        var result = CliRunner.Run("show", Seed.ZhejiangMemorandum, "四", "--format", "markdown");

        result.ExitCode.Should().Be(0, result.Error);
        Expected.Matches("Expected/show-003-aviation.md", result.Output);
    }

    [Theory]
    [InlineData("第十二条")]
    [InlineData("第12条")]
    [InlineData("12")]
    public void Show_finds_a_laws_article_by_its_number_in_any_form(string address)
    {
        var law = Path.Combine(SeedCorpus.RepositoryRoot, "tests", "AgreementDiff.Tests", "Alignment", "Laws", "statistics-2024.md");

        var result = CliRunner.Run("show", law, address, "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("clause").GetProperty("path").GetString().Should().Be("第一章/第十二条");
    }

    [Fact]
    public void Show_json_writes_the_clause_as_the_outline_does()
    {
        var result = CliRunner.Run("show", Seed.ZhejiangMemorandum, "四/16", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        var clause = json.RootElement.GetProperty("clause");
        clause.GetProperty("path").GetString().Should().Be("四/16");
        clause.GetProperty("text").GetString().Should().Contain("杭寧溫").And.Contain("義烏");
    }

    [Fact]
    public void Show_accepts_a_heading_and_writes_to_a_file_atomically()
    {
        using var folder = new TempFolder();
        var target = folder.File("clause.md");

        var result = CliRunner.Run("show", Seed.JiangsuAgreement, "法律服務", "--format", "markdown", "--output", target);

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(target).Should().StartWith("## §六 法律服務");
        folder.FileNames().Should().Equal("clause.md");
    }

    [Fact]
    public void An_unknown_address_exits_2_with_one_line_naming_the_file_and_listing_candidates()
    {
        var result = CliRunner.Run("show", Seed.ZhejiangMemorandum, "九十九");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("agreement-diff: error:").And.Contain("九十九").And.Contain("§十三");
        result.Error.Should().MatchRegex(@"error: \S+\.txt: No clause has the address", "the error names the file");
        CliRunner.Normalize(result.Error).Split('\n').Should().ContainSingle("errors are one line");
        result.Console.Should().BeEmpty();
    }

    [Fact]
    public void A_missing_file_exits_2_naming_it()
    {
        using var folder = new TempFolder();
        var missing = folder.File("missing.txt");

        var result = CliRunner.Run("show", missing, "一");

        result.ExitCode.Should().Be(2);
        CliRunner.Normalize(result.Error).Should().Be($"agreement-diff: error: {missing}: no such file");
    }

    [Fact]
    public void An_unreadable_file_exits_2_naming_it_and_the_line()
    {
        using var folder = new TempFolder();
        var binary = folder.WriteBytes("binary.txt", [0x61, 0x00, 0x01, 0x02, 0xFF]);
        var directory = Directory.CreateDirectory(folder.File("a-folder")).FullName;

        var notText = CliRunner.Run("show", binary, "一");
        var notAFile = CliRunner.Run("show", directory, "一");

        notText.ExitCode.Should().Be(2);
        CliRunner.Normalize(notText.Error).Should().StartWith($"agreement-diff: error: {binary}:1: ").And.Contain("binary").And.NotContain("\n");
        notAFile.ExitCode.Should().Be(2);
        CliRunner.Normalize(notAFile.Error).Should().StartWith($"agreement-diff: error: {directory}: ").And.NotContain("\n");
    }
}
