using AgreementDiff.Alignment;
using static AgreementDiff.Tests.Support.TestAgreements;

namespace AgreementDiff.Tests.Alignment.Features;

/// <summary>Shared passages: a sentence restated elsewhere links two clauses only when it is the substance of one, and a passage ends where a second commitment begins.</summary>
/// <remarks>Agreements written in the test, so each rule of the aligner is seen on its own.</remarks>
public sealed class PassagesTests
{
    [Fact]
    public void A_section_folded_into_another_topic_is_merged_into_it_by_the_passage_it_restates()
    {
        var left = Parse("""
            一、經貿
            支持港資企業落戶，定期開展招商引資活動，舉辦企業合作對接會。
            二、知識產權
            推動知識產權商品化及知識產權貿易，鼓勵企業參加營商論壇，培育品牌代理機構，建設版權交易中心，開展海關知識產權執法合作。
            三、醫療
            支持兩地醫院合作交流，推動中醫藥標準化，加強傳染病防控。
            """, "left.txt");
        var right = Parse("""
            一、商貿投資
            1. 支持港資企業落戶，定期開展招商引資活動，舉辦企業合作對接會。
            2. 開展浙港商標宣傳，推動知識產權商品化及知識產權貿易。
            二、醫療
            1. 支持兩地醫院合作交流，推動中醫藥標準化，加強傳染病防控。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        var merged = comparison.Matches.Where(m => m.Right.Path == "一" && m.Left.Parent is null).ToList();
        merged.Select(m => m.Left.Path).Should().BeEquivalentTo(["一", "二"], "the old topic went into the new trade section");
        merged.Single(m => m.Left.Path == "二").Explanation.Basis.Should().Be(MatchBasis.Passage);
        merged.Single(m => m.Left.Path == "二").Change.Should().Be(ChangeKind.Merged);
        AgreementDiff.Reports.ComparisonJsonWriter.ToJson(comparison).Should().Contain("\"basis\": \"passage\"");
        comparison.Removed.Select(c => c.Path).Should().NotContain("二");
    }

    [Fact]
    public void A_sentence_moved_between_two_matched_sections_does_not_link_them()
    {
        var left = Parse("""
            一、經貿
            支持港資企業落戶，定期開展招商引資活動，推動知識產權商品化及知識產權貿易。
            二、知識產權
            鼓勵企業參加營商論壇，培育品牌代理機構，加強商標保護執法合作。
            """, "left.txt");
        var right = Parse("""
            一、經貿
            支持港資企業落戶，定期開展招商引資活動，舉辦企業合作對接會。
            二、知識產權
            鼓勵企業參加營商論壇，培育品牌代理機構，推動知識產權商品化及知識產權貿易。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        comparison.Matches.Select(m => (m.Left.Path, m.Right.Path)).Should().BeEquivalentTo([("一", "一"), ("二", "二")]);
    }

    [Fact]
    public void A_second_commitment_after_and_will_is_a_passage_of_its_own_but_a_passive_tail_is_not()
    {
        var agreement = ParseArrangement("""
            1. Legal Services
            (1) The two sides will support the Arbitration Centre in promoting Hong Kong as a venue for resolving disputes, and will train 40 provincial mediators in commercial mediation each year.
            (2) The two sides will hold a legal forum every year, and will be reviewed annually by both places.
            """, "left.txt");
        var nodes = AgreementDiff.Alignment.Model.NodeBuilder.Build(0, agreement.Clauses, AgreementDiff.Analysis.TextAnalysis.Default, new AgreementDiff.Alignment.Model.Vocabulary());

        // ", and will train …" opens a second commitment of the same subject, which a renewal may restate elsewhere;
        // ", and will be reviewed …" is a tail of the first.
        nodes.Single(n => n.Clause.Path == "1/(1)").Passages.Should().HaveCount(2);
        nodes.Single(n => n.Clause.Path == "1/(2)").Passages.Should().HaveCount(1);
    }

    [Fact]
    public void Two_equally_alike_passages_give_the_same_links_whichever_agreement_comes_first()
    {
        // Found by the mirror property (seed 13411364014738763535,16608716850071316763, shrunk): 二 shares two phrases
        // with 六, each restated word for word; 三's (一), already 二's partner, holds one of them. Which of the two tied
        // pairs was looked at first depended on which agreement was the left one, and so did the link.
        var a = Parse("""
            一、文化
            二、合作備忘錄簽署儀式
            (一)支持兩地律師事務所開展合夥聯營、互設分支機構(代表處),鼓勵浙江律師事務所聘請香港法律執業者擔任法律顧問等。支持和促進兩地法律服務業擴大業務合作,
            (二)江在投資推廣
            三、加
            四、加
            五、科技
            """, "a.txt");
        var b = Parse("""
            一、加
            二、加
            三、合作
            (一)支持兩地律師事務所開展合夥聯營、互設分支機構(代表處),鼓勵浙江律等。支持和促進兩地法律服務業擴大業務合作,
            四、加強
            五、工程
            六、工程建設及
            (一)雙方通過專業人員互訪和培訓,加強創新房屋科技、智慧屋邨管理(住宅小區智慧物業管理)及構建幸福小區方面的交流,促進和發揮各自優勢,互惠共贏。
            (二)業三方主體在工程建設人才、技術、管理等方面開展合作交流。
            (三)支持和促進兩地法律服務業擴大業務合作,繼續兩地律師事務所開展合夥聯營、互設分支機構(代表處),鼓勵浙江律師事務所聘請香港法律執業者擔任法律顧問等。
            七、文化
            八、科技
            """, "b.txt");

        var forward = AgreementComparer.Default.Compare(a, b);
        var backward = AgreementComparer.Default.Compare(b, a);

        backward.Matches.Select(m => (m.Right.Path, m.Left.Path)).Should().BeEquivalentTo(forward.Matches.Select(m => (m.Left.Path, m.Right.Path)));
        forward.Matches.Should().Contain(m => m.Left.Path == "二" && m.Right.Path == "六");
    }

    [Fact]
    public void A_procedural_tail_after_and_will_be_does_not_link_two_unrelated_items()
    {
        var left = ParseArrangement("""
            1. Finance
            (1) Support enterprises of the province in listing on the Hong Kong stock market and in issuing offshore green bonds, and will be reviewed annually by the secretariat of the Joint Conference.
            (2) Promote cross-boundary wealth management connect for residents of both places.
            2. Trade
            (1) The two sides will hold an investment promotion conference in Hong Kong every year.
            """, "left.txt");
        var right = ParseArrangement("""
            1. Finance
            (1) Support enterprises of the province in listing on the Hong Kong stock market and in issuing offshore green bonds.
            (2) Promote cross-boundary wealth management connect for residents of both places.
            2. Trade
            (1) The two sides will hold an investment promotion conference in Hong Kong every year.
            (2) Develop a cruise route between Hong Kong and the provincial port with two sailings a month, and will be reviewed annually by the secretariat of the Joint Conference.
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        // ", and will be reviewed …" is a tail in the passive, not a second commitment: the cruise route is new.
        comparison.Added.Select(c => c.Path).Should().Equal("2/(2)");
    }
}
