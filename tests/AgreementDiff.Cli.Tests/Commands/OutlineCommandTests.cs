using AgreementDiff.Tests.Support;
using System.Text;
using System.Text.Json;
using AgreementDiff.Cli.Tests.Support;

namespace AgreementDiff.Cli.Tests.Commands;

public sealed class OutlineCommandTests
{
    private const string StackTraceMarker = "   at ";

    public static TheoryData<string> SeedIds => new(SeedCorpus.Ids);

    // ---- JSON contract -------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Json_outline_of_each_seed_follows_the_contract(string id)
    {
        var result = CliRunner.Run("outline", SeedCorpus.PathOf(id), "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty("the seeds read without warnings");
        result.Console.Should().BeEmpty("JSON goes to the machine-readable output only");

        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        root.ValueKind.Should().Be(JsonValueKind.Object);
        root.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        root.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
        var clauses = root.GetProperty("clauses");
        clauses.ValueKind.Should().Be(JsonValueKind.Array);
        clauses.GetArrayLength().Should().BeGreaterThan(0);
        foreach (var clause in clauses.EnumerateArray())
        {
            AssertClauseShape(clause, parentPath: null);
        }

        // JSON is indented with CJK text unescaped and ends with a line feed.
        result.Output.Should().EndWith("\n").And.NotContain("\\u");
    }

    [Theory]
    [InlineData(Seed.JiangsuAgreement, 12)]
    [InlineData(Seed.ZhejiangAgreement, 3)]
    [InlineData(Seed.ZhejiangPressRelease, 13)]
    [InlineData(Seed.ZhejiangMemorandum, 13)]
    [InlineData(Seed.JiangsuPressReleaseEnglish, 13)]
    public void Json_outline_has_the_printed_number_of_top_level_sections(string id, int expected)
    {
        using var document = OutlineJson(SeedCorpus.PathOf(id));

        Sections(document.RootElement).Should().HaveCount(expected);
    }

    [Fact]
    public void Jiangsu_agreement_has_twelve_sections_numbered_one_to_twelve_with_headings()
    {
        using var document = OutlineJson(SeedCorpus.PathOf(Seed.JiangsuAgreement));
        var sections = Sections(document.RootElement);

        sections.Select(s => s.GetProperty("label").GetString()).Should().Equal(
            "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二");
        sections.Select(s => s.GetProperty("path").GetString()).Should().Equal(sections.Select(s => s.GetProperty("label").GetString()));
        sections.Should().OnlyContain(s => !string.IsNullOrWhiteSpace(s.GetProperty("heading").GetString()));
        sections.Should().OnlyContain(s => s.GetProperty("text").GetString()!.Length > 20, "each section holds running paragraphs");
        sections.Should().OnlyContain(s => s.GetProperty("children").GetArrayLength() == 0, "000 has no numbered items");
        Find(document.RootElement, "六").GetProperty("heading").GetString().Should().Be("法律服務");
    }

    [Fact]
    public void Zhejiang_agreement_has_three_sections_and_twelve_subsections_with_their_items()
    {
        using var document = OutlineJson(SeedCorpus.PathOf(Seed.ZhejiangAgreement));
        var sections = Sections(document.RootElement);

        sections.Select(s => s.GetProperty("label").GetString()).Should().Equal("一", "二", "三");
        var content = sections[1];
        content.GetProperty("heading").GetString().Should().Be("合作內容");
        var subsections = content.GetProperty("children").EnumerateArray().ToList();
        subsections.Select(s => s.GetProperty("label").GetString()).Should().Equal(
            "(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "(七)", "(八)", "(九)", "(十)", "(十一)", "(十二)");
        subsections.Select(s => s.GetProperty("path").GetString()).Should().OnlyContain(p => p!.StartsWith("二/(", StringComparison.Ordinal));
        subsections.Select(s => s.GetProperty("children").GetArrayLength()).Should().Equal(7, 3, 8, 3, 3, 3, 3, 3, 2, 2, 2, 3);
        foreach (var subsection in subsections)
        {
            var items = subsection.GetProperty("children").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToList();
            items.Should().Equal(Enumerable.Range(1, items.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var legal = Find(document.RootElement, "二/(十二)");
        legal.GetProperty("heading").GetString().Should().Be("推進法律和爭議解決");
        var item = Find(document.RootElement, "二/(十二)/3");
        item.GetProperty("label").GetString().Should().Be("3");
        item.GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
        sections[0].GetProperty("children").GetArrayLength().Should().Be(0);
        sections[2].GetProperty("heading").GetString().Should().Be("附則");
    }

    [Fact]
    public void Zhejiang_agreement_page_number_inside_an_item_is_not_an_item()
    {
        using var document = OutlineJson(SeedCorpus.PathOf(Seed.ZhejiangAgreement));

        var items = Find(document.RootElement, "二/(五)").GetProperty("children").EnumerateArray().Select(i => i.GetProperty("label").GetString());
        items.Should().Equal("1", "2", "3");
    }

    [Fact]
    public void Zhejiang_press_release_has_twelve_underlined_topics_and_the_signing_ceremony()
    {
        using var document = OutlineJson(SeedCorpus.PathOf(Seed.ZhejiangPressRelease));
        var sections = Sections(document.RootElement);

        sections.Should().HaveCount(13);
        sections.Should().OnlyContain(s => s.GetProperty("label").GetString() == s.GetProperty("heading").GetString(),
            "an unnumbered heading's label is the heading text");
        sections.Select(s => s.GetProperty("label").GetString()).Should().Contain("金融").And.Contain("推進法律和爭議解決");
        sections[^1].GetProperty("label").GetString().Should().Contain("簽署儀式");
    }

    [Fact]
    public void Zhejiang_memorandum_has_thirteen_sections_with_items_one_to_fifty_one()
    {
        using var document = OutlineJson(SeedCorpus.PathOf(Seed.ZhejiangMemorandum));
        var sections = Sections(document.RootElement);

        sections.Select(s => s.GetProperty("label").GetString()).Should().Equal(
            "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三");
        var items = sections.SelectMany(s => s.GetProperty("children").EnumerateArray()).ToList();
        items.Select(i => i.GetProperty("label").GetString()).Should().Equal(
            Enumerable.Range(1, 51).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Find(document.RootElement, "十一").GetProperty("heading").GetString().Should().Be("住房安居");
        Find(document.RootElement, "十一").GetProperty("children").EnumerateArray().Select(i => i.GetProperty("path").GetString())
            .Should().Equal("十一/44", "十一/45", "十一/46", "十一/47");
        Find(document.RootElement, "十一/44").GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
        Find(document.RootElement, "五").GetProperty("heading").GetString().Should().Be("法律和爭議解決");
        Find(document.RootElement, "四/16").GetProperty("label").GetString().Should().Be("16");
    }

    [Fact]
    public void English_press_release_has_twelve_underlined_topics_and_the_signing_ceremony()
    {
        using var document = OutlineJson(SeedCorpus.PathOf(Seed.JiangsuPressReleaseEnglish));
        var sections = Sections(document.RootElement);

        sections.Should().HaveCount(13);
        sections.Select(s => s.GetProperty("label").GetString()).Should().Contain("Legal services");
        sections.Should().OnlyContain(s => s.GetProperty("label").GetString() == s.GetProperty("heading").GetString());
        sections[^1].GetProperty("label").GetString().Should().StartWithEquivalentOf("Signing ceremony");
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Json_outline_is_byte_identical_across_runs(string id)
    {
        var first = CliRunner.Run("outline", SeedCorpus.PathOf(id), "--format", "json");
        var second = CliRunner.Run("outline", SeedCorpus.PathOf(id), "--format", "json");

        first.ExitCode.Should().Be(0);
        second.ExitCode.Should().Be(0);
        Encoding.UTF8.GetBytes(second.Output).Should().Equal(Encoding.UTF8.GetBytes(first.Output));
    }

    // ---- text outline --------------------------------------------------------------------------

    [Fact]
    public void Text_outline_of_the_jiangsu_agreement_matches_the_expected_file()
    {
        var result = CliRunner.Run("outline", SeedCorpus.PathOf(Seed.JiangsuAgreement));

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.Output.Should().BeEmpty("the text outline is rendered to the console");
        AssertMatchesExpected("outline-000.txt", result.Console);
    }

    [Fact]
    public void Text_outline_shows_the_title_and_every_section_label_and_heading()
    {
        var result = CliRunner.Run("outline", SeedCorpus.PathOf(Seed.ZhejiangMemorandum));

        result.ExitCode.Should().Be(0, result.Error);
        var lines = CliRunner.Normalize(result.Console).Split('\n');
        lines[0].Should().Be("浙港高層會晤暨\"浙港合作會議\"第一次會議合作備忘錄 (2025-04-24)");
        result.Console.Should().Contain("十一 住房安居").And.Contain("五 法律和爭議解決").And.Contain("51");
        result.Console.Should().NotContain("\u001b[", "a test console has no ANSI support");
    }

    // ---- seed ids ------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Embedded_seed_id_gives_the_same_json_as_the_file(string id)
    {
        var byPath = CliRunner.Run("outline", SeedCorpus.PathOf(id), "--format", "json");
        var byId = CliRunner.Run("outline", id, "--format", "json");

        byId.ExitCode.Should().Be(0, byId.Error);
        byId.Error.Should().BeEmpty();
        byId.Output.Should().Be(byPath.Output);
    }

    [Fact]
    public void Embedded_seed_id_gives_the_expected_text_outline()
    {
        var result = CliRunner.Run("outline", Seed.JiangsuAgreement);

        result.ExitCode.Should().Be(0, result.Error);
        AssertMatchesExpected("outline-000.txt", result.Console);
    }

    [Fact]
    public void Unknown_seed_id_is_a_missing_file()
    {
        var result = CliRunner.Run("outline", "no-such-seed-id", "--format", "json");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("no-such-seed-id: no such file").And.NotContain(StackTraceMarker);
        result.Output.Should().BeEmpty();
    }

    // ---- bad input -----------------------------------------------------------------------------

    [Fact]
    public void Missing_file_exits_2_naming_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("missing.txt");

        var result = CliRunner.Run("outline", path);

        AssertBadInput(result, $"{path}: ", "no such file");
    }

    [Fact]
    public void Empty_file_exits_2_naming_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("empty.txt", []);

        var result = CliRunner.Run("outline", path, "--format", "json");

        AssertBadInput(result, $"{path}: ", "empty");
    }

    [Fact]
    public void Binary_file_exits_2_naming_the_file_and_the_line()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("binary.txt", [.. "header\n"u8, 0x89, 0x50, 0x00, 0x00, 0x01, 0xFF, 0x00, (byte)'\n']);

        var result = CliRunner.Run("outline", path, "--format", "json");

        AssertBadInput(result, $"{path}:2: ", "binary");
    }

    [Fact]
    public void Latin1_file_exits_2_naming_the_file_and_the_line()
    {
        using var folder = new TempFolder();
        var latin1 = Encoding.Latin1.GetBytes("Accord de coopération\n");
        latin1.Should().Contain(0xE9, "the test needs a Latin-1 é byte");
        var bytes = Encoding.ASCII.GetBytes("Accord\nArticle premier\n").Concat(Encoding.Latin1.GetBytes("1. Le café est prêt, été.\n")).ToArray();
        var path = folder.WriteBytes("latin1.txt", bytes);

        var result = CliRunner.Run("outline", path);

        AssertBadInput(result, $"{path}:3: ", "UTF-8");
    }

    [Fact]
    public void Directory_instead_of_a_file_exits_2()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run("outline", folder.Path);

        AssertBadInput(result, $"{folder.Path}: ", "directory");
    }

    [Fact]
    public void Missing_file_argument_exits_2()
    {
        var result = CliRunner.Run("outline");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("FILE").And.NotContain(StackTraceMarker);
        result.Output.Should().BeEmpty();
        result.Console.Should().BeEmpty();
    }

    [Fact]
    public void Unknown_option_exits_2_naming_it()
    {
        var result = CliRunner.Run("outline", SeedCorpus.PathOf(Seed.JiangsuAgreement), "--bogus");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--bogus").And.NotContain(StackTraceMarker);
        result.Console.Should().BeEmpty();
    }

    [Fact]
    public void Unknown_format_exits_2()
    {
        var result = CliRunner.Run("outline", SeedCorpus.PathOf(Seed.JiangsuAgreement), "--format", "xml");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("xml").And.NotContain(StackTraceMarker);
        result.Output.Should().BeEmpty();
        result.Console.Should().BeEmpty();
    }

    [Fact]
    public void Format_option_without_a_value_exits_2()
    {
        var result = CliRunner.Run("outline", SeedCorpus.PathOf(Seed.JiangsuAgreement), "--format");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--format").And.NotContain(StackTraceMarker);
    }

    // ---- --output ------------------------------------------------------------------------------

    [Fact]
    public void Output_option_writes_the_same_json_as_standard_output()
    {
        using var folder = new TempFolder();
        var target = folder.File("outline.json");
        var seed = SeedCorpus.PathOf(Seed.ZhejiangAgreement);

        var toFile = CliRunner.Run("outline", seed, "--format", "json", "--output", target);
        var toStdout = CliRunner.Run("outline", seed, "--format", "json");

        toFile.ExitCode.Should().Be(0, toFile.Error);
        toFile.Output.Should().BeEmpty("the JSON went to the file");
        toFile.Console.Should().BeEmpty();
        var bytes = File.ReadAllBytes(target);
        bytes[0].Should().Be((byte)'{', "the JSON is UTF-8 without a byte-order mark");
        bytes.Should().Equal(Encoding.UTF8.GetBytes(toStdout.Output));
        folder.FileNames().Should().Equal("outline.json");
    }

    [Fact]
    public void Output_option_replaces_an_existing_file()
    {
        using var folder = new TempFolder();
        var target = folder.WriteUtf8("outline.json", "old content that is longer than nothing at all");

        var result = CliRunner.Run("outline", Seed.JiangsuAgreement, "-f", "json", "-o", target);

        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(File.ReadAllText(target));
        document.RootElement.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        folder.FileNames().Should().Equal("outline.json");
    }

    [Fact]
    public void Output_option_with_text_format_writes_the_plain_tree()
    {
        using var folder = new TempFolder();
        var target = folder.File("outline.txt");

        var result = CliRunner.Run("outline", SeedCorpus.PathOf(Seed.JiangsuAgreement), "--output", target);

        result.ExitCode.Should().Be(0, result.Error);
        result.Console.Should().BeEmpty();
        var text = File.ReadAllText(target);
        text.Should().NotContain("\u001b[", "a file gets no ANSI sequences");
        CliRunner.Normalize(text).Should().Be(CliRunner.Normalize(ReadExpected("outline-000.txt")),
            "a file is laid out without wrapping, and every line of the outline is shorter than the 120 columns of the expected file");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    public void Failing_read_with_output_option_leaves_no_file(string format)
    {
        using var folder = new TempFolder();
        var input = folder.WriteBytes("empty.txt", []);
        var target = folder.File("outline.out");

        var result = CliRunner.Run("outline", input, "--format", format, "--output", target);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"{input}: ").And.NotContain(StackTraceMarker);
        File.Exists(target).Should().BeFalse();
        folder.FileNames().Should().Equal("empty.txt");
        Directory.GetFiles(folder.Path, ".*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void Failing_read_with_output_option_keeps_an_existing_file()
    {
        using var folder = new TempFolder();
        var input = folder.WriteBytes("binary.txt", [0x00, 0x01, 0x02]);
        var target = folder.WriteUtf8("outline.json", "{ \"old\": true }\n");

        var result = CliRunner.Run("outline", input, "--format", "json", "--output", target);

        result.ExitCode.Should().Be(2);
        File.ReadAllText(target).Should().Be("{ \"old\": true }\n");
        folder.FileNames().Should().Equal("binary.txt", "outline.json");
    }

    [Fact]
    public void Output_into_a_missing_folder_exits_2_naming_it()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "no-such-folder", "outline.json");

        var result = CliRunner.Run("outline", Seed.JiangsuAgreement, "--format", "json", "--output", target);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("no-such-folder").And.NotContain(StackTraceMarker);
        result.Output.Should().BeEmpty();
        Directory.Exists(Path.Combine(folder.Path, "no-such-folder")).Should().BeFalse();
    }

    // ---- warnings and --strict -----------------------------------------------------------------

    private const string SkippingAgreement = "合作協議\n\n一、總則\n甲乙雙方同意加強合作。\n\n三、附則\n本協議自簽署之日起生效。\n";

    [Fact]
    public void Skipped_number_is_a_warning_with_its_line_and_exits_0()
    {
        using var folder = new TempFolder();
        var path = folder.WriteUtf8("skips.txt", SkippingAgreement);

        var result = CliRunner.Run("outline", path);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Contain("warning").And.Contain($"{path}:6: ").And.Contain("三").And.NotContain(StackTraceMarker);
        result.Console.Should().Contain("一 總則").And.Contain("三 附則");
    }

    [Fact]
    public void Skipped_number_is_listed_in_the_json_diagnostics()
    {
        using var folder = new TempFolder();
        var path = folder.WriteUtf8("skips.txt", SkippingAgreement);

        var result = CliRunner.Run("outline", path, "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Contain($"{path}:6: ");
        using var document = JsonDocument.Parse(result.Output);
        Sections(document.RootElement).Select(s => s.GetProperty("label").GetString()).Should().Equal("一", "三");
        var diagnostic = document.RootElement.GetProperty("diagnostics").EnumerateArray().Should().ContainSingle().Subject;
        diagnostic.GetProperty("line").GetInt32().Should().Be(6);
        diagnostic.GetProperty("problem").GetString().Should().Be("numberingSkipped");
    }

    [Fact]
    public void Skipped_number_with_strict_exits_2_with_its_line()
    {
        using var folder = new TempFolder();
        var path = folder.WriteUtf8("skips.txt", SkippingAgreement);
        var target = folder.File("outline.json");

        var result = CliRunner.Run("outline", path, "--strict", "--format", "json", "--output", target);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"{path}:6: ").And.Contain("skips").And.NotContain(StackTraceMarker);
        File.Exists(target).Should().BeFalse();
        folder.FileNames().Should().Equal("skips.txt");
    }

    [Fact]
    public void Repeated_number_with_strict_exits_2()
    {
        using var folder = new TempFolder();
        var path = folder.WriteUtf8("repeats.txt", "合作協議\n\n一、總則\n甲乙雙方同意加強合作。\n\n一、附則\n本協議自簽署之日起生效。\n");

        var lenient = CliRunner.Run("outline", path);
        var strict = CliRunner.Run("outline", path, "--strict");

        lenient.ExitCode.Should().Be(0, lenient.Error);
        lenient.Error.Should().Contain($"{path}:6: ");
        strict.ExitCode.Should().Be(2);
        strict.Error.Should().Contain($"{path}:6: ").And.NotContain(StackTraceMarker);
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seeds_pass_strict(string id)
    {
        var result = CliRunner.Run("outline", SeedCorpus.PathOf(id), "--strict", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Strict_fails_only_on_numbering_that_skips_or_repeats_not_on_unnumbered_text()
    {
        // --strict is documented as "Fail when numbering skips or repeats instead of warning"
        // (and AgreementReaderOptions.StrictNumbering likewise); text with no numbering neither skips nor repeats.
        using var folder = new TempFolder();
        var path = folder.WriteUtf8("letter.txt", "Dear colleagues,\nThank you for the meeting last week.\n");

        var lenient = CliRunner.Run("outline", path);
        var strict = CliRunner.Run("outline", path, "--strict");

        lenient.ExitCode.Should().Be(0, lenient.Error);
        lenient.Error.Should().Contain("warning");
        strict.ExitCode.Should().Be(0, "no numbering skips or repeats; got: " + strict.Error);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static void AssertBadInput(CliResult result, string where, string problem)
    {
        result.ExitCode.Should().Be(2, result.Error);
        result.Output.Should().BeEmpty();
        result.Console.Should().BeEmpty();
        result.Error.Should().NotContain(StackTraceMarker).And.NotContain("Exception");
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().ContainSingle();
        lines[0].Should().StartWith("agreement-diff: error: " + where).And.ContainEquivalentOf(problem);
    }

    private static JsonDocument OutlineJson(string pathOrSeed)
    {
        var result = CliRunner.Run("outline", pathOrSeed, "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        return JsonDocument.Parse(result.Output);
    }

    private static List<JsonElement> Sections(JsonElement root) =>
        root.GetProperty("clauses").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "section").ToList();

    private static JsonElement Find(JsonElement root, string path)
    {
        var found = All(root.GetProperty("clauses")).Where(c => c.GetProperty("path").GetString() == path).ToList();
        found.Should().ContainSingle($"exactly one clause has the path {path}");
        return found[0];
    }

    private static IEnumerable<JsonElement> All(JsonElement clauses)
    {
        foreach (var clause in clauses.EnumerateArray())
        {
            yield return clause;
            foreach (var child in All(clause.GetProperty("children")))
            {
                yield return child;
            }
        }
    }

    private static void AssertClauseShape(JsonElement clause, string? parentPath)
    {
        var label = clause.GetProperty("label").GetString();
        label.Should().NotBeNullOrWhiteSpace();
        var path = clause.GetProperty("path").GetString();
        path.Should().Be(parentPath is null ? label : $"{parentPath}/{label}");
        clause.GetProperty("heading").ValueKind.Should().BeOneOf(JsonValueKind.String, JsonValueKind.Null);
        clause.GetProperty("text").ValueKind.Should().Be(JsonValueKind.String);
        clause.GetProperty("kind").ValueKind.Should().Be(JsonValueKind.String);
        var children = clause.GetProperty("children");
        children.ValueKind.Should().Be(JsonValueKind.Array);
        foreach (var child in children.EnumerateArray())
        {
            AssertClauseShape(child, path);
        }
    }

    private static string ReadExpected(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Expected", name);
        File.Exists(path).Should().BeTrue($"Expected/{name} should be copied to the test output");
        return File.ReadAllText(path);
    }

    private static void AssertMatchesExpected(string name, string actual) => Expected.Matches("Expected/" + name, actual);
}
