using AgreementDiff.Alignment;
using AgreementDiff.Corpus;
using AgreementDiff.Diff;
using AgreementDiff.Reading;
using AgreementDiff.Reports;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Docs;

/// <summary>The README's examples, run and checked here; <see cref="DocumentationSnippetTests"/> checks the README shows them verbatim.</summary>
public class ReadmeExampleTests
{
    private readonly string seeds = SeedCorpus.Folder;

    [Fact]
    public void Compare_example_finds_what_the_renewal_added_and_why_the_air_route_item_matched()
    {
        var lines = new List<string>();
        void Print(string line) => lines.Add(line);

        #region compare
        Agreement left = AgreementReader.ReadFile(Path.Combine(seeds, "001_6550e1953cce7fcb.txt"));
        Agreement right = AgreementReader.ReadFile(Path.Combine(seeds, "003_d3597f6f93c1a750.txt"));
        AgreementComparison comparison = AgreementComparer.Default.Compare(left, right);
        foreach (Clause added in comparison.Added)                 // 十一 住房安居, 十一/44 … 十一/47, …
            Print($"new: {added.Path} {added.Heading}");
        ClauseMatch air = comparison.Matches.Single(m => m.Left.Path == "二/(四)/1" && m.Right.Path == "四/17");
        foreach (TextEdit edit in air.Edits.Where(e => e.Kind == EditKind.Insert))
            Print($"+ {edit.RightText} at {edit.RightOffset}");  // 推動杭州機場三跑項目落實融資方案 …
        foreach (ScoreContribution why in air.Explanation.Evidence.Take(3))
            Print($"{why.Feature} = {why.Value} × {why.Weight}");  // the fitted scorer's reasons
        var legal = AgreementComparer.Default.CompareClauses(left["(十二)"], right["五"]);   // two chosen clauses
        var pinned = new AgreementComparer(new ComparisonOptions { Pins = [PinnedPair.Parse("二/(四)/1=四/16")] });
        var laws = new AgreementComparer(new ComparisonOptions { Terms = AlignmentTerms.Both });   // bigrams and SmartCn words
        #endregion

        lines.Should().Contain("new: 十一 住房安居");
        lines.Should().Contain(l => l.StartsWith("+ ", StringComparison.Ordinal) && l.Contains("杭州機場三跑", StringComparison.Ordinal));
        lines.Count(l => l.Contains(" × ", StringComparison.Ordinal)).Should().Be(3);
        legal.Matches.Should().Contain(m => m.Left.Path == "二/(十二)/1" && m.Right.Path == "五/20");
        pinned.Compare(left, right).Matches.Should().Contain(m => m.Left.Path == "二/(四)/1" && m.Right.Path == "四/16");
        laws.Compare(left, right).Matches.Should().Contain(m => m.Left.Path == "二/(四)/1" && m.Right.Path == "四/17");
    }

    [Fact]
    public void Reports_example_writes_every_format_and_marks_the_text_its_own_way()
    {
        var lines = new List<string>();
        void Print(string line) => lines.Add(line);
        Agreement left = AgreementReader.ReadFile(Path.Combine(seeds, "001_6550e1953cce7fcb.txt"));
        Agreement right = AgreementReader.ReadFile(Path.Combine(seeds, "003_d3597f6f93c1a750.txt"));
        AgreementComparison comparison = AgreementComparer.Default.Compare(left, right);

        #region reports
        string text = ComparisonTextWriter.ToText(comparison);            // {+inserted+} and [-deleted-]
        string markdown = ComparisonMarkdownWriter.ToMarkdown(comparison);
        string html = ComparisonHtmlWriter.ToHtml(comparison);
        foreach (string line in ComparisonTextWriter.SummaryLines(comparison, new Guillemets()))
            Print(line);                                                  // «§十一 住房安居» (4 items)
        string topics = MatrixMarkdownWriter.ToMarkdown(TopicMatrix.Build([left, right]));
        string pair = ReportText.Pair(left["(四)"], right["四"]);          // §二/(四) 加強航空領域合作 → §四 航空
        #endregion

        text.Should().Contain("{+§十一 住房安居+} (4 items)");
        markdown.Should().Contain("## §二/(四) 加強航空領域合作 → §四 航空");
        html.Should().StartWith("<!DOCTYPE html>");
        lines.Should().Contain("  «§十一 住房安居» (4 items)");
        topics.Should().Contain("| 住房安居 |  | 十一 住房安居 |");
        pair.Should().Be("§二/(四) 加強航空領域合作 → §四 航空");
    }

    #region reports-markup
    sealed class Guillemets : TextMarkup
    {
        public override string Inserted(string text) => $"«{text}»";
        public override string Deleted(string text) => $"‹{text}›";
    }
    #endregion
}
