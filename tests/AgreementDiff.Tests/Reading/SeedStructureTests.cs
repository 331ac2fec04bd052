using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Reading;

/// <summary>The structure of each seed as read off the files by hand (shared/seeds/README.md).</summary>
public sealed class SeedStructureTests
{
    private static readonly string[] ChineseOneToTwelve = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    [Fact]
    public void Jiangsu_agreement_has_preamble_twelve_headed_sections_closing_and_signatures()
    {
        var agreement = SeedCorpus.Read(Seed.JiangsuAgreement);

        agreement.Title.Should().Be("江蘇省人民政府與香港特別行政區政府深化蘇港交流合作協議");
        agreement.Clauses.Select(c => c.Kind).Should().Equal(
            new[] { ClauseKind.Preamble }
                .Concat(Enumerable.Repeat(ClauseKind.Section, 12))
                .Concat([ClauseKind.Closing, ClauseKind.Signatures]));
        var sections = agreement.Clauses.Where(c => c.Kind == ClauseKind.Section).ToList();
        sections.Select(s => s.Label).Should().Equal(ChineseOneToTwelve);
        sections.Should().OnlyContain(s => s.Children.Count == 0 && s.Style == NumberingStyle.ChineseComma);
        agreement["六"].Heading.Should().Be("法律服務");
        agreement["一"].Heading.Should().Be("\"一帶一路\"建設");
        agreement["closing"].Text.Should().StartWith("本協議於 2023 年 10 月 13 日在香港簽署");
        agreement.Metadata.Parties.Should().Equal("江蘇省人民政府", "香港特別行政區政府");
        agreement.Metadata.Signed!.Value.Should().Be(new DateOnly(2023, 10, 13));
        agreement.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Jiangsu_agreement_rejoins_sentences_broken_across_blank_lines()
    {
        var agreement = SeedCorpus.Read(Seed.JiangsuAgreement);

        agreement["一"].Text.Should().Contain("第十五屆(江蘇)企業跨國投資研討會").And.NotContain("\n");
        agreement["七"].Text.Should().Contain("交流。鼓勵兩地中小學締結姊妹學校");
        agreement["一"].Span.Should().Be(new SourceSpan(9, 13));
    }

    [Fact]
    public void Zhejiang_agreement_has_twelve_subsections_with_the_printed_item_counts()
    {
        var agreement = SeedCorpus.Read(Seed.ZhejiangAgreement);

        agreement.Metadata.Header.Should().Be("附件一");
        agreement.Title.Should().Be("香港特別行政區政府、浙江省人民政府共同推進高質量發展合作協議");
        agreement.Clauses.Select(c => c.Kind).Should().Equal(
            ClauseKind.Parties, ClauseKind.Preamble, ClauseKind.Section, ClauseKind.Section, ClauseKind.Section, ClauseKind.Signatures);
        agreement.Clauses.Where(c => c.Kind == ClauseKind.Section).Select(c => c.Heading).Should().Equal("合作宗旨", "合作內容", "附則");

        var subsections = agreement["二"].Children;
        subsections.Select(s => s.Label).Should().Equal(ChineseOneToTwelve.Select(n => $"({n})"));
        subsections.Select(s => s.Children.Count).Should().Equal(7, 3, 8, 3, 3, 3, 3, 3, 2, 2, 2, 3);
        subsections.SelectMany(s => s.Children).Should().HaveCount(42)
            .And.OnlyContain(i => i.Kind == ClauseKind.Item && i.Style == NumberingStyle.Arabic && i.Heading == null);
        foreach (var subsection in subsections)
        {
            subsection.Children.Select(i => i.Number).Should().Equal(Enumerable.Range(1, subsection.Children.Count).Cast<int?>());
        }

        agreement["二/(十二)"].Heading.Should().Be("推進法律和爭議解決");
        agreement["二/(十二)/3"].Path.Should().Be("二/(十二)/3");
        agreement.Metadata.Parties.Should().Equal("香港特別行政區政府", "浙江省人民政府");
        agreement.Metadata.Dates.Select(d => d.Value).Should().Contain(new DateOnly(2026, 6, 26), "the validity date is broken across two lines");
        agreement.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Zhejiang_agreement_drops_the_page_number_inside_item_five_one()
    {
        var item = SeedCorpus.Read(Seed.ZhejiangAgreement)["(五)/1"];

        item.Text.Should().Be(
            "強化高等教育人才培養、師資交流、學術研究等方面交流合作。支持香港與浙江高等院校結合各自優勢學科特色開展合作辦學。"
            + "支持浙江高等院校通過國家規定的招生方式擴大招收香港學生來浙學習,支持香港高等院校繼續招收浙江學生赴港學習,"
            + "並根據香港高等院校意願適度擴大在浙招生規模。");
        item.Span.Should().Be(new SourceSpan(281, 297));
    }

    [Fact]
    public void Zhejiang_agreement_keeps_final_provisions_inside_section_three()
    {
        var agreement = SeedCorpus.Read(Seed.ZhejiangAgreement);

        agreement.Clauses.Should().NotContain(c => c.Kind == ClauseKind.Closing);
        agreement["三"].Text.Split('\n').Should().HaveCount(4);
        agreement["三"].Text.Should().Contain("有效期至 2026年 6月 26日止");
    }

    [Fact]
    public void Zhejiang_agreement_joins_items_broken_at_the_pdf_line_width()
    {
        var agreement = SeedCorpus.Read(Seed.ZhejiangAgreement);

        agreement["(一)/1"].Text.Should().StartWith("支持浙江省深入實施\"鳳凰行動\"計劃,支持企業上市和拼購。");
        agreement["(十)/2"].Text.Should().Be("推動浙港兩地在鄉郊振興及生態保育領域上的交流合作,透過分享鄉郊振興案例及應用先進科技,包括人工智能及地理信息系統等經驗,達致城鄉共融及生態維護的永續發展。");
        agreement["(一)/7"].Text.Should().Contain("(例如開放式基金型公司(OFC)或有限合夥基金(LPF))");
    }

    [Fact]
    public void Chinese_press_release_has_twelve_topics_and_the_signing_ceremony_as_underlined_sections()
    {
        var agreement = SeedCorpus.Read(Seed.ZhejiangPressRelease);

        agreement.Title.Should().Be("浙港兩地在香港簽署多項合作協議(附圖/短片)");
        var sections = agreement.Clauses.Where(c => c.Kind == ClauseKind.Section).ToList();
        sections.Should().HaveCount(13).And.OnlyContain(s => s.Style == NumberingStyle.Underlined && s.Heading == s.Label);
        sections[0].Label.Should().Be("金融");
        sections[^1].Label.Should().Be("合作備忘錄簽署儀式");
        agreement["推進法律和爭議解決"].Text.Split('\n').Should().HaveCount(2);
        agreement.Clauses[0].Kind.Should().Be(ClauseKind.Preamble);
        agreement.Clauses[0].Text.Should().NotContain("跳至主要內容");
        agreement.Clauses[^1].Kind.Should().Be(ClauseKind.Signatures);
        agreement.Clauses[^1].Text.Should().Be("2023年6月26日(星期一)\n香港時間19時30分");
    }

    [Fact]
    public void Memorandum_has_preamble_signatures_and_an_annex_of_thirteen_sections_numbered_one_to_fifty_one()
    {
        var agreement = SeedCorpus.Read(Seed.ZhejiangMemorandum);

        agreement.Title.Should().Be("浙港高層會晤暨\"浙港合作會議\"第一次會議合作備忘錄");
        agreement.Clauses.Take(4).Select(c => c.Kind).Should().Equal(ClauseKind.Preamble, ClauseKind.Closing, ClauseKind.Signatures, ClauseKind.Annex);
        agreement.Clauses[3].Label.Should().Be("浙港高層會晤暨\"浙港合作會議\"第一次會議同意的具體合作措施與任務");
        var sections = agreement.Clauses.Where(c => c.Kind == ClauseKind.Section).ToList();
        sections.Select(s => s.Label).Should().Equal(ChineseOneToTwelve.Append("十三"));
        sections.SelectMany(s => s.Children).Select(i => i.Number).Should().Equal(Enumerable.Range(1, 51).Cast<int?>());
        sections.Select(s => s.Children.Count).Should().Equal(6, 2, 7, 4, 3, 3, 5, 6, 4, 3, 4, 2, 2);
        agreement["十一"].Heading.Should().Be("住房安居");
        agreement["十一/44"].Path.Should().Be("十一/44");
        agreement.Metadata.Signed!.Value.Should().Be(new DateOnly(2025, 4, 24));
        agreement.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Memorandum_removes_spaces_that_pdf_extraction_put_between_chinese_characters()
    {
        var agreement = SeedCorpus.Read(Seed.ZhejiangMemorandum);

        agreement["preamble"].Text.Should().StartWith("為進一步落實《香港特別行政區政府、浙江省人民政府共同推進高質量發展合作協議》有關精神,推動雙方交流合作取得實效,");
        agreement["40"].Text.Should().Be("加快兩地中醫藥學術和人才交流,加強在中醫藥國際標準化領域的合作。");
    }

    [Fact]
    public void Memorandum_rejoins_item_twenty_one_broken_across_lines()
    {
        var item = SeedCorpus.Read(Seed.ZhejiangMemorandum)["21"];

        item.Text.Should().Be(
            "支持浙江調解機構與香港調解機構對接及建立合作關係,有需要時簽署合作備忘錄。支持香港仲裁機構依法在浙江設立業務機構,"
            + "推進兩地仲裁機構在國際貿易、投資、海事海商等領域民商爭議仲裁業務的合作,推動落實兩地仲裁裁決相互執行,"
            + "為兩地企業的合作發展提供專業化、國際化的商事仲裁和調解服務。");
        item.Span.Should().Be(new SourceSpan(63, 65));
        item.Parent!.Label.Should().Be("五");
    }

    [Fact]
    public void Memorandum_reads_items_written_with_and_without_a_leading_dash_alike()
    {
        var agreement = SeedCorpus.Read(Seed.ZhejiangMemorandum);

        agreement["22"].Style.Should().Be(agreement["20"].Style);
        agreement["17"].Text.Should().Be("推動杭州機場三跑項目落實融資方案。");
        agreement["17"].Heading.Should().BeNull();
    }

    [Fact]
    public void English_press_release_has_thirteen_underlined_sections_and_a_sign_off()
    {
        var agreement = SeedCorpus.Read(Seed.JiangsuPressReleaseEnglish);

        agreement.Metadata.Language.Should().Be("en");
        agreement.Title.Should().StartWith("High-Level Meeting cum Signing Ceremony");
        var sections = agreement.Clauses.Where(c => c.Kind == ClauseKind.Section).ToList();
        sections.Should().HaveCount(13);
        sections.Select(s => s.Label).Should().Contain(["Legal services", "Exchange of talent", "Signing ceremony of co-operation agreements"]);
        agreement["Legal services"].Text.Split('\n').Should().HaveCount(2);
        agreement.Clauses[^1].Text.Should().Be("Ends/Friday, October 13, 2023\nIssued at HKT 20:41");
        agreement.AllClauses().Should().NotContain(c => c.Text.Contains("NNNN") || c.Text.Contains("Go to main content"));
        agreement.Metadata.Signed!.Value.Should().Be(new DateOnly(2023, 10, 13));
    }

    [Theory]
    [MemberData(nameof(SeedCorpus.All), MemberType = typeof(SeedCorpus))]
    public void Every_clause_of_every_seed_has_clean_text_and_a_span_inside_the_file(string seed)
    {
        var agreement = SeedCorpus.Read(seed);

        foreach (var clause in agreement.AllClauses())
        {
            clause.Span.StartLine.Should().BeInRange(1, agreement.SourceLineCount);
            clause.Span.EndLine.Should().BeInRange(clause.Span.StartLine, agreement.SourceLineCount);
            clause.Text.Should().NotContain("  ").And.NotContain("，").And.NotContain("（").And.NotContain("“");
            clause.Path.Should().EndWith(clause.Label);
            if (clause.Kind is not (ClauseKind.Signatures or ClauseKind.Parties))
            {
                clause.Text.Should().NotMatchRegex(@"\p{IsCJKUnifiedIdeographs} \p{IsCJKUnifiedIdeographs}");
            }
        }
    }

    [Fact]
    public void Reading_the_same_seed_twice_gives_the_same_tree()
    {
        var first = SeedCorpus.Read(Seed.ZhejiangAgreement).AllClauses().Select(c => (c.Path, c.Heading, c.Text, c.Span)).ToList();
        var second = SeedCorpus.Read(Seed.ZhejiangAgreement).AllClauses().Select(c => (c.Path, c.Heading, c.Text, c.Span)).ToList();

        second.Should().Equal(first);
    }
}
