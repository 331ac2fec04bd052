using AgreementDiff.Alignment;
using AgreementDiff.Reading;
using static AgreementDiff.Tests.Support.TestAgreements;

namespace AgreementDiff.Tests.Alignment.Scoring;

/// <summary>What makes two clauses equivalent by content: substance shared, not generic words, a repeated name or an annex heading's words.</summary>
/// <remarks>Agreements written in the test, so each rule of the aligner is seen on its own.</remarks>
public sealed class ContentMatchTests
{
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
    public void An_annex_heading_is_not_matched_to_a_section_that_repeats_its_words()
    {
        var left = Parse("""
            甲乙合作協議
            
            為深化兩地合作，經協商，雙方達成如下協議：
            
            一、金融
            1. 支持企業赴港上市融資，發行綠色債券。
            2. 推動跨境理財通試點擴容，擴大參與銀行範圍。
            
            二、教育
            1. 鼓勵兩地學校締結姊妹學校，開展師生交流。
            2. 支持高校聯合培養研究生，互認學分。
            
            三、附則
            本協議的具體合作措施與任務由雙方有關部門另行商定，每年檢視落實情況。
            
            甲省人民政府
            乙市政府
            2024年5月1日
            """, "left.txt");
        var right = Parse("""
            甲乙合作會議備忘錄
            
            為落實合作協議，雙方舉行會議，同意的具體合作措施與任務詳見附件。
            
            甲省人民政府
            乙市政府
            2026年5月1日
            
            具體合作措施與任務
            
            一、金融
            1. 支持企業赴港上市融資，發行綠色債券及可持續發展債券。
            2. 推動跨境理財通試點擴容，擴大參與銀行及產品範圍。
            
            二、教育
            3. 鼓勵兩地學校締結姊妹學校，開展師生交流及教師培訓。
            4. 支持高校聯合培養研究生，互認學分及課程。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        right.Clauses.Should().Contain(c => c.Kind == ClauseKind.Annex && c.Path == "具體合作措施與任務");
        comparison.Added.Select(c => c.Path).Should().Equal("具體合作措施與任務");
        comparison.Matches.Should().NotContain(m => m.Right.Kind == ClauseKind.Annex);
    }

    [Fact]
    public void A_new_section_is_not_linked_by_a_short_phrase_of_common_words()
    {
        var left = Parse("""
            一、金融
            1. 支持廣東省內企業赴港上市融資，鼓勵廣東各市發行綠色債券。
            2. 推動廣東跨境理財通試點擴容，擴大企業參與範圍。
            二、科技
            1. 共建聯合實驗室，開展人工智能和集成電路研究。
            2. 鼓勵兩地共同舉辦創新科技展覽，邀請廣東企業參加香港國際創科展，促進技術對接。
            三、經貿
            1. 支持廣東的民營企業在港設立地區總部，拓展海外業務。
            2. 舉辦投資推介活動，吸引港資企業落戶廣東。
            四、教育
            1. 鼓勵兩地學校締結姊妹學校，開展師生交流。
            2. 支持廣東高校招收香港學生，擴大招生規模。
            """, "left.txt");
        var right = Parse("""
            一、金融
            1. 支持廣東省內企業赴港上市融資，鼓勵廣東各市發行綠色及可持續發展債券。
            2. 推動廣東跨境理財通試點擴容，擴大企業參與及產品範圍。
            二、科技
            3. 共建聯合實驗室，開展人工智能、集成電路和生物醫藥研究。
            4. 鼓勵兩地共同舉辦創新科技展覽和創業比賽，組織廣東省的企業參加2026年香港國際創科展，促進技術供需對接。
            三、經貿
            5. 支持廣東的民營企業在港設立地區總部，拓展海外市場業務。
            6. 舉辦投資推介活動，吸引更多港資企業落戶廣東。
            四、教育
            7. 鼓勵兩地學校締結姊妹學校，開展師生交流及教師培訓。
            8. 支持廣東高校招收香港學生，擴大招生規模及獎學金。
            五、低空經濟
            9. 研究開通深圳與香港之間無人機跨境航線。
            10. 支持在監管沙盒下開展低空物流配送試驗，邀請廣東企業參與。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        // 邀請廣東企業參與 against 邀請廣東企業參加香港國際創科展: its rare character pairs 東企 and 業參 sit between common words.
        comparison.Added.Select(c => c.Path).Should().Contain("五");
        comparison.Matches.Should().NotContain(m => m.Left.Path == "二" && m.Right.Path == "五");
    }

    [Fact]
    public void A_section_left_over_is_not_linked_to_a_parties_block_by_a_name_it_repeats()
    {
        var left = Parse("""
            香港特別行政區政府、浙江省人民政府合作協議

            香港特別行政區政府
            地址：香港添馬添美道 2號
            法定代表人（或授權代表）：

            浙江省人民政府
            地址：杭州市省府路 8號
            法定代表人（或授權代表）：

            雙方就全面推進兩地互利合作達成如下協議：
            一、旅遊
            聯合開發旅遊產品線路，舉辦旅遊節會，邀請媒體記者參加推廣活動。
            """, "left.txt");
        var right = Parse("""
            一、旅遊
            聯合開發旅遊產品線路，舉辦旅遊節會，邀請媒體記者參加推廣活動。
            二、青年
            每年暑期組織香港青年赴浙江考察，由浙江省人民政府安排實習崗位，開展創業培訓和交流分享。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        comparison.Matches.Should().NotContain(m => m.Left.Kind == ClauseKind.Parties);
        comparison.Added.Select(c => c.Path).Should().Contain("二");
    }

    [Fact]
    public void A_parties_block_is_matched_to_no_topic_though_a_press_release_section_names_both_parties()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Alignment", "Synthetic");
        var agreement = AgreementReader.ReadFile(Path.Combine(folder, "yn-hk-2024-agreement.txt"));
        var release = AgreementReader.ReadFile(Path.Combine(folder, "yn-hk-2024-press-release.txt"));
        agreement.Clauses[0].Kind.Should().Be(ClauseKind.Parties);

        var comparison = AgreementComparer.Default.Compare(agreement, release);

        // The signing section names both governments in full, as the Party A / Party B lines do; it records the signing
        // (the signature block's counterpart) and the final provisions, and the parties block says nothing of either.
        var signing = release.Clauses.Single(c => c.Heading?.StartsWith("Signing", StringComparison.Ordinal) == true).Path;
        comparison.Matches.Where(m => m.Left.Path == "parties").Should().NotContain(m => m.Right.Kind != ClauseKind.Preamble && m.Right.Kind != ClauseKind.Parties && m.Right.Kind != ClauseKind.Signatures && m.Right.Kind != ClauseKind.Closing);
        comparison.Matches.Should().Contain(m => m.Left.Path == "signatures" && m.Right.Path == signing);
    }
}
