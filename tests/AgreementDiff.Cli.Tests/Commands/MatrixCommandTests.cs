using System.Text.Json;
using AgreementDiff.Cli.Tests.Support;
using AgreementDiff.Tests.Support;
using AngleSharp.Html.Parser;

namespace AgreementDiff.Cli.Tests.Commands;

/// <summary>Runs of <c>matrix</c> over all five seeds, shared by the tests because each compares ten pairs.</summary>
public sealed class SeedMatrix
{
    private readonly Lazy<CliResult> _text = new(() => CliRunner.RunWithWidth(200, ["matrix", .. SeedCorpus.Ids]));
    private readonly Lazy<CliResult> _json = new(() => CliRunner.Run(["matrix", .. SeedCorpus.Ids, "--format", "json"]));
    private readonly Lazy<CliResult> _html = new(() => CliRunner.Run(["matrix", .. SeedCorpus.Ids, "--format", "html"]));

    internal CliResult Text => _text.Value;

    internal CliResult Json => _json.Value;

    internal CliResult Html => _html.Value;
}

public sealed class MatrixCommandTests(SeedMatrix matrix) : IClassFixture<SeedMatrix>
{
    /// <summary>The column of each seed: the order they were given in.</summary>
    private static int Column(string id) => SeedCorpus.Ids.ToList().IndexOf(id);

    [Fact]
    public void Matrix_text_of_the_seeds_is_as_expected()
    {
        matrix.Text.ExitCode.Should().Be(0, matrix.Text.Error);
        matrix.Text.Error.Should().BeEmpty();
        Expected.Matches("Expected/matrix-seeds.txt", matrix.Text.Console);
    }

    [Fact]
    public void Housing_appears_only_in_the_2025_memorandum()
    {
        var housing = Topic("住房安居");

        Covered(housing).Should().Equal(Column(Seed.ZhejiangMemorandum));
    }

    [Theory]
    [InlineData("航空")]
    [InlineData("環境保護")]
    public void Aviation_and_environment_have_no_jiangsu_2023_section_but_zhejiang_ones(string heading)
    {
        var topic = Topic(heading);

        Covered(topic).Should().NotContain(Column(Seed.JiangsuAgreement))
            .And.Contain([Column(Seed.ZhejiangAgreement), Column(Seed.ZhejiangPressRelease), Column(Seed.ZhejiangMemorandum)]);
    }

    [Theory]
    [InlineData("Finance", "金融")]
    [InlineData("Legal services", "法律服務")]
    [InlineData("Youth development", "青年發展")]
    public void The_english_release_reports_its_topics_in_the_rows_of_the_chinese_sections(string english, string chinese)
    {
        using var json = JsonDocument.Parse(matrix.Json.Output);
        var topic = json.RootElement.GetProperty("topics").EnumerateArray()
            .Should().ContainSingle(t => t.GetProperty("headings").EnumerateArray().Any(h => h.GetString() == chinese)).Subject;

        Headings(topic, Column(Seed.JiangsuPressReleaseEnglish)).Should().Contain(english);
        Headings(topic, Column(Seed.JiangsuAgreement)).Should().Contain(chinese);
    }

    [Fact]
    public void Every_section_of_every_agreement_is_in_exactly_one_row()
    {
        using var json = JsonDocument.Parse(matrix.Json.Output);
        var cells = json.RootElement.GetProperty("topics").EnumerateArray()
            .SelectMany(t => t.GetProperty("cells").EnumerateArray().Select((cell, column) => (cell, column)))
            .SelectMany(c => c.cell.EnumerateArray().Select(clause => $"{c.column}:{clause.GetProperty("path").GetString()}"))
            .ToList();

        cells.Should().OnlyHaveUniqueItems();
        cells.Should().Contain(["0:六", "1:二/(十二)", "3:五"], "legal services are a topic of the three Chinese agreements");
        json.RootElement.GetProperty("agreements").GetArrayLength().Should().Be(5);
    }

