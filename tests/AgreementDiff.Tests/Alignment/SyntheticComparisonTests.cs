using AgreementDiff.Diff;
using AgreementDiff.Alignment;
using AgreementDiff.Reading;

namespace AgreementDiff.Tests.Alignment;

/// <summary>Agreements written in the test, so each rule of the aligner is seen on its own.</summary>
public sealed class SyntheticComparisonTests
{
    private static Agreement Parse(string text, string name) => AgreementReader.Parse(text, name);

    /// <summary>An English arrangement: a title and the opening formula, then <paramref name="body"/>.</summary>
    private static Agreement ParseArrangement(string body, string name) =>
        Parse("Co-operation Arrangement\n\nThe two Sides have agreed as follows:\n\n" + body, name);

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
    public void An_old_item_whose_sentences_went_to_two_new_items_is_linked_to_both_as_a_split()
    {
        var left = Parse("""
            一、醫療
            1. 推動雙方在傳染病防控、衞生應急方面的交流合作，共同舉辦公共衞生研討會。
            2. 加快兩地中醫藥學術和人才交流，建設中醫藥國際標準化示範基地。支持香港服務提供者依法發展合資醫療機構和獨資醫療機構。鼓勵兩地醫院締結姊妹醫院，互派護理人員進修。
            3. 推進兩地醫學院校聯合培養臨床醫生，共建住院醫師規範化培訓基地。
            """, "left.txt");
        var right = Parse("""
            一、醫療
            1. 推動雙方在傳染病防控、衞生應急方面的交流合作，共同舉辦公共衞生研討會。
            2. 加快兩地中醫藥學術和人才交流，建設中醫藥國際標準化示範基地，設立中醫藥傳承創新中心。
            3. 支持香港服務提供者依法發展合資醫療機構和獨資醫療機構，引進一流醫療服務品牌、先進醫療技術和高端醫學人才，推進高端醫療服務業發展。
            4. 推進兩地醫學院校聯合培養臨床醫生，共建住院醫師規範化培訓基地。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        var links = comparison.Matches.Where(m => m.Left.Path == "一/2").ToList();
        links.Select(m => m.Right.Path).Should().BeEquivalentTo(["一/2", "一/3"]);
        links.Should().OnlyContain(m => m.Change == ChangeKind.Split);
        comparison.Added.Should().BeEmpty();
        comparison.Removed.Should().BeEmpty();
    }

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
    public void The_threshold_is_an_option_and_is_validated()
    {
        var act = () => new AgreementComparer(new ComparisonOptions { Threshold = 1.5 });

        act.Should().Throw<ArgumentOutOfRangeException>();
        var left = Parse("一、旅遊\n聯合開發旅遊產品線路，舉辦旅遊節會，邀請媒體記者參加推廣活動。\n", "left.txt");
        var right = Parse("一、旅遊\n聯合開發旅遊產品線路，舉辦旅遊節會，邀請網紅達人參加推廣活動。\n", "right.txt");
        AgreementComparer.Default.Compare(left, right).Matches.Should().ContainSingle("the reworded clause passes the default threshold");
        new AgreementComparer(new ComparisonOptions { Threshold = 0.99 }).Compare(left, right).Matches.Should().BeEmpty("a stricter threshold turns it into removed and added");
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
    public void An_item_of_a_new_section_is_not_joined_to_an_old_item_elsewhere_on_half_the_threshold()
    {
        var left = Parse("""
            一、經貿
            1. 推動兩地在會計、測量、管理諮詢等專業服務領域合作，支持香港工程顧問公司參與基礎設施項目。
            2. 支持港資企業參加進口博覽會，舉辦投資推介活動。
            二、教育
            1. 鼓勵兩地學校締結姊妹學校，開展師生交流。
            2. 支持高校聯合培養研究生，互認學分。
            """, "left.txt");
        var right = Parse("""
            一、經貿
            1. 推動兩地在會計、測量、管理諮詢等專業服務合作，支持香港工程顧問公司參與基礎設施建設項目。
            2. 支持港資企業參加進口博覽會，在港舉辦投資推介活動。
            二、教育
            3. 鼓勵兩地學校締結姊妹學校，開展師生交流及教師培訓。
            4. 支持高校聯合培養研究生，互認學分及課程。
            三、數字經濟
            5. 推動兩地在智慧城市、電子政務等領域合作，支持香港科技公司參與數字政府項目。
            6. 共建數據跨境流動試點，探索個人信息保護標準互認。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        // 三/5 shares the formula 推動兩地在…等領域合作，支持香港…參與…項目 with 一/1 and nothing concrete.
        comparison.Added.Select(c => c.Path).Should().Equal("三", "三/5", "三/6");
        comparison.Matches.Should().NotContain(m => m.Right.Path == "三/5");
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
    public void A_section_named_in_a_wider_heading_joins_it_rather_than_the_section_one_of_its_items_moved_to()
    {
        var left = ParseArrangement("""
            1. Trade and Investment
            (1) Invest Hong Kong and the Commission of Commerce shall jointly organise an investment week every year.
            (2) Support enterprises of both places in taking part in the Import Expo.
            2. Professional Services
            (1) Explore mutual recognition of professional qualifications of accountants, architects and surveyors, with a register of qualified practitioners.
            (2) Support Hong Kong law firms in opening representative offices in the free trade zone.
            3. Education
            (1) Encourage sister school partnerships between primary and secondary schools.
            (2) Support joint degree programmes between universities of both places.
            """, "left.txt");
        var right = ParseArrangement("""
            Article 1 – Trade, Investment and Professional Services
            1.1 Invest Hong Kong and the Commission of Commerce shall jointly organise an investment week in both places every year.
            1.2 Support enterprises of both places in taking part in the Import Expo and the Hong Kong Brand Fair.
            1.3 Support Hong Kong law firms in opening representative offices and branches in the free trade zone.
            Article 2 – Education and Talent
            2.1 Encourage sister school partnerships between primary and secondary schools, with 150 new pairs.
            2.2 Support joint degree programmes between universities of both places.
            2.3 Explore mutual recognition of professional qualifications of accountants, architects and surveyors, with a register of qualified practitioners.
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        var sections = comparison.Matches.Where(m => m.Role == ClauseRole.Section && m.Left.Kind == ClauseKind.Section).Select(m => (m.Left.Path, m.Right.Path));
        sections.Should().BeEquivalentTo([("1", "Article 1"), ("2", "Article 1"), ("3", "Article 2")]);
        comparison.Matches.Should().Contain(m => m.Left.Path == "2/(1)" && m.Right.Path == "Article 2/2.3", "the moved item is still found");
    }

    [Fact]
    public void A_dropped_topic_is_not_joined_to_another_topic_on_half_the_threshold()
    {
        var left = ParseArrangement("""
            1. Finance
            (1) Support Shanghai enterprises in listing on the Hong Kong stock market and issuing green bonds.
            (2) The Monetary Authority and the Financial Services Office shall hold regular exchanges on fintech regulation.
            2. Innovation and Technology
            (1) Support universities of both places in building joint laboratories on artificial intelligence and integrated circuits.
            (2) Co-organise the Hong Kong-Shanghai Innovation Forum every two years.
            3. Sports
            (1) Support exchanges between the Hong Kong Sports Institute and the Shanghai University of Sport on athlete training.
            (2) Co-organise the Hong Kong-Shanghai Marathon every year.
            """, "left.txt");
        var right = ParseArrangement("""
            Article 1 – Finance
            1.1 Support Shanghai enterprises in listing on the Hong Kong stock market and issuing green and sustainable bonds.
            1.2 The Monetary Authority and the Financial Services Office shall promote the use of e-CNY for cross-boundary payments.
            Article 2 – Innovation and Technology
            2.1 Support universities of both places in building joint laboratories on artificial intelligence, integrated circuits and biomedicine.
            2.2 Co-organise the Hong Kong-Shanghai Innovation Forum every year, with a start-up competition.
            Article 3 – Green Development
            3.1 Develop a green shipping corridor between the ports of the two places.
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        // Sports shares only "Co-organise the Hong Kong-Shanghai … every year" with Innovation and Technology.
        comparison.Removed.Select(c => c.Path).Should().Contain("3");
        comparison.Matches.Should().NotContain(m => m.Left.Path == "3");
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

    [Fact]
    public void A_new_item_joins_a_taken_item_only_on_its_own_words_not_on_the_bonus_for_matched_sections()
    {
        var left = ParseArrangement("""
            1. Culture
            (1) Support the Leisure and Cultural Services Department and the Municipal Administration of Culture and Tourism in staging exchange performances and museum exhibitions in each other's venues.
            (2) Encourage film co-productions and joint promotion of films at international festivals.
            (3) Promote cultural tourism routes linking historic buildings and shophouses of both places.
            2. Finance
            (1) Support enterprises in listing on the Hong Kong stock market and issuing green bonds.
            """, "left.txt");
        var right = ParseArrangement("""
            Article 1 – Culture and Tourism
            1.1 Support the Leisure and Cultural Services Department and the Municipal Administration of Culture and Tourism in staging exchange performances and museum exhibitions in each other's venues every year.
            1.2 The Leisure and Cultural Services Department shall exchange expertise on the conservation and revitalisation of historic buildings such as shophouses, temples and former police stations, and train conservation architects.
            1.3 Encourage film co-productions and joint promotion of films at international festivals and markets.
            1.4 Promote cultural tourism routes linking historic buildings and shophouses of both places, with joint ticketing.
            Article 2 – Finance
            2.1 Support enterprises in listing on the Hong Kong stock market and issuing green and sustainable bonds.
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        // 1.2 shares a body's name with (1) and "historic buildings" with (3): a new commitment, not a split of either.
        comparison.Added.Select(c => c.Path).Should().Equal("Article 1/1.2");
        comparison.Matches.Where(m => m.Role == ClauseRole.Item).Should().OnlyContain(m => m.Change != ChangeKind.Split && m.Change != ChangeKind.Merged);
    }

    [Fact]
    public void A_phrase_restated_in_a_new_item_beside_the_first_sentences_match_is_reported_added_and_deleted()
    {
        var left = Parse("""
            一、科技
            1. 支持兩地高校共建聯合實驗室，推動基礎研究合作。探索建立青年人才聯合培養機制，加強科技人才的合作交流。
            2. 支持兩地企業設立研發中心，推動科技成果轉化和產業化。
            3. 加強兩地科技管理部門溝通，建立定期會商機制。
            二、教育
            1. 支持兩地高校開展合作辦學，擴大招收學生規模。
            2. 推動兩地中小學締結姊妹學校，加強教師交流。
            """, "left.txt");
        var right = Parse("""
            一、科技
            1. 支持兩地高校共建聯合實驗室，推動基礎研究合作，提升原始創新能力。
            2. 持續加強兩地科技人才交流合作，鼓勵高端科技人才相互交流學習。
            3. 支持兩地企業設立研發中心，推動科技成果轉化和產業化。
            4. 加強兩地科技管理部門溝通，建立定期會商機制。
            二、教育
            1. 支持兩地高校開展合作辦學，擴大招收學生規模。
            2. 推動兩地中小學締結姊妹學校，加強教師交流。
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        // 加強科技人才的合作交流 is restated as 持續加強兩地科技人才交流合作, in a new item beside the one that keeps the
        // first sentence. The fitted join model does not take the new item as the second part of the old one: the two
        // phrases share half their character pairs and the new item as a whole a fifth of its vocabulary, which on the
        // labelled pairs is the mark of a new commitment on the same subject more often than of a restated one. It is
        // reported added, and its old sentence stays in the modified first item, where the diff shows it deleted.
        comparison.Matches.Where(m => m.Left.Path == "一/1").Select(m => m.Right.Path).Should().Equal("一/1");
        comparison.Added.Select(c => c.Path).Should().Equal("一/2");
        var first = comparison.Matches.Single(m => m.Left.Path == "一/1");
        string.Concat(first.Edits.Where(e => e.Kind == EditKind.Delete).Select(e => e.LeftText)).Should().Contain("加強科技人才的合作交流");
    }

    [Fact]
    public void A_new_item_sharing_with_an_old_one_only_what_its_match_shares_too_is_added_not_a_split()
    {
        var left = ParseArrangement("""
            1. Culture
            (1) Support the Leisure and Cultural Services Department and the Provincial Department of Culture and Tourism in staging exchange performances in each other's theatres.
            (2) Encourage film co-productions and joint promotion of films at international festivals.
            2. Finance
            (1) Support enterprises in listing on the Hong Kong stock market and issuing green bonds.
            (2) Promote cross-boundary wealth management connect for residents of both places.
            """, "left.txt");
        var right = ParseArrangement("""
            1. Culture
            (1) Support the Leisure and Cultural Services Department and the Provincial Department of Culture and Tourism in staging exchange performances in each other's theatres every year.
            (2) The Leisure and Cultural Services Department and the Provincial Department of Culture and Tourism shall train conservation architects for historic temples.
            (3) Encourage film co-productions and joint promotion of films at international festivals.
            2. Finance
            (1) Support enterprises in listing on the Hong Kong stock market and issuing green bonds.
            (2) Promote cross-boundary wealth management connect for residents of both places.
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        // (2) names the same two bodies as (1), which its counterpart names too: it takes up nothing of (1) that the
        // counterpart leaves out, so it is a new commitment.
        comparison.Added.Select(c => c.Path).Should().Equal("1/(2)");
        comparison.Matches.Single(m => m.Left.Path == "1/(1)").Right.Path.Should().Be("1/(1)");
    }

    [Fact]
    public void A_new_item_beside_the_restatement_of_an_old_one_is_added_not_a_split_on_half_the_threshold()
    {
        var left = ParseArrangement("""
            1. Aviation and Shipping
            (1) Support co-operation between the Airport Authority Hong Kong and the Provincial Airport Group in airport management, and explore the development of sea-air intermodal cargo services.
            (2) Strengthen exchanges between the Marine Department and the Provincial Port Authority on ship registration and seafarer training.
            2. Finance
            (1) Support enterprises in listing on the Hong Kong stock market and issuing green bonds.
            (2) Promote cross-boundary wealth management connect for residents of both places.
            """, "left.txt");
        var right = ParseArrangement("""
            1. Aviation and Shipping
            (1) The Airport Authority Hong Kong and the Provincial Airport Group shall strengthen co-operation in airport management and in developing sea-air intermodal cargo services.
            (2) The Airport Authority Hong Kong and the Provincial Airport Group shall explore upstream check-in and through-baggage services for passengers travelling to international destinations.
            (3) The Marine Department and the Provincial Port Authority shall co-operate on ship registration and seafarer training.
            2. Finance
            (1) Support enterprises in listing on the Hong Kong stock market and issuing green bonds.
            (2) Promote cross-boundary wealth management connect for residents of both places.
            """, "right.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        // Right (1) restates left (1) nearly whole; what it leaves out (explore, development) is too small a part to be a
        // second half, so right (2), which names the same bodies and explores something else, is new.
        comparison.Added.Select(c => c.Path).Should().Equal("1/(2)");
        comparison.Matches.Where(m => m.Left.Path == "1/(1)").Select(m => m.Right.Path).Should().Equal("1/(1)");
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

    /// <summary>A small agreement with a party block, three sections (one naming both parties, as real ones do), a closing and a signature block; <c>{0}</c> takes a third section.</summary>
    private const string SignedAgreement = """
        香港特別行政區政府、海南省人民政府
        深化瓊港全方位合作協議

        香港特別行政區政府
        海南省人民政府

        為深化兩地互利合作，經友好協商，雙方達成如下協議：
        一、航運
        支持海口港與葵青貨櫃碼頭開通直航班輪，發展冷鏈物流。
        二、教育
        推動兩地中小學締結姊妹學校，每年互派教師交流。
        三、合作機制
        香港特別行政區政府與海南省人民政府建立聯席會議機制，每年輪流召開會議，檢討合作進展。
        {0}
        本協議一式四份，自簽署之日起生效。

        香港特別行政區政府                海南省人民政府
        授權代表（簽字）：              授權代表（簽字）：
        2025年3月18日                    2025年3月18日
        """;

    /// <summary>A press release on the signing: three topics it restates, a signing section headed <c>{0}</c>, and a date line.</summary>
    private const string SigningPressRelease = """
        瓊港兩地在海口簽署深化全方位合作協議
        **********************************

          行政長官今日在海口出席瓊港合作會議，共同見證兩地深化合作。

        航運
        ————

          支持海口港與葵青貨櫃碼頭開通直航班輪，發展冷鏈物流。

        教育
        ————

          推動兩地中小學締結姊妹學校，每年互派教師交流。

        合作機制
        ————

          香港特別行政區政府與海南省人民政府建立聯席會議機制，每年輪流召開會議，檢討合作進展。

        {0}
        ————————

          政務司司長與海南省副省長在儀式上簽署《香港特別行政區政府、海南省人民政府深化瓊港全方位合作協議》，文件內容見附件。

        2025年3月18日(星期二)
        香港時間18時45分
        """;

    [Fact]
    public void A_signature_block_is_matched_to_the_press_release_section_reporting_its_signing_not_to_the_date_line()
    {
        var agreement = Parse(SignedAgreement.Replace("{0}", string.Empty, StringComparison.Ordinal), "agreement.txt");
        var release = Parse(SigningPressRelease.Replace("{0}", "合作協議簽署儀式", StringComparison.Ordinal), "release.txt");
        release.Clauses.Select(c => c.Kind).Should().Contain(ClauseKind.Signatures, "the date line is the release's sign-off");

        var comparison = AgreementComparer.Default.Compare(agreement, release);

        comparison.Matches.Should().ContainSingle(m => m.Left.Path == "signatures")
            .Which.Should().Match<ClauseMatch>(m => m.Right.Path == "合作協議簽署儀式" && m.Explanation.Basis == MatchBasis.SigningReport);
        comparison.Added.Select(c => c.Path).Should().Contain("signatures");
        AgreementComparer.Default.Compare(release, agreement).Matches.Should().ContainSingle(m => m.Right.Path == "signatures")
            .Which.Left.Path.Should().Be("合作協議簽署儀式");
    }

    [Fact]
    public void A_section_citing_the_agreement_is_no_signing_report_unless_it_says_it_was_signed_and_the_other_side_names_no_parties()
    {
        var agreement = Parse(SignedAgreement.Replace("{0}", string.Empty, StringComparison.Ordinal), "agreement.txt");

        // Cited, not signed: a topic that builds on the agreement.
        var cited = Parse(SigningPressRelease.Replace("{0}", "落實協議", StringComparison.Ordinal).Replace("在儀式上簽署", "將推動落實", StringComparison.Ordinal), "cited.txt");
        AgreementComparer.Default.Compare(agreement, cited).Matches.Should().NotContain(m => m.Right.Path == "落實協議");

        // A renewal names its parties: its new section recalling the signing of the agreement it renews is new, and the
        // two signature blocks stay each other's counterparts.
        var renewal = Parse(SignedAgreement.Replace("{0}", "四、總結回顧\n雙方於2025年簽署《香港特別行政區政府、海南省人民政府深化瓊港全方位合作協議》以來，合作成果豐碩。\n", StringComparison.Ordinal), "renewal.txt");
        var comparison = AgreementComparer.Default.Compare(agreement, renewal);
        comparison.Matches.Should().ContainSingle(m => m.Left.Path == "signatures").Which.Right.Path.Should().Be("signatures");
        comparison.Added.Select(c => c.Path).Should().Contain("四");

        // The same renewal signed by office holders, whose title and sign-off name no party: no parties are recognised,
        // but a sign-off with offices and 簽字 is a signature block, not a report's date line.
        var topics = SignedAgreement[SignedAgreement.IndexOf("一、", StringComparison.Ordinal)..SignedAgreement.IndexOf("{0}", StringComparison.Ordinal)];
        var offices = "深化瓊港合作備忘錄\n\n" + topics
            + "四、總結回顧\n雙方於2025年簽署《香港特別行政區政府、海南省人民政府深化瓊港全方位合作協議》以來，合作成果豐碩。\n\n"
            + "香港特別行政區行政長官（簽字）        海南省省長（簽字）\n2027年3月18日                          2027年3月18日\n";
        var signedByOffices = Parse(offices, "offices.txt");
        signedByOffices.Metadata.Parties.Should().BeEmpty();
        var byOffices = AgreementComparer.Default.Compare(agreement, signedByOffices);
        byOffices.Matches.Should().ContainSingle(m => m.Left.Path == "signatures").Which.Right.Path.Should().Be("signatures");
        AgreementComparer.Default.Compare(signedByOffices, agreement).Matches.Should().ContainSingle(m => m.Right.Path == "signatures").Which.Left.Path.Should().Be("signatures");

        // And one whose title names the parties and which ends on a bare date: a document naming parties is no report.
        var datedOnly = Parse(offices.Replace("深化瓊港合作備忘錄", "香港特別行政區政府、海南省人民政府深化瓊港合作備忘錄", StringComparison.Ordinal)
            .Replace("香港特別行政區行政長官（簽字）        海南省省長（簽字）\n", string.Empty, StringComparison.Ordinal), "dated.txt");
        datedOnly.Metadata.Parties.Should().NotBeEmpty();
        AgreementComparer.Default.Compare(agreement, datedOnly).Matches.Should().ContainSingle(m => m.Left.Path == "signatures").Which.Right.Path.Should().Be("signatures");
    }

    [Fact]
    public void A_signing_report_cites_the_agreement_by_its_whole_title_is_claimed_by_no_other_clause_and_yields_to_pins_and_the_threshold()
    {
        var agreement = Parse(SignedAgreement.Replace("{0}", string.Empty, StringComparison.Ordinal), "agreement.txt");
        var release = Parse(SigningPressRelease.Replace("{0}", "合作協議簽署儀式", StringComparison.Ordinal), "release.txt");
        static IEnumerable<ClauseMatch> OfSignatures(AgreementComparison comparison) => comparison.Matches.Where(m => m.Left.Path == "signatures");

        // Another document signed at the ceremony, by its own title: the signature block keeps the date line.
        var otherDocument = Parse(SigningPressRelease.Replace("{0}", "合作協議簽署儀式", StringComparison.Ordinal)
            .Replace("《香港特別行政區政府、海南省人民政府深化瓊港全方位合作協議》", "《海南省商務廳與香港特別行政區政府投資推廣署合作備忘錄》", StringComparison.Ordinal), "other.txt");
        OfSignatures(AgreementComparer.Default.Compare(agreement, otherDocument)).Select(m => m.Right.Path).Should().Equal("signatures");

        // A pin, or a threshold the report's own words cannot reach half of, keeps the date line too.
        var pinned = new AgreementComparer(new ComparisonOptions { Pins = [new PinnedPair("signatures", "signatures")] }).Compare(agreement, release);
        OfSignatures(pinned).Select(m => m.Right.Path).Should().Equal("signatures");
        var strict = new AgreementComparer(new ComparisonOptions { Threshold = 0.9 }).Compare(agreement, release);
        OfSignatures(strict).Should().NotContain(m => m.Explanation.Basis == MatchBasis.SigningReport);

        // A signing section that restates the final provisions is theirs: the signature block does not take it.
        var withProvisions = Parse(SignedAgreement.Replace("{0}", "四、附則\n本協議有效期三年，由政制及內地事務局和海南省人民政府港澳事務辦公室負責日常聯絡，每年檢討協議的落實情況。\n", StringComparison.Ordinal), "provisions.txt");
        var restating = Parse(SigningPressRelease.Replace("{0}", "合作協議簽署儀式", StringComparison.Ordinal)
            .Replace("文件內容見附件。", "文件內容見附件。協議有效期三年，由政制及內地事務局和海南省人民政府港澳事務辦公室負責日常聯絡，每年檢討協議的落實情況。", StringComparison.Ordinal), "restating.txt");
        var claimed = AgreementComparer.Default.Compare(withProvisions, restating);
        claimed.Matches.Should().Contain(m => m.Left.Path == "四" && m.Right.Path == "合作協議簽署儀式");
        OfSignatures(claimed).Select(m => m.Right.Path).Should().Equal("signatures");

        // A title that names no party (深化瓊港全方位合作協議 alone) is too little to tell this agreement from another, though
        // the section names both signing governments.
        var untitled = Parse(SignedAgreement.Replace("{0}", string.Empty, StringComparison.Ordinal).Replace("香港特別行政區政府、海南省人民政府\n", string.Empty, StringComparison.Ordinal), "untitled.txt");
        untitled.Metadata.Title.Should().Be("深化瓊港全方位合作協議");
        var shortCitation = Parse(SigningPressRelease.Replace("{0}", "合作協議簽署儀式", StringComparison.Ordinal).Replace("政務司司長與海南省副省長在儀式上簽署《香港特別行政區政府、海南省人民政府深化", "政務司司長代表香港特別行政區政府、海南省副省長代表海南省人民政府在儀式上簽署《深化", StringComparison.Ordinal), "short.txt");
        var untitledToShort = OfSignatures(AgreementComparer.Default.Compare(untitled, shortCitation)).ToList();
        untitledToShort.Should().NotContain(m => m.Explanation.Basis == MatchBasis.SigningReport);
        untitledToShort.Should().Contain(m => m.Right.Path == "signatures");
    }
}
