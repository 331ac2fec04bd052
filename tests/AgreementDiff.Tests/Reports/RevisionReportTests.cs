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
