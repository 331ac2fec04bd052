using AgreementDiff.Alignment;
using static AgreementDiff.Tests.Support.TestAgreements;

namespace AgreementDiff.Tests.Alignment.Classification;

/// <summary>Matched clauses that changed place are reported moved, within a section or across sections, whichever agreement comes first.</summary>
/// <remarks>Agreements written in the test, so each rule of the aligner is seen on its own.</remarks>
public sealed class ChangeKindTests
{
    [Fact]
    public void Reordered_and_renumbered_sections_are_found_and_reported_as_moved()
    {
        var left = Parse("""
            一、航空
            增加來往兩地的航班，拓展客貨空運通道，推動機場管理人員交流培訓。
            二、法律
            支持律師事務所合夥聯營，推動仲裁裁決相互執行，建立調解機構對接機制。
            三、旅遊
            聯合開發旅遊產品線路，舉辦旅遊節會，邀請媒體記者參加推廣活動。
            """, "left.txt");
        var right = Parse("""
            一、法律和爭議解決
            支持律師事務所合夥聯營，推動仲裁裁決相互執行，建立調解機構對接機制。
            二、旅遊
            聯合開發旅遊產品線路，舉辦旅遊節會，邀請網紅達人參加推廣活動。
            三、航空
            增加來往兩地的航班，拓展客貨空運通道，推動機場管理人員交流培訓。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        comparison.Matches.Select(m => (m.Left.Path, m.Right.Path)).Should().BeEquivalentTo([("一", "三"), ("二", "一"), ("三", "二")]);
        comparison.Matches.Single(m => m.Left.Path == "一").Change.Should().Be(ChangeKind.Moved);
        comparison.Matches.Single(m => m.Left.Path == "三").Change.Should().Be(ChangeKind.Modified);
        comparison.Added.Should().BeEmpty();
        comparison.Removed.Should().BeEmpty();
    }

    [Fact]
    public void An_item_moved_to_another_section_is_matched_across_sections()
    {
        var left = Parse("""
            一、經貿
            1. 支持港資企業落戶，定期開展招商引資活動。
            2. 推動建築工程專業人員資格互認，開展建築行業人才培訓。
            二、人才
            1. 完善人才交流便利化政策，鼓勵高校科研機構建立合作關係。
            """, "left.txt");
        var right = Parse("""
            一、經貿
            1. 支持港資企業落戶，定期開展招商引資活動。
            二、人才
            2. 完善人才交流便利化政策，鼓勵高校科研機構建立合作關係。
            3. 推動建築工程專業人員資格互認，開展建築行業人才培訓。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        var moved = comparison.Matches.Should().ContainSingle(m => m.Left.Path == "一/2").Subject;
        moved.Right.Path.Should().Be("二/3");
        moved.Change.Should().Be(ChangeKind.Moved);
        moved.TextChanged.Should().BeFalse();
    }

    [Fact]
    public void Two_items_that_swapped_places_are_both_moved_whichever_agreement_comes_first()
    {
        var left = Parse("""
            一、航空
            1. 增加來往兩地的航班，拓展客貨空運通道。
            2. 透過國際航空學院向機場人員提供培訓課程。
            3. 推動杭州機場三跑項目落實融資方案。
            """, "left.txt");
        var right = Parse("""
            一、航空
            1. 透過國際航空學院向機場人員提供培訓課程。
            2. 增加來往兩地的航班，拓展客貨空運通道。
            3. 推動杭州機場三跑項目落實融資方案。
            """, "right.txt");

        foreach (var (a, b) in new[] { (left, right), (right, left) })
        {
            var items = AgreementComparer.Default.Compare(a, b).Matches.Where(m => m.Role == ClauseRole.Item).ToDictionary(m => m.Left.Path, m => m.Change);
            items.Should().Equal(new Dictionary<string, ChangeKind> { ["一/1"] = ChangeKind.Moved, ["一/2"] = ChangeKind.Moved, ["一/3"] = ChangeKind.Unchanged });
        }
    }
}
