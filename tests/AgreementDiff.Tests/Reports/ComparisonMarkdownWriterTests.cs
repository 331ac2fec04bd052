using AgreementDiff.Alignment;
using AgreementDiff.Reading;
using AgreementDiff.Reports;
using AgreementDiff.Tests.Support;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AgreementDiff.Tests.Reports;

/// <summary>The Markdown report, read back with Markdig as a Markdown reader (GitHub's strikethrough on) would read it.</summary>
public sealed class ComparisonMarkdownWriterTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseEmphasisExtras(EmphasisExtraOptions.Strikethrough).Build();

    [Fact]
    public void The_aviation_sections_report_is_as_expected()
    {
        Expected.Matches("Reports/Expected/compare-aviation.md", ComparisonMarkdownWriter.ToMarkdown(ReportSamples.Aviation));
    }

    [Fact]
    public void It_has_a_title_and_a_heading_per_section_named_by_both_headings()
    {
        var comparison = ReportSamples.Renewal;
        var document = Markdown.Parse(ComparisonMarkdownWriter.ToMarkdown(comparison), Pipeline);

        var headings = document.Descendants<HeadingBlock>().ToList();
        headings.Where(h => h.Level == 1).Select(Text).Should().Equal(ReportText.Title(comparison));
        headings.Where(h => h.Level == 2).Select(Text).Should().Equal(ComparisonSections.Of(comparison).Select(s => ReportText.Section(s.Summary)));
        headings.Select(Text).Should().Contain("§二/(三) 加強經貿投資合作 → §一 共建\"一带一路\"及商貿投資");
    }

    [Fact]
    public void Every_insertion_and_deletion_renders_even_beside_chinese_punctuation()
    {
        var document = Markdown.Parse(ComparisonMarkdownWriter.ToMarkdown(ReportSamples.Renewal), Pipeline);

        var literal = string.Concat(document.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        literal.Should().NotContain("**").And.NotContain("~~", "every marker pair must render, none stand as text");
        var emphasis = document.Descendants<EmphasisInline>().ToList();
        emphasis.Where(e => e.DelimiterChar == '~' && e.DelimiterCount == 2).Select(Text).Should().Contain(s => s.Contains("加強香港與浙江的機場合作", StringComparison.Ordinal));
        emphasis.Where(e => e.DelimiterChar == '*' && e.DelimiterCount == 2).Select(Text).Should().Contain("推動杭州機場三跑項目落實融資方案");

        // 、工業設計 is inserted after 知識產權: ** before 、 would not open, so the run is an <ins> element.
        var html = document.Descendants<HtmlInline>().Select(h => h.Tag).ToList();
        html.Should().Contain("<ins>").And.Contain("</ins>").And.Contain("<del>");
        html.Count(t => t == "<ins>").Should().Be(html.Count(t => t == "</ins>"));
        Markdown.ToHtml(ComparisonMarkdownWriter.ToMarkdown(ReportSamples.Renewal), Pipeline).Should().Contain("知識產權<ins>、工業設計</ins>、規劃設計");
    }

    [Fact]
    public void Text_with_markdown_characters_renders_as_written()
    {
        var left = AgreementReader.Parse("合作協議\n一、金融\n1. 支持 *綠色* 債券_發行。\n", "left.txt");
        var right = AgreementReader.Parse("合作協議\n一、金融\n1. 支持 *綠色* 債券_發行[試點]。\n", "right.txt");
        var markdown = ComparisonMarkdownWriter.ToMarkdown(AgreementComparer.Default.Compare(left, right));

        var document = Markdown.Parse(markdown, Pipeline);

        var item = document.Descendants<ListItemBlock>().Single(i => Text(i).Contains("§一/1", StringComparison.Ordinal));
        Text(item).Should().EndWith(": 支持 *綠色* 債券_發行[試點]。");
        Markdown.ToHtml(markdown, Pipeline).Should().Contain("債券_發行<ins>[試點]</ins>。", "** before [ would not open after a letter");
    }

    /// <summary>The text a Markdown reader shows for a block or an inline.</summary>
    private static string Text(MarkdownObject node) => node switch
    {
        LeafBlock leaf => leaf.Inline is null ? string.Empty : Text(leaf.Inline),
        ContainerBlock container => string.Concat(container.Descendants<LeafBlock>().Select(Text)),
        ContainerInline inline => string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())),
        _ => string.Empty,
    };
}
