using AgreementDiff.Reports;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Reports;

public sealed class ComparisonTextWriterTests
{
    [Fact]
    public void The_aviation_sections_report_is_as_expected()
    {
        Expected.Matches("Reports/Expected/compare-aviation.txt", ComparisonTextWriter.ToText(ReportSamples.Aviation));
    }

    [Fact]
    public void Matched_sections_are_named_by_both_headings_in_the_summary_and_in_the_details()
    {
        var lines = ComparisonTextWriter.Lines(ReportSamples.Renewal).ToList();

        lines.Should().Contain("  §二/(三) 加強經貿投資合作 → §一 共建\"一带一路\"及商貿投資: 2 modified, 4 merged, 2 added, 2 removed");
        lines.Should().Contain(l => l.StartsWith("§二/(三) 加強經貿投資合作 → §一 共建\"一带一路\"及商貿投資 · moved", StringComparison.Ordinal));
        lines.Should().Contain("  {+§十一 住房安居+} (4 items)");
    }

    [Fact]
    public void Lines_are_whole_however_long()
    {
        var text = ComparisonTextWriter.ToText(ReportSamples.Renewal);

        text.Split('\n').Should().Contain("Items: 1 unchanged, 16 modified, 2 moved, 9 split, 4 merged, 21 added, 15 removed.");
        text.Split('\n').Max(l => l.Length).Should().BeGreaterThan(500, "a clause's changes stand on one line");
        text.Should().EndWith("\n").And.NotContain("\r");
    }

    [Fact]
    public void The_summary_leads_and_each_section_follows_after_a_blank_line()
    {
        var comparison = ReportSamples.Renewal;
        var summary = ComparisonTextWriter.SummaryLines(comparison).ToList();
        var lines = ComparisonTextWriter.Lines(comparison).ToList();

        lines.Take(summary.Count).Should().Equal(summary);
        lines.Count(l => l.Length == 0).Should().Be(ComparisonSections.Of(comparison).Count);
        summary.Should().Contain(["New sections:", "Sections with no counterpart:", "Matched sections with changed items:", "Numbers and dates changed:"]);
        summary.Should().Contain(l => l.StartsWith("Named initiatives added: {+", StringComparison.Ordinal));
    }

    [Fact]
    public void A_host_marks_the_text_its_own_way()
    {
        var lines = ComparisonTextWriter.Lines(ReportSamples.Aviation, new AngleMarkup()).ToList();

        lines.Should().Contain("<§二/(四) 加強航空領域合作 → §四 航空> · modified, pinned, score 0.11 <del>加強航空領域合作</del><ins>航空</ins>");
        lines.Should().Contain(l => l.StartsWith("- §四/16 · new: <ins>", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_side_of_a_pair_is_its_clause_in_full_with_its_own_edits_marked()
    {
        foreach (var match in ReportSamples.Renewal.Matches)
        {
            ComparisonTextWriter.Earlier(match, Unmarked.Instance).Should().Be(match.Left.Content.Length > 0 ? match.Left.Content : match.Left.Label);
            ComparisonTextWriter.Later(match, Unmarked.Instance).Should().Be(match.Right.Content.Length > 0 ? match.Right.Content : match.Right.Label);
        }

        var air = ReportSamples.Renewal.Matches.Single(m => m.Left.Path == "二/(四)/1" && m.Right.Path == "四/17");
        ComparisonTextWriter.Later(air).Should().Contain("{+").And.NotContain("[-");
        ComparisonTextWriter.Earlier(air).Should().Contain("[-").And.NotContain("{+");
    }

    /// <summary>Marks as a host might: HTML-like insertions and deletions, names in angle brackets, items as a list.</summary>
    private sealed class AngleMarkup : TextMarkup
    {
        public override string Indent => "- ";

        public override string Inserted(string text) => $"<ins>{text}</ins>";

        public override string Deleted(string text) => $"<del>{text}</del>";

        public override string Strong(string text) => $"<{text}>";
    }

    /// <summary>Marks nothing, so a side reads as its clause.</summary>
    private sealed class Unmarked : TextMarkup
    {
        public static readonly Unmarked Instance = new();

        public override string Inserted(string text) => text;

        public override string Deleted(string text) => text;
    }
}