    [Fact]
    public void Matrix_json_is_deterministic()
    {
        var again = CliRunner.Run(["matrix", .. SeedCorpus.Ids, "--format", "json"]);

        again.Output.Should().Be(matrix.Json.Output);
    }

    [Fact]
    public void Matrix_html_is_one_table_with_a_column_per_agreement_and_a_row_per_topic()
    {
        matrix.Html.ExitCode.Should().Be(0, matrix.Html.Error);
        var document = new HtmlParser().ParseDocument(matrix.Html.Output);
        using var json = JsonDocument.Parse(matrix.Json.Output);

        document.DocumentElement.GetAttribute("lang").Should().Be("zh-Hant");
        var table = document.QuerySelectorAll("table.matrix").Should().ContainSingle().Subject;
        table.QuerySelectorAll("thead th").Should().HaveCount(6);
        var rows = table.QuerySelectorAll("tbody tr");
        rows.Should().HaveCount(json.RootElement.GetProperty("topics").GetArrayLength());
        rows.Should().OnlyContain(r => r.QuerySelectorAll("td").Length == 5);
        var housing = rows.Single(r => r.QuerySelector("th")!.TextContent == "住房安居");
        housing.QuerySelectorAll("td").Select(td => td.ClassList.Contains("absent")).Should().Equal(true, true, true, false, true);
        document.QuerySelectorAll("script, link, img, iframe").Should().BeEmpty("the page is self-contained");
    }

    [Fact]
    public void Matrix_markdown_has_a_row_per_topic()
    {
        var result = CliRunner.Run("matrix", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--format", "markdown");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("| topic | #1 | #2 |").And.Contain("| 住房安居 |  | 十一 住房安居 |");
    }

    [Fact]
    public void Matrix_of_an_index_built_with_index_is_the_matrix_of_its_files()
    {
        var folder = Path.Combine(Path.GetTempPath(), "agreementdiff-matrix-" + Guid.NewGuid().ToString("N"));
        try
        {
            CliRunner.Run(["index", folder, "--no-words", .. SeedCorpus.Ids]).ExitCode.Should().Be(0);

            var result = CliRunner.RunWithWidth(200, ["matrix", "--index", folder]);

            result.ExitCode.Should().Be(0, result.Error);
            result.Error.Should().BeEmpty("no progress bar when nobody watches");
            result.Console.Should().Be(matrix.Text.Console);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Matrix_of_a_missing_index_or_of_files_and_an_index_exits_2()
    {
        var missing = CliRunner.Run("matrix", "--index", Path.Combine(Path.GetTempPath(), "agreementdiff-no-such-index"));
        var both = CliRunner.Run("matrix", Seed.ZhejiangAgreement, "--index", Path.GetTempPath());

        missing.ExitCode.Should().Be(2);
        missing.Error.Should().StartWith("agreement-diff: error:").And.Contain("no index");
        both.ExitCode.Should().Be(2);
        both.Error.Should().Contain("FILES or --index");
    }

    [Fact]
    public void Matrix_of_one_agreement_exits_2()
    {
        var result = CliRunner.Run("matrix", Seed.ZhejiangAgreement);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("agreement-diff: error:").And.Contain("at least two");
    }

    private JsonElement Topic(string name)
    {
        var json = JsonDocument.Parse(matrix.Json.Output);
        matrix.Json.ExitCode.Should().Be(0, matrix.Json.Error);
        return json.RootElement.GetProperty("topics").EnumerateArray().Should().ContainSingle(t => t.GetProperty("name").GetString() == name).Subject;
    }

    private static List<string?> Headings(JsonElement topic, int column) =>
        [.. topic.GetProperty("cells")[column].EnumerateArray().Select(c => c.GetProperty("heading").GetString())];

    private static List<int> Covered(JsonElement topic) =>
        [.. topic.GetProperty("cells").EnumerateArray().Select((cell, column) => (cell, column)).Where(c => c.cell.GetArrayLength() > 0).Select(c => c.column)];
}
