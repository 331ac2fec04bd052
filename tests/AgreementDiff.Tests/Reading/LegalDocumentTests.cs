using AgreementDiff.Reading;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Reading;

/// <summary>The legal-document family: 编/章/节/条/款/项, contents lists, revision histories and the real laws of the evaluation set.</summary>
public sealed class LegalDocumentTests
{
    private static readonly string Laws = Path.Combine(SeedCorpus.RepositoryRoot, "tests", "AgreementDiff.Tests", "Alignment", "Laws");

    private static readonly string ReadingLaws = Path.Combine(SeedCorpus.RepositoryRoot, "tests", "AgreementDiff.Tests", "Reading", "Laws");

    public static TheoryData<string> LawFiles => [.. Directory.GetFiles(Laws).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
        .Where(f => Path.GetFileName(f) != "MANIFEST.md").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(LawFiles))]
    public void Real_law_reads_with_unique_paths_articles_nested_in_chapters_and_no_warning(string file)
    {
        var law = AgreementReader.ReadFile(Path.Combine(Laws, file));
        var all = law.AllClauses().ToList();

        law.Diagnostics.Should().BeEmpty();
        all.Select(c => c.Path).Should().OnlyHaveUniqueItems();
        law.Title.Should().NotBeEmpty().And.NotContain("#");
        var articles = all.Where(c => c.Style == NumberingStyle.Article).ToList();
        articles.Should().NotBeEmpty();

        // Every article sits in a chapter (or a 节 in a chapter, or the unnumbered 附则), and they are numbered 1, 2, 3 … in order.
        articles.Should().OnlyContain(a => a.Parent != null && (a.Parent.Style == NumberingStyle.Chapter || a.Parent.Style == NumberingStyle.ChapterSection || a.Parent.Style == NumberingStyle.Heading));
        articles.Select(a => a.Number).Should().Equal(Enumerable.Range(1, articles.Count).Select(n => (int?)n));
        law.Clauses.Should().OnlyContain(c => c.Style == NumberingStyle.Chapter || c.Style == NumberingStyle.Heading || c.Kind == ClauseKind.Preamble);

        // No article is read as a heading: a law's articles have none.
        articles.Should().OnlyContain(a => a.Heading == null);
    }

    [Fact]
    public void Markdown_law_keeps_chapters_sections_and_articles_with_spans_on_the_original_lines()
    {
        var path = Path.Combine(Laws, "admin-reconsideration-2023.md");
        var law = AgreementReader.ReadFile(path);
        var lines = File.ReadAllLines(path);

        law.Metadata.Format.Should().Be(InputFormat.Markdown);
        law.Clauses.Select(c => c.Label).Should().Equal("第一章", "第二章", "第三章", "第四章", "第五章", "第六章", "第七章");
        law.Clauses[0].Heading.Should().Be("总则");
        law.Clauses[6].Heading.Should().Be("附则");
        law["第十一条"].Path.Should().Be("第二章/第一节/第十一条");
        law["第二章/第一节"].Heading.Should().Be("行政复议范围");
        var article = law["第十一条"];
        lines[article.Span.StartLine - 1].Should().StartWith("第十一条 ");
        lines[law["第二章"].Span.StartLine - 1].Should().Be("## 第二章 行政复议申请");
    }

    [Fact]
    public void Paragraph_after_an_articles_items_is_the_articles_next_paragraph_not_part_of_the_last_item()
    {
        var law = AgreementReader.ReadFile(Path.Combine(Laws, "admin-reconsideration-2023.md"));
        var article = law["第十三条"];

        article.Children.Select(c => c.Label).Should().Equal("(一)", "(二)", "(三)", "(四)");
        article.Children[^1].Text.Should().Be("法律、法规、规章授权的组织的规范性文件。");
        article.Text.Should().EndWith("前款所列规范性文件不含规章。规章的审查依照法律、行政法规办理。");
    }

    [Fact]
    public void Second_list_of_an_article_nests_in_its_own_paragraph_so_paths_stay_unique()
    {
        var law = AgreementReader.ReadFile(Path.Combine(Laws, "admin-reconsideration-2023.md"));
        var article = law["第六十五条"];

        article.Children.Select(c => c.Label).Should().Equal("(一)", "(二)", "第二款");
        law["第六十五条/第二款"].Text.Should().StartWith("行政行为有下列情形之一,不需要撤销或者责令履行的");
        law["第六十五条/第二款"].Children.Select(c => c.Label).Should().Equal("(一)", "(二)", "(三)");
        law["第六十五条/第二款/(三)"].Text.Should().StartWith("被申请人不履行或者拖延履行法定职责");
    }

    [Fact]
    public void Unnumbered_chapter_heading_standing_alone_between_articles_opens_a_chapter()
    {
        var law = AgreementReader.ReadFile(Path.Combine(Laws, "organ-transplant-2023.md"));

        law.Clauses[^1].Label.Should().Be("附则");
        law.Clauses[^1].Style.Should().Be(NumberingStyle.Heading);
        law.Clauses[^1].Children.Select(c => c.Label).Should().Equal("第五十条");
        law["第四十九条"].Text.Should().NotContain("附");
    }

    [Fact]
    public void Revision_history_goes_into_metadata_each_date_with_its_event()
    {
        var law = AgreementReader.ReadFile(Path.Combine(Laws, "admin-reconsideration-2023.md"));

        law.Metadata.History.Select(h => (h.Kind, h.Word, h.Date.Value)).Should().Equal(
            (RevisionKind.Adopted, "通过", new DateOnly(1999, 4, 29)),
            (RevisionKind.Amended, "第一次修正", new DateOnly(2009, 8, 27)),
            (RevisionKind.Amended, "第二次修正", new DateOnly(2017, 9, 1)),
            (RevisionKind.Revised, "修订", new DateOnly(2023, 9, 1)));
        law.Metadata.Signed!.Value.Should().Be(new DateOnly(2023, 9, 1));
        law.Clauses.Should().NotContain(c => c.Kind == ClauseKind.Preamble);
    }

    [Fact]
    public void Revision_history_in_brackets_wrapped_over_lines_is_read_whole_and_a_cited_decisions_word_is_not_the_event()
    {
        const string text = "中华人民共和国测试条例\n（2002年9月29日中华人民共和国国务院令第363号公布　根据2011年1月8日\n《国务院关于废止和修改部分行政法规的决定》第一次修订）\n\n第一章　总　　则\n\n第一条　为了测试，制定本条例。\n\n第二条　本条例自2002年11月15日起施行。\n";

        var law = AgreementReader.Parse(text, "test.txt");

        law.Metadata.History.Select(h => (h.Kind, h.Word, h.Date.Text)).Should().Equal(
            (RevisionKind.Promulgated, "公布", "2002年9月29日"),
            (RevisionKind.Revised, "第一次修订", "2011年1月8日"));
        law.Clauses.Select(c => c.Label).Should().Equal("第一章");
        law.Clauses[0].Heading.Should().Be("总则");
    }

    [Fact]
    public void Note_of_when_an_amendment_takes_effect_above_its_dated_history_line_is_part_of_the_history()
    {
        var law = AgreementReader.ReadFile(Path.Combine(ReadingLaws, "criminal-amendment-3.md"));

        law.Metadata.History.Select(h => (h.Kind, h.Word, h.Date.Text, h.Date.Value)).Should().Equal(
            (RevisionKind.InForce, "实行", "公布之日", (DateOnly?)null),
            (RevisionKind.Adopted, "通过", "2001年12月29日", new DateOnly(2001, 12, 29)));
        law.Metadata.Signed!.Value.Should().Be(new DateOnly(2001, 12, 29));
        law.Clauses.Should().ContainSingle().Which.Text.Should().StartWith("为了惩治恐怖活动犯罪").And.NotContain("2001年12月29日");
    }

    [Fact]
    public void Annex_printed_after_the_last_article_is_an_annex_not_the_articles_text()
    {
        var law = AgreementReader.ReadFile(Path.Combine(ReadingLaws, "arbitration-fees-1995.md"));

        law.Diagnostics.Should().BeEmpty();
        law["第十五条"].Text.Should().Be("本办法自1995年9月1日起施行。");
        var annex = law.Clauses[^1];
        (annex.Kind, annex.Label, annex.Parent).Should().Be((ClauseKind.Annex, "附件", null));
        annex.Text.Should().StartWith("仲裁委员会仲裁案件受理费表").And.Contain("1000001元以上的部分");
    }

    [Fact]
    public void Annexes_of_a_law_numbered_alike_keep_their_items_under_them_with_unique_paths()
    {
        const string text = "测试条例\n\n第一条　为了测试，制定本条例。\n\n第二条　本条例自公布之日起施行。\n\n附件一：甲类事项\n\n一、第一项。\n\n二、第二项。\n\n附件二：乙类事项\n\n一、另一项。\n";

        var law = AgreementReader.Parse(text, "test.txt", new AgreementReaderOptions { StrictNumbering = true });

        law.Diagnostics.Should().BeEmpty();
        law.Clauses.Select(c => (c.Label, c.Kind, c.Heading)).Should().Equal(
            ("第一条", ClauseKind.Section, null), ("第二条", ClauseKind.Section, null), ("附件一", ClauseKind.Annex, "甲类事项"), ("附件二", ClauseKind.Annex, "乙类事项"));
        law["第二条"].Text.Should().Be("本条例自公布之日起施行。");
        law.AllClauses().Select(c => c.Path).Should().Contain(["附件一/一", "附件一/二", "附件二/一"]).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Annexes_an_article_lists_stay_its_text_and_the_articles_after_it_stay_top_level()
    {
        const string text = "合作协议\n\n第一条　双方加强经贸合作。\n\n第二条　本协议包括以下附件：\n\n附件一：合作项目清单\n\n附件二：联络机制\n\n第三条　本协议自签署之日起生效。\n";

        var agreement = AgreementReader.Parse(text, "test.txt", new AgreementReaderOptions { StrictNumbering = true });

        agreement.Diagnostics.Should().BeEmpty();
        agreement.Clauses.Select(c => (c.Label, c.Kind)).Should().Equal(("第一条", ClauseKind.Section), ("第二条", ClauseKind.Section), ("第三条", ClauseKind.Section));
        agreement["第二条"].Text.Should().Contain("附件一").And.Contain("附件二");
    }

    [Theory]
    [InlineData("# 测试基本法\n\n## 序言\n\n")]
    [InlineData("测试基本法\n\n序　　言\n\n")]
    public void Preamble_under_its_own_heading_is_the_preamble_and_the_chapters_after_it_are_top_level(string opening)
    {
        var text = opening + "一九八四年十二月十九日，两国政府签署了联合声明。\n\n国家决定设立特别行政区。\n\n"
            + "第一章　总　　则\n\n第一条　特别行政区是国家不可分离的部分。\n\n第二章　附　　则\n\n第二条　本法自1997年7月1日起实施。\n";

        var law = AgreementReader.Parse(text, "test.md");

        law.Diagnostics.Should().BeEmpty();
        law.Clauses.Select(c => (c.Label, c.Kind)).Should().Equal(("preamble", ClauseKind.Preamble), ("第一章", ClauseKind.Section), ("第二章", ClauseKind.Section));
        law.Clauses[0].Heading.Should().Be("序言");
        law.Clauses[0].Text.Should().Be("一九八四年十二月十九日,两国政府签署了联合声明。\n国家决定设立特别行政区。");
        law["第二条"].Path.Should().Be("第二章/第二条");
    }

    [Theory]
    [InlineData("目录")]
    [InlineData("目　　录")]
    [InlineData("目錄")]
    public void Contents_list_is_kept_in_metadata_and_never_read_as_clauses(string heading)
    {
        var text = $"中华人民共和国测试法\n\n{heading}\n\n第一章　总　　则\n第二章　管　　理\n　第一节　一般规定\n　第二节　特别规定\n第三章　附　　则\n\n"
            + "第一章　总　　则\n\n第一条　为了测试，制定本法。\n\n第二章　管　　理\n\n第一节　一般规定\n\n第二条　管理应当依法进行。\n\n第二节　特别规定\n\n第三条　特别事项依照本法第二条规定办理。\n\n第三章　附　　则\n\n第四条　本法自2030年1月1日起施行。\n";

        var law = AgreementReader.Parse(text, "test.txt");

        law.Diagnostics.Should().BeEmpty();
        law.Metadata.Contents.Should().Equal("第一章总则", "第二章管理", "第一节一般规定", "第二节特别规定", "第三章附则");
        law.Clauses.Select(c => c.Label).Should().Equal("第一章", "第二章", "第三章");
        law["第三条"].Path.Should().Be("第二章/第二节/第三条");
        law.AllClauses().Select(c => c.Path).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("第十六条规定的期限内作出决定。")]
    [InlineData("第二十八条第（二）项、第（三）项规定的情形。")]
    [InlineData("第三条所列事项除外。")]
    public void Article_cited_at_the_start_of_a_wrapped_line_opens_no_clause(string wrapped)
    {
        var text = $"测试条例\n\n第一条　为了测试，制定本条例。\n\n第二条　行政机关应当在本条例\n{wrapped}\n\n第三条　本条例自公布之日起施行。\n";

        var law = AgreementReader.Parse(text, "test.txt");

        law.Diagnostics.Should().BeEmpty();
        law.Clauses.Select(c => c.Label).Should().Equal("第一条", "第二条", "第三条");
        law["第二条"].Text.Should().Contain(wrapped.TrimEnd('。')[..4]);
    }

    [Fact]
    public void Traditional_law_reads_like_a_simplified_one()
    {
        const string text = "測試條例\n\n第一章　總　　則\n\n第一條　為了測試，制定本條例。\n\n第二章　附　　則\n\n第二條　本條例自公布之日起施行。\n";

        var law = AgreementReader.Parse(text, "test.txt");

        law.Diagnostics.Should().BeEmpty();
        law["第二條"].Path.Should().Be("第二章/第二條");
        law.Clauses[1].Heading.Should().Be("附則");
    }

    [Theory]
    [InlineData("第十二条")]
    [InlineData("第12条")]
    [InlineData("第十二條")]
    [InlineData("12")]
    [InlineData("§ 第一章/第12条")]
    [InlineData("第1章/12")]
    public void Article_is_found_by_its_number_in_any_form(string address)
    {
        var law = AgreementReader.ReadFile(Path.Combine(Laws, "statistics-2024.md"));

        law[address].Path.Should().Be("第一章/第十二条");
    }

    [Fact]
    public void Number_forms_never_shadow_a_label_printed_that_way_nor_match_another_kind_of_clause()
    {
        const string text = "合作協議\n\n一、總則\n\n12. 第十二項內容。\n\n第十二條 條文。\n";
        var agreement = AgreementReader.Parse(text, "test.txt");

        agreement.Find("12").Select(c => c.Label).Should().Equal("12");
        agreement.Find("第12條").Select(c => c.Label).Should().Equal("第十二條");
        agreement.Find("(12)").Should().BeEmpty();
    }
}
