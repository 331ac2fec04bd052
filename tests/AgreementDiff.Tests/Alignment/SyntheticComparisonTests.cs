using AgreementDiff.Alignment;
using AgreementDiff.Reading;

namespace AgreementDiff.Tests.Alignment;

/// <summary>Agreements written in the test, so each rule of the aligner is seen on its own.</summary>
public sealed class SyntheticComparisonTests
{
    private static Agreement Parse(string text, string name) => AgreementReader.Parse(text, name);

    [Fact]
    public void Clauses_sharing_only_generic_words_are_not_equivalent()
    {
        var left = Parse("""
            一、金融
            支持兩地金融機構合作交流，推動證券市場互聯互通，擴大債券發行規模。
            二、教育
            支持兩地學校合作交流，推動締結姊妹學校，擴大招收學生規模。
            三、醫療
            支持兩地醫院合作交流，推動中醫藥標準化，加強傳染病防控。
            """, "left.txt");
        var right = Parse("""
            一、金融
            支持兩地金融機構合作交流，推動證券市場互聯互通，擴大綠色債券發行規模。
            二、住房
            支持兩地合作交流，推動智慧屋邨管理，建設低碳房屋。
            三、醫療
            支持兩地醫院合作交流，推動中醫藥國際標準化，加強傳染病防控。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        comparison.Matches.Select(m => (m.Left.Path, m.Right.Path)).Should().BeEquivalentTo([("一", "一"), ("三", "三")]);
        comparison.Added.Select(c => c.Path).Should().Equal("二");
        comparison.Removed.Select(c => c.Path).Should().Equal("二");
    }

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
    public void An_item_divided_in_two_is_reported_as_a_split_not_a_match_and_an_addition()
    {
        var left = Parse("""
            一、航空
            1. 推動杭州機場三跑項目落實融資方案，並推動義烏機場恢復香港航線，加密杭寧溫三大機場的香港航線。
            2. 透過香港國際航空學院向機場人員提供培訓課程。
            """, "left.txt");
        var right = Parse("""
            一、航空
            1. 推動杭州機場三跑項目落實融資方案。
            2. 推動義烏機場恢復香港航線，加密杭寧溫三大機場的香港航線。
            3. 透過香港國際航空學院向機場人員提供培訓課程。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        var split = comparison.Matches.Where(m => m.Left.Path == "一/1").ToList();
        split.Select(m => m.Right.Path).Should().BeEquivalentTo(["一/1", "一/2"]);
        split.Should().OnlyContain(m => m.Change == ChangeKind.Split);
        comparison.Added.Should().BeEmpty();
    }

    [Fact]
    public void A_trailing_item_sharing_no_term_with_its_neighbours_is_not_placed_by_order()
    {
        var left = Parse("""
            一、航空
            1. 增加來往兩地的航班，拓展客貨空運通道。
            2. 透過國際航空學院向機場人員提供培訓課程。
            """, "left.txt");
        var right = Parse("""
            一、航空
            1. 增加來往兩地的航班，拓展客貨空運通道。
            2. 透過國際航空學院向機場人員提供培訓課程。
            3. 推進低空經濟無人機試點。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        comparison.Added.Select(c => c.Path).Should().Equal("一/3");
    }

    [Fact]
    public void The_threshold_is_an_option_and_is_validated()
    {
        var act = () => new AgreementComparer(new ComparisonOptions { Threshold = 1.5 });

        act.Should().Throw<ArgumentOutOfRangeException>();
        var left = Parse("一、旅遊\n聯合開發旅遊產品線路，舉辦旅遊節會，邀請媒體記者參加推廣活動。\n", "left.txt");
        var right = Parse("一、旅遊\n聯合開發旅遊產品線路，舉辦旅遊節會，邀請網紅達人參加推廣活動。\n", "right.txt");
        AgreementComparer.Default.Compare(left, right).Matches.Should().ContainSingle("the reworded clause passes the default threshold");
        new AgreementComparer(new ComparisonOptions { Threshold = 0.99 }).Compare(left, right).Matches.Should().BeEmpty("a stricter threshold turns it into removed and added");
    }
}
