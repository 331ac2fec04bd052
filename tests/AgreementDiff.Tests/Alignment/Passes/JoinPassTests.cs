using AgreementDiff.Alignment;
using AgreementDiff.Diff;
using static AgreementDiff.Tests.Support.TestAgreements;

namespace AgreementDiff.Tests.Alignment.Passes;

/// <summary>Splits and merges: a clause divided between two is linked to both, and a new clause is not joined to an old one on what its match already shares.</summary>
/// <remarks>Agreements written in the test, so each rule of the aligner is seen on its own.</remarks>
public sealed class JoinPassTests
{
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
}
