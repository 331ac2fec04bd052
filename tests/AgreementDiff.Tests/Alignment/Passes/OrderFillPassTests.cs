using AgreementDiff.Alignment;
using static AgreementDiff.Tests.Support.TestAgreements;

namespace AgreementDiff.Tests.Alignment.Passes;

/// <summary>Filling gaps by order: a clause is placed by where it stands only when it shares something with its counterpart, never piled onto the last match.</summary>
/// <remarks>Agreements written in the test, so each rule of the aligner is seen on its own.</remarks>
public sealed class OrderFillPassTests
{
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
    public void Clauses_trailing_the_last_match_are_not_piled_onto_it()
    {
        var right = Parse("""
            一、航空
            1. 增加來往兩地的航班，拓展客貨空運通道，推動機場合作。
            """, "right.txt");
        var two = Parse("""
            一、航空
            1. 增加來往兩地的航班，拓展客貨空運通道。
            2. 推動機場管理人員交流培訓，分享機場運營經驗。
            3. 支持航空學院開辦課程，培養飛機維修人才。
            """, "two.txt");
        var one = Parse("""
            一、航空
            1. 增加來往兩地的航班，拓展客貨空運通道。
            2. 推動機場管理人員交流培訓，分享機場運營經驗。
            """, "one.txt");

        var piled = AgreementComparer.Default.Compare(two, right);
        var lone = AgreementComparer.Default.Compare(one, right);

        // Neither trailing item shares the new item's substance, and its place alone says nothing. (A lone one used to
        // follow by order on a hand rule; the fitted join model weighs what it shares beyond the match, 推動 and 機場, too low.)
        piled.Removed.Select(c => c.Path).Should().Equal(["一/2", "一/3"]);
        lone.Removed.Select(c => c.Path).Should().Equal(["一/2"]);
    }

    [Fact]
    public void A_new_item_appended_after_the_last_match_is_added_not_joined_to_it_by_order()
    {
        var left = Parse("""
            一、航空
            1. 增加來往兩地的航班，拓展客貨空運通道。
            2. 支持香港國際航空學院為湖北機場培訓管理人員。
            二、教育
            1. 支持兩地高校開展合作辦學，擴大招收學生規模。
            2. 推動兩地中小學締結姊妹學校，加強教師交流。
            """, "left.txt");
        var right = Parse("""
            一、航空
            1. 增加來往兩地的航班，拓展客貨空運通道。
            2. 支持香港國際航空學院為湖北機場培訓管理人員。
            3. 香港國際航空學院與武漢天河機場合辦飛機維修課程，每年招收學員五十名。
            二、教育
            1. 支持兩地高校開展合作辦學，擴大招收學生規模。
            2. 推動兩地中小學締結姊妹學校，加強教師交流。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        // 3 trails the last match and shares with 2 only the academy its counterpart names too: a commitment appended to the topic.
        comparison.Added.Select(c => c.Path).Should().Equal("一/3");
        AgreementComparer.Default.Compare(right, left).Removed.Select(c => c.Path).Should().Equal("一/3");
    }
}
