using AgreementDiff.Alignment;
using AgreementDiff.Dictionaries.CcCedict;
using AgreementDiff.Reports;
using AgreementDiff.Tests.Support;
using AgreementDiff.Tests.Support.Evaluation;

namespace AgreementDiff.Tests.Reports;

/// <summary>The analyst's view of a law's revision (renumbered runs named once) and of an English release against its Chinese agreement (side by side), in every format.</summary>
public sealed class RevisionReportTests
{
    private static readonly Lazy<AgreementComparison> Revision = new(() =>
    {
        // A revision that inserted articles: the later articles kept their order and shifted their numbers.
        var pair = EvaluationSets.Laws.Single(p => p.Name == "supervision-2018__supervision-2024");
        return AgreementComparer.Default.Compare(pair.Documents.Left, pair.Documents.Right);
    });

    private static readonly Lazy<AgreementComparison> Release = new(() =>
        new AgreementComparer(new ComparisonOptions { Lexicon = CcCedict.Lexicon }).Compare(SeedCorpus.Read(Seed.JiangsuPressReleaseEnglish), SeedCorpus.Read(Seed.JiangsuAgreement)));

    [Fact]
    public void Each_renumbered_run_is_named_once_in_the_summary_and_its_unchanged_articles_are_not_listed_one_by_one()
    {
        var comparison = Revision.Value;
        var runs = comparison.Summary.Renumbered;
        runs.Should().NotBeEmpty();
        var lines = ComparisonTextWriter.Lines(comparison).ToList();

        var title = lines.IndexOf(ReportText.Renumbered + ":");
        title.Should().BePositive();
        lines.Skip(title + 1).Take(runs.Count).Should().Equal(runs.Select(r => "  " + r));
        foreach (var run in runs)
        {
            lines.Should().ContainSingle(l => l.StartsWith($"{run.LeftRange} → {run.RightRange} · renumbered, ", StringComparison.Ordinal));
        }

        // No unchanged pair of a run has a line of its own; the reworded ones still do.
        var collapsed = comparison.Matches.Where(m => m.Role == ClauseRole.Section && m.Change == ChangeKind.Unchanged && !m.TextChanged && m.Left.Number != m.Right.Number).ToList();
        collapsed.Should().NotBeEmpty();
        lines.Should().NotContain(l => collapsed.Any(m => l.StartsWith(ReportText.Pair(m.Left, m.Right) + " · ", StringComparison.Ordinal)));
        lines.Count(l => l.Length > 0 && !l.StartsWith(' ')).Should().BeLessThan(comparison.Summary.BySection.Count, "the runs stand for many sections");
    }

    [Fact]
    public void A_section_that_kept_its_number_under_another_heading_is_never_folded_into_a_run()
    {
        // Sections numbered afresh under each group: 一's shift after an insertion, 二's keep their numbers.
        const string before = "合作協議\n\n一、經貿合作\n\n（一）推進金融合作，加強兩地金融機構往來。\n\n1.制定金融合作年度計劃。\n\n（二）推進科技合作，共建聯合實驗室和研發平台。\n\n1.設立科技創新聯合基金。\n\n（三）推進教育合作，擴大兩地學生交流規模。\n\n1.增加交換生名額。\n\n二、人文交流\n\n（一）加強文化交流，舉辦藝術節和展覽。\n\n1.互派文藝團體演出。\n\n（二）推進旅遊合作，共同開發旅遊線路。\n\n1.聯合推廣旅遊產品。\n\n（三）加強體育交流，舉辦青少年體育比賽。\n\n1.共建體育訓練基地。\n";
        const string after = "合作備忘錄\n\n一、經貿合作\n\n（一）深化航運物流合作，開通新航線。\n\n1.開通兩地貨運航線。\n\n（二）推進金融合作，加強兩地金融機構往來。\n\n1.制定金融合作年度計劃。\n\n（三）推進科技合作，共建聯合實驗室和研發平台。\n\n1.設立科技創新聯合基金。\n\n（四）推進教育合作，擴大兩地學生交流規模。\n\n1.增加交換生名額。\n\n二、人文交流\n\n（一）加強文化交流，舉辦藝術節和展覽。\n\n1.互派文藝團體演出。\n\n（二）推進旅遊合作，共同開發旅遊線路。\n\n1.聯合推廣旅遊產品。\n\n（三）加強體育交流，舉辦青少年體育比賽。\n\n1.共建體育訓練基地。\n";
        var comparison = AgreementComparer.Default.Compare(AgreementDiff.Reading.AgreementReader.Parse(before, "a.txt"), AgreementDiff.Reading.AgreementReader.Parse(after, "b.txt"));
        var run = comparison.Summary.Renumbered.Should().ContainSingle().Subject;
        run.Pairs.Should().Be(3);

        var lines = ComparisonTextWriter.Lines(comparison).ToList();

        lines.Should().ContainSingle(l => l.StartsWith($"{run.LeftRange} → {run.RightRange} · renumbered, 3 unchanged", StringComparison.Ordinal));
        foreach (var kept in comparison.Matches.Where(m => m.Role == ClauseRole.Section && m.Left.Path.StartsWith("二/", StringComparison.Ordinal)))
        {
            lines.Should().Contain(l => l.Contains(ReportText.Pair(kept.Left, kept.Right) + " · ", StringComparison.Ordinal), $"{kept.Left.Path} kept its number");
        }
    }

    [Fact]
    public void Markdown_and_HTML_name_the_runs_as_the_text_does()
    {
        var comparison = Revision.Value;
        var markdown = ComparisonMarkdownWriter.ToMarkdown(comparison);
        var html = ComparisonHtmlWriter.ToHtml(comparison);

        foreach (var run in comparison.Summary.Renumbered)
        {
            var range = $"{run.LeftRange} → {run.RightRange}";
            markdown.Should().Contain("- " + run).And.Contain("## " + range);
            html.Should().Contain(range + ", renumbered;").And.Contain($"<h2>{range}</h2>");
        }
    }

    [Fact]
    public void A_match_across_languages_shows_the_two_texts_side_by_side_and_the_terms_that_linked_them()
    {
        var comparison = Release.Value;
        var finance = comparison.Matches.Single(m => m.Left.Heading == "Finance");
        finance.CrossLingual.Should().BeTrue();

        var line = ComparisonTextWriter.Lines(comparison).Single(l => l.StartsWith(ReportText.Pair(finance.Left, finance.Right) + " · ", StringComparison.Ordinal));
        line.Should().Contain("across languages").And.Contain("Finance ↔ 金融").And.Contain(" ⇄ ");
        line.Should().NotContain("{+").And.NotContain("[-", "nothing was inserted or deleted: the texts are in two languages");
        ComparisonTextWriter.Later(finance).Should().StartWith(finance.Right.Content[..10]);

        var html = ComparisonHtmlWriter.ToHtml(comparison);
        var section = html[html.IndexOf($"data-left=\"{finance.Left.Path}\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        section.Should().Contain("across languages").And.Contain("金融市場").And.NotContain("<ins>").And.NotContain("<del>").And.NotContain("modified");
    }
}
