using System.Text.Json;
using AgreementDiff.Alignment;
using AgreementDiff.Reading;
using AgreementDiff.Reports;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Reports;

public sealed class ReportTextTests
{
    [Fact]
    public void A_pair_is_named_by_both_paths_and_both_headings()
    {
        var match = ReportSamples.Renewal.Matches.Single(m => m.Role == ClauseRole.Section && m.Left.Path == "二/(三)");

        ReportText.Pair(match.Left, match.Right).Should().Be("§二/(三) 加強經貿投資合作 → §一 共建\"一带一路\"及商貿投資");
    }

    [Fact]
    public void A_clause_is_named_by_its_path_and_its_heading_once()
    {
        var memorandum = ReportSamples.Renewal.Right;
        var release = SeedCorpus.Read(Seed.ZhejiangPressRelease);

        ReportText.Clause(memorandum["四"]).Should().Be("§四 航空");
        ReportText.Clause(memorandum["四/17"]).Should().Be("§四/17", "an item has no heading");
        var unnumbered = release.Clauses.First(c => c.Style == NumberingStyle.Underlined);
        ReportText.Clause(unnumbered).Should().Be("§" + unnumbered.Label, "an unnumbered heading is its own label");
    }

    [Fact]
    public void An_agreement_is_named_by_its_title_and_the_date_it_was_signed()
    {
        var comparison = ReportSamples.Aviation;

        ReportText.Title(comparison.Left).Should().Be("香港特別行政區政府、浙江省人民政府共同推進高質量發展合作協議 (2023-06-26)");
        ReportText.Title(comparison).Should().Be(
            "香港特別行政區政府、浙江省人民政府共同推進高質量發展合作協議 (2023-06-26) §二/(四) → 浙港高層會晤暨\"浙港合作會議\"第一次會議合作備忘錄 (2025-04-24) §四");
        ReportText.Title(AgreementReader.Parse("一、總則\n雙方同意。\n", "untitled.txt")).Should().Be("untitled.txt", "with no title and no date, the file names it");
    }

    [Fact]
    public void A_match_is_described_by_its_change_rewording_script_basis_and_score()
    {
        var moved = ReportSamples.Renewal.Matches.First(m => m.Change == ChangeKind.Moved && m.TextChanged && m.Explanation.Basis == MatchBasis.Content);
        var pinned = ReportSamples.Aviation.Matches.Single(m => m.Role == ClauseRole.Section);

        ReportText.Describe(moved).Should().MatchRegex(@"^moved, reworded, (script differs, )?score \d\.\d\d$");
        ReportText.Describe(pinned).Should().Be("modified, pinned, score " + pinned.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_json_writes_the_change_kinds_and_bases_the_vocabulary_defines()
    {
        var comparison = ReportSamples.Renewal;
        using var json = JsonDocument.Parse(ComparisonJsonWriter.ToJson(comparison));

        var written = json.RootElement.GetProperty("matches").EnumerateArray()
            .Select(m => (m.GetProperty("change").GetString(), m.GetProperty("explanation").GetProperty("basis").GetString())).ToList();

        written.Should().Equal(comparison.Matches.Select(m => ((string?)ReportText.Change(m.Change), (string?)ReportText.BasisToken(m.Explanation.Basis))));
        written.Select(w => w.Item2).Should().Contain(["content", "passage"]);
    }

    [Fact]
    public void Every_change_kind_and_basis_has_its_words()
    {
        Enum.GetValues<ChangeKind>().Select(ReportText.Change).Should().OnlyHaveUniqueItems().And.BeSubsetOf(ReportText.CountNames);
        Enum.GetValues<MatchBasis>().Select(ReportText.BasisToken).Should().OnlyHaveUniqueItems();
        Enum.GetValues<MatchBasis>().Where(b => b != MatchBasis.Content).Select(ReportText.Basis).Should().OnlyHaveUniqueItems().And.NotContainNulls();
    }

    [Fact]
    public void Counts_name_what_is_not_zero()
    {
        ReportText.Counts(new ChangeCounts(0, 9, 6, 0, 0, 2, 1)).Should().Be("9 modified, 6 moved, 2 added, 1 removed");
        ReportText.Counts(new ChangeCounts(0, 0, 0, 0, 0, 0, 0)).Should().Be("none");
        ReportText.Items(1).Should().Be("1 item");
    }
}
