using AgreementDiff.Alignment;
using static AgreementDiff.Tests.Support.TestAgreements;

namespace AgreementDiff.Tests.Alignment.Passes;

/// <summary>Numbered items against running text: the text covers each item it restates, and the links mirror when the agreements are swapped.</summary>
/// <remarks>Agreements written in the test, so each rule of the aligner is seen on its own.</remarks>
public sealed class RunningTextPassTests
{
    [Fact]
    public void A_summary_in_running_text_covers_each_item_it_restates_and_no_other()
    {
        var left = Parse("""
            一、教育
            1. 鼓勵兩地學校締結姊妹學校，促進兩地師生交流。組織教師到對方學校觀課交流，分享課程設計經驗和課堂教學方法。
            2. 支持兩地職業學校開展學生聯合培養、校企合作等項目，共建實訓基地。
            3. 推動高等院校合作辦學，擴大招收對方學生的規模。
            """, "left.txt");
        var right = Parse("""
            教育
            雙方同意鼓勵兩地學校締結姊妹學校，促進兩地師生交流；推動高等院校合作辦學，擴大招收對方學生的規模。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        comparison.Matches.Where(m => m.Role == ClauseRole.Item).Select(m => m.Left.Path).Should().BeEquivalentTo(["一/1", "一/3"]);
        comparison.Removed.Select(c => c.Path).Should().Equal("一/2");
    }

    [Fact]
    public void An_item_restated_under_another_topic_of_running_text_is_linked_to_that_text()
    {
        var left = Parse("""
            一、教育
            鼓勵兩地學校締結姊妹學校，開展師生交流。實施“香港大學生山東暑期實習計劃”，每年安排香港大學生到山東企業、機構實習。支持高校聯合培養研究生。
            二、青年
            支持香港青年在魯創業，建設青年創新創業基地，提供辦公場地租金減免。
            三、旅遊
            聯合開發一程多站旅遊產品，共同舉辦旅遊推介會。
            """, "left.txt");
        var right = Parse("""
            一、教育
            1. 鼓勵兩地學校締結姊妹學校，開展師生交流及教師培訓。
            2. 支持高校聯合培養研究生，互認學分。
            二、青年
            3. 支持香港青年在瓊創業，建設青年創新創業基地，提供辦公場地租金減免。
            4. 實施“香港大學生海南暑期實習計劃”，每年安排香港大學生到海南企業、機構實習。
            三、旅遊
            5. 聯合開發一程多站旅遊產品，共同舉辦旅遊推介會，實現優勢互補。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        // The internship scheme is stated under education on one side and listed under youth on the other.
        var moved = comparison.Matches.Where(m => m.Right.Path == "二/4").Should().ContainSingle().Subject;
        moved.Left.Path.Should().Be("一");
        moved.Explanation.Basis.Should().Be(MatchBasis.RunningText);
        comparison.Added.Should().BeEmpty();

        // The items a section of running text restates make it their summary, not a split of the section it matches.
        comparison.Matches.Where(m => m.Role == ClauseRole.Section).Should().OnlyContain(m => m.Change == ChangeKind.Modified);
    }

    [Fact]
    public void Items_against_running_text_under_chapters_give_the_mirror_when_the_agreements_are_swapped()
    {
        var a = Parse("""
            第一章 經濟合作
            一、金融
            （一）支持兩地金融機構互設分支機構，擴大跨境人民幣業務試點範圍。
            （二）推動綠色債券在港發行，支持企業赴港上市融資。
            二、貿易
            （一）舉辦投資推介活動，吸引港資企業落戶。
            （二）支持企業參加進口博覽會，拓展海外市場。
            第二章 社會合作
            三、教育
            （一）鼓勵兩地學校締結姊妹學校，開展師生交流。
            （二）支持高校聯合培養研究生，互認學分。
            四、醫療
            （一）支持兩地醫院合作交流，推動中醫藥標準化。
            （二）加強傳染病防控合作，建立疫情通報機制。
            """, "a.txt");
        var b = Parse("""
            第一章 經濟合作
            一、金融
            支持兩地金融機構互設分支機構，擴大跨境人民幣業務試點範圍，探索數字人民幣跨境支付。
            二、貿易
            （一）舉辦投資推介活動，吸引港資企業落戶，設立一站式服務中心。
            （二）支持企業參加進口博覽會，拓展海外市場及跨境電商。
            第二章 社會合作
            三、教育
            鼓勵兩地學校締結姊妹學校，開展師生交流及教師培訓。
            四、醫療
            （一）支持兩地醫院合作交流，推動中醫藥國際標準化。
            （二）加強傳染病防控合作，建立疫情通報及聯防聯控機制。
            """, "b.txt");

        var forward = AgreementComparer.Default.Compare(a, b).Matches.Select(m => (m.Left.Path, m.Right.Path, m.Change));
        var backward = AgreementComparer.Default.Compare(b, a).Matches.Select(m => (m.Right.Path, m.Left.Path, Mirror(m.Change)));

        forward.Should().BeEquivalentTo(backward);
        forward.Should().Contain(("第一章/一/(一)", "第一章/一", ChangeKind.Modified), "an item summarised by the running text its section is matched to has not moved");

        static ChangeKind Mirror(ChangeKind kind) => kind switch { ChangeKind.Split => ChangeKind.Merged, ChangeKind.Merged => ChangeKind.Split, _ => kind };
    }

    [Fact]
    public void A_threshold_of_zero_compares_items_against_running_text_without_failing()
    {
        var left = Parse("""
            一、金融
            （一）支持兩地金融機構互設分支機構，擴大跨境人民幣業務試點範圍。
            （二）合作。
            二、貿易
            （一）舉辦投資推介活動，吸引港資企業落戶。
            """, "left.txt");
        var right = Parse("""
            一、金融
            支持兩地金融機構互設分支機構，擴大跨境人民幣業務試點範圍。
            二、貿易
            舉辦投資推介活動，吸引港資企業落戶。
            """, "right.txt");

        var comparison = new AgreementComparer(new ComparisonOptions { Threshold = 0 }).Compare(left, right);

        comparison.Matches.Should().Contain(m => m.Left.Path == "一/(一)" && m.Right.Path == "一");
        comparison.Matches.Should().OnlyContain(m => m.Score >= 0 && m.Score <= 1);
    }
}
