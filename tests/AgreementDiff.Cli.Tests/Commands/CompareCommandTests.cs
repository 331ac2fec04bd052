using System.Text;
using System.Text.Json;
using AgreementDiff.Cli.Tests.Support;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Cli.Tests.Commands;

public sealed class CompareCommandTests
{
    [Fact]
    public void Compare_of_the_zhejiang_renewal_leads_with_what_2025_added_and_exits_1()
    {
        var result = CliRunner.RunWithWidth(2000, "compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum);

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().BeEmpty();
        var text = CliRunner.Normalize(result.Console);
        text.Should().Contain("New sections:");
        text.IndexOf("住房安居", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("§二/(十二) 推進法律和爭議解決 → §五 法律和爭議解決", StringComparison.Ordinal), "the summary comes before the details");
        text.Should().Contain("§二/(四)/1 → §四/17").And.Contain("杭州機場三跑");
    }

    [Fact]
    public void Compare_json_follows_the_contract()
    {
        var result = CliRunner.Run("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--format", "json");

        result.ExitCode.Should().Be(1, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        root.GetProperty("left").GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        var matches = root.GetProperty("matches").EnumerateArray().ToList();
        matches.Should().Contain(m => m.GetProperty("left").GetProperty("path").GetString() == "二/(十二)/1" && m.GetProperty("right").GetProperty("path").GetString() == "五/20");
        matches.Select(m => m.GetProperty("change").GetString()).Should().OnlyContain(c => c == "unchanged" || c == "modified" || c == "moved" || c == "split" || c == "merged");
        matches.Should().OnlyContain(m => m.GetProperty("score").GetDouble() >= 0 && m.GetProperty("score").GetDouble() <= 1);
        root.GetProperty("added").EnumerateArray().Select(a => a.GetProperty("path").GetString()).Should().Contain("十一/44");
        root.GetProperty("summary").GetProperty("sections").GetProperty("added").GetInt32().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Compare_markdown_marks_insertions_and_deletions()
    {
        var result = CliRunner.Run("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--format", "markdown");

        result.Output.Should().MatchRegex(@"\*\*[^*]*杭寧溫[^*]*\*\*").And.MatchRegex("~~[^~]+~~");
    }

    [Fact]
    public void Compare_of_two_chosen_sections_with_a_pin_is_reported()
    {
        var result = CliRunner.Run("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--section", "(十二)", "--against", "五", "--format", "json");

        result.ExitCode.Should().Be(1, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("matches").GetArrayLength().Should().Be(4);
        json.RootElement.GetProperty("left").GetProperty("scope").GetString().Should().Be("二/(十二)");
    }

    [Fact]
    public void An_agreement_compared_with_itself_has_no_differences_and_exits_0()
    {
        var result = CliRunner.Run("compare", Seed.ZhejiangMemorandum, Seed.ZhejiangMemorandum, "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("added").GetArrayLength().Should().Be(0);
        json.RootElement.GetProperty("removed").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("--pair", "(十二)")]
    [InlineData("--pair", "(九十九)=五")]
    [InlineData("--section", "(十二)")]
    [InlineData("--threshold", "1.5")]
    [InlineData("--threshold", "0,3")]
    public void Bad_compare_arguments_exit_2_with_one_line(string option, string value)
    {
        var result = CliRunner.Run("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, option, value);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("agreement-diff: error:");
        result.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void English_release_against_its_chinese_agreement_matches_each_topic_to_its_section_side_by_side()
    {
        var result = CliRunner.Run("compare", Seed.JiangsuPressReleaseEnglish, Seed.JiangsuAgreement, "--format", "json");

        result.ExitCode.Should().Be(1, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var matches = json.RootElement.GetProperty("matches").EnumerateArray().ToList();
        string? Counterpart(string english) => matches.Single(m => m.GetProperty("left").GetProperty("path").GetString() == english).GetProperty("right").GetProperty("path").GetString();
        Counterpart("Finance").Should().Be("二");
        Counterpart("Legal services").Should().Be("六");
        Counterpart("Facilitation for Hong Kong people in the Mainland").Should().Be("十二");
        matches.Should().OnlyContain(m => m.GetProperty("crossLingual").GetBoolean());
        var finance = matches.Single(m => m.GetProperty("left").GetProperty("path").GetString() == "Finance");
        finance.GetProperty("explanation").GetProperty("sharedTerms").EnumerateArray().Select(t => t.GetString()).Should().Contain(t => t!.Contains(" ↔ 金融", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_dictionary_an_english_release_and_a_chinese_agreement_share_nothing()
    {
        var result = CliRunner.Run("compare", Seed.JiangsuPressReleaseEnglish, Seed.JiangsuAgreement, "--format", "json", "--dictionary", "none");

        result.ExitCode.Should().Be(1, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("matches").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void A_dictionary_file_that_is_not_a_table_exits_2_naming_its_line()
    {
        using var folder = new TempFolder();
        var table = Path.Combine(folder.Path, "table.tsv");
        File.WriteAllText(table, "# a table\n金融\tfinanc\n合作 cooper\n");

        var result = CliRunner.Run("compare", Seed.JiangsuPressReleaseEnglish, Seed.JiangsuAgreement, "--dictionary", table);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("agreement-diff: error: table.tsv, line 3: expected a word, a tab").And.NotContain("   at ");
    }

    [Fact]
    public void Unknown_terms_exit_2_naming_the_kinds_there_are()
    {
        var result = CliRunner.Run("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--terms", "trigrams");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("agreement-diff: ").And.Contain("'trigrams'").And.Contain("Bigrams").And.NotContain("   at ");
    }

    [Fact]
    public void Compare_by_words_scores_with_its_own_model_and_still_finds_the_air_route_item()
    {
        string Score(string terms)
        {
            var result = CliRunner.Run("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--format", "json", "--terms", terms);
            result.ExitCode.Should().Be(1, result.Error);
            using var json = JsonDocument.Parse(result.Output);
            var air = json.RootElement.GetProperty("matches").EnumerateArray()
                .Single(m => m.GetProperty("left").GetProperty("path").GetString() == "二/(四)/1");
            air.GetProperty("right").GetProperty("path").GetString().Should().Be("四/17", "with --terms {0}", terms);
            return air.GetProperty("score").GetRawText();
        }

        Score("words").Should().NotBe(Score("bigrams"), "SmartCn words and bigrams have separately fitted weights");
    }

    [Fact]
    public void Compare_text_written_to_a_file_marks_changes_with_wdiff_markers()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "report.txt");

        var result = CliRunner.Run("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--output", target);

        result.ExitCode.Should().Be(1, result.Error);
        var text = File.ReadAllText(target);
        text.Should().MatchRegex(@"\{\+[^+]*杭寧溫[^+]*\+\}").And.MatchRegex(@"\[-[^\]]+-\]");
    }

    [Fact]
    public void Compare_output_file_is_written_whole()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "report.json");

        var result = CliRunner.Run("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--format", "json", "--output", target);

        result.ExitCode.Should().Be(1, result.Error);
        JsonDocument.Parse(File.ReadAllText(target)).RootElement.GetProperty("matches").GetArrayLength().Should().BeGreaterThan(10);
        Directory.GetFiles(folder.Path).Should().ContainSingle();
    }

    public static TheoryData<string, byte[], string> BadRightFiles => new()
    {
        { "empty", [], ": " },
        { "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], ":3: " },
        { "truncated UTF-8", [.. Encoding.UTF8.GetBytes("一、總則\n雙方同意。\n二、")[..^1]], ":3: " },
        { "UTF-16 without a byte-order mark", Encoding.Unicode.GetBytes("一、總則\n雙方同意。\n"), ":1: " },
    };

    [Theory]
    [MemberData(nameof(BadRightFiles))]
    public void Bad_input_exits_2_with_one_error_line_naming_file_and_line_and_writes_no_output(string kind, byte[] bytes, string line)
    {
        using var folder = new TempFolder();
        var left = folder.WriteUtf8("left.txt", "一、總則\n雙方同意。\n");
        var right = folder.WriteBytes("right.txt", bytes);
        var target = folder.File("comparison.json");

        var result = CliRunner.Run("compare", left, right, "--format", "json", "--output", target);

        result.ExitCode.Should().Be(2, kind);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle().Which.Should().StartWith($"agreement-diff: error: {right}{line}");
        File.Exists(target).Should().BeFalse();
        folder.FileNames().Should().BeEquivalentTo("left.txt", "right.txt");
    }
}
