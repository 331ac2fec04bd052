using AgreementDiff.Reports;
using AngleSharp.Html.Parser;
using Markdig;

namespace AgreementDiff.Tests.Reports;

public sealed class ComparisonHtmlWriterTests
{
    [Fact]
    public void Sections_and_both_sides_of_each_pair_are_named_by_their_headings()
    {
        var document = new HtmlParser().ParseDocument(ComparisonHtmlWriter.ToHtml(ReportSamples.Renewal));

        var trade = document.QuerySelector("section.section[data-left=\"二/(三)\"]")!;
        trade.QuerySelector("h2")!.TextContent.Should().StartWith("§二/(三) 加強經貿投資合作 → §一 共建\"一带一路\"及商貿投資");
        var pair = trade.QuerySelector("div.pair[data-left=\"二/(三)\"]")!;
        pair.QuerySelector(".side.left h3")!.TextContent.Should().Be("§二/(三) 加強經貿投資合作");
        pair.QuerySelector(".side.right h3")!.TextContent.Should().Be("§一 共建\"一带一路\"及商貿投資");
        document.QuerySelectorAll("nav a").Select(a => a.TextContent).Should().Contain("§二/(四) 加強航空領域合作 → §四 航空");
    }

    [Fact]
    public void The_summary_lists_are_those_of_the_text_and_the_markdown_reports()
    {
        var comparison = ReportSamples.Renewal;
        var document = new HtmlParser().ParseDocument(ComparisonHtmlWriter.ToHtml(comparison));
        var text = ComparisonTextWriter.SummaryLines(comparison).ToList();
        var markdown = Markdown.ToPlainText(ComparisonMarkdownWriter.ToMarkdown(comparison)).Split('\n');

        var titles = document.QuerySelectorAll("#summary h3").Select(h => h.TextContent).ToList();
        titles.Should().HaveCount(6);
        foreach (var title in titles)
        {
            text.Should().Contain(l => l.StartsWith(title + ":", StringComparison.Ordinal));
            markdown.Should().Contain(l => l.StartsWith(title + ":", StringComparison.Ordinal));
        }

        var changed = document.QuerySelectorAll("#summary h3").Single(h => h.TextContent == ReportText.ChangedSections).NextElementSibling!;
        changed.QuerySelectorAll("li").Select(li => "  " + li.TextContent).Should().Equal(
            text.SkipWhile(l => l != ReportText.ChangedSections + ":").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_match_reads_the_same_words_as_in_the_text_report()
    {
        var comparison = ReportSamples.Renewal;
        var document = new HtmlParser().ParseDocument(ComparisonHtmlWriter.ToHtml(comparison));

        var meta = document.QuerySelectorAll("div.pair").Select(p => p.QuerySelector(".meta")!.TextContent).ToList();

        meta.Should().Equal(ComparisonSections.Of(comparison).SelectMany(s => s.Items.Prepend(s.Match).OfType<AgreementDiff.Alignment.ClauseMatch>()).Select(ReportText.Describe));
        meta.Should().Contain(m => m.Contains("shared passage", StringComparison.Ordinal));
    }
}
