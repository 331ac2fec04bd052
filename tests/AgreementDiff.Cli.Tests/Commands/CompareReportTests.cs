using AgreementDiff.Cli.Tests.Support;
using AgreementDiff.Tests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AgreementDiff.Cli.Tests.Commands;

/// <summary>The 001 → 003 comparison as HTML, written once for the tests that read it.</summary>
public sealed class ZhejiangHtmlReport
{
    private readonly Lazy<CliResult> _result = new(() => CliRunner.Run("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--format", "html"));

    internal CliResult Result => _result.Value;

    public IDocument Document => new HtmlParser().ParseDocument(Result.Output);
}

public sealed class CompareReportTests(ZhejiangHtmlReport report) : IClassFixture<ZhejiangHtmlReport>
{
    [Fact]
    public void Html_report_is_one_self_contained_chinese_page()
    {
        report.Result.ExitCode.Should().Be(1, report.Result.Error);
        var document = report.Document;

        document.DocumentElement.GetAttribute("lang").Should().Be("zh-Hant");
        document.CharacterSet.Should().Be("utf-8");
        document.QuerySelectorAll("script, link, img, iframe, object, embed").Should().BeEmpty();
        report.Result.Output.Should().NotContain("http://").And.NotContain("https://").And.NotContain("url(");
        document.QuerySelector("style")!.TextContent.Should().Contain("Noto Sans CJK TC");
    }

    [Fact]
    public void Html_report_has_a_summary_table_and_navigation_to_every_section()
    {
        var document = report.Document;

        var counts = document.QuerySelector("#summary table.counts")!;
        counts.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("th")!.TextContent).Should().Equal("Sections", "Items");
        var links = document.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")!).ToList();
        var sections = document.QuerySelectorAll("main section.section").Select(s => "#" + s.Id).ToList();
        links.Should().Equal(sections).And.HaveCountGreaterThan(10);
        document.QuerySelectorAll("[id]").Select(e => e.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Matched_pairs_stand_side_by_side_with_deletions_left_and_insertions_right()
    {
        var document = report.Document;

        var pair = document.QuerySelector("div.pair[data-right=\"四/17\"]")!;
        pair.GetAttribute("data-left").Should().Be("二/(四)/1");
        var right = pair.QuerySelector(".side.right")!;
        var left = pair.QuerySelector(".side.left")!;
        string.Concat(right.QuerySelectorAll("ins").Select(i => i.TextContent)).Should().Contain("杭州機場三跑");
        right.QuerySelectorAll("del").Should().BeEmpty();
        left.QuerySelectorAll("ins").Should().BeEmpty();
        left.QuerySelectorAll("del").Should().NotBeEmpty();
        right.TextContent.Should().Contain("推動杭州機場三跑項目落實融資方案。", "the right side is the later text in full");
    }

    [Fact]
    public void Added_clauses_are_shown_in_full()
    {
        var added = report.Document.QuerySelector("div.clause.added[data-right=\"十一/44\"]")!;

        added.QuerySelector("ins")!.TextContent.Length.Should().BeGreaterThan(20);
        report.Document.QuerySelectorAll("div.clause.removed").Should().NotBeEmpty();
    }

    [Fact]
    public void Text_that_differs_only_in_script_is_marked_as_such()
    {
        var left = CliRunner.Run("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--section", "(九)", "--against", "九", "--format", "html");
        var document = new HtmlParser().ParseDocument(left.Output);

        // 001 writes 衞生 and 003 衛生: equal after folding, shown as a spelling difference, not as a change.
        var marked = document.QuerySelectorAll("span.script").Where(s => s.ParentElement!.ParentElement!.ClassList.Contains("side")).ToList();
        marked.Should().NotBeEmpty();
        marked.Should().Contain(s => s.TextContent.Contains('衛') || s.TextContent.Contains('衞'));
        document.QuerySelectorAll(".badge.script").Should().NotBeEmpty();
    }

    [Fact]
    public void Html_report_encodes_text_and_writes_the_same_bytes_to_a_file()
    {
        using var folder = new TempFolder();
        var target = folder.File("report.html");

        var result = CliRunner.Run("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--format", "html", "--output", target);

        result.ExitCode.Should().Be(1);
        File.ReadAllText(target).Should().Be(report.Result.Output);
        folder.FileNames().Should().Equal("report.html");
        report.Document.QuerySelector("h1")!.TextContent.Should().Contain("\"浙港合作會議\"", "quotes in titles are encoded and decode back");
    }
}

public sealed class DefaultRunTests
{
    [Fact]
    public void Bare_agreement_diff_compares_the_embedded_renewal_summary_first_then_hints_at_the_commands()
    {
        var result = CliRunner.RunWithWidth(2000);

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().BeEmpty();
        var lines = CliRunner.Normalize(result.Console).Split('\n');
        lines[0].Should().Contain("(2023-06-26) →").And.EndWith("(2025-04-24)");
        lines[1].Should().StartWith("Sections:");
        Array.FindIndex(lines, l => l.StartsWith("New sections:", StringComparison.Ordinal)).Should().BeLessThan(Array.FindIndex(lines, l => l.StartsWith("§二/(四) 加強航空領域合作 → §四 航空", StringComparison.Ordinal)));
        lines[^1].Should().Contain(Seed.ZhejiangAgreement).And.Contain(Seed.ZhejiangMemorandum).And.Contain("matrix").And.Contain("show");
    }

    [Fact]
    public void Bare_run_gives_the_same_comparison_as_compare_of_the_two_seeds()
    {
        var bare = CliRunner.Run("--format", "json");
        var explicitly = CliRunner.Run("compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--format", "json");

        bare.ExitCode.Should().Be(1, bare.Error);
        bare.Output.Should().Be(explicitly.Output);
    }

    [Fact]
    public void Side_by_side_shows_two_columns_on_a_wide_console()
    {
        var result = CliRunner.RunWithWidth(160, "compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--section", "(四)", "--against", "四", "--side-by-side");

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().BeEmpty();
        var row = CliRunner.Normalize(result.Console).Split('\n').First(l => l.Contains("│", StringComparison.Ordinal) && l.Contains("§四/17", StringComparison.Ordinal));
        row.Should().StartWith("│ §二/(四)/1").And.Contain("│ §四/17");
        row.Should().Contain("推動杭州機場三跑項目落實融資方案。", "the later text stands in full in its own column");
    }

    [Fact]
    public void Side_by_side_on_a_narrow_console_warns_and_shows_changes_inline()
    {
        var result = CliRunner.RunWithWidth(60, "compare", Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, "--section", "(四)", "--against", "四", "--side-by-side");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("agreement-diff: warning: --side-by-side needs a console 100 columns wide");
        result.Console.Should().NotContain("│");
    }
}
