using AgreementDiff.Reading;

namespace AgreementDiff.Tests.Reading;

/// <summary>How <see cref="AgreementReader"/> reads the numbering and framing of agreements drafted in English.</summary>
public sealed class AgreementReaderEnglishTests
{
    private const string Preamble = "To deepen exchange and co-operation, the two governments have agreed as follows:\n";

    [Fact]
    public void Parse_LowerCaseRomanItems_NestUnderTheirLetter()
    {
        const string text = Preamble
            + "1. Objectives\nBoth sides will work together.\n"
            + "2. Areas of Co-operation\n"
            + "(a) Finance\n(i) Both sides support listing.\n(ii) Both sides hold a forum.\n(iii) Both sides train staff.\n(iv) Both sides share data.\n"
            + "(b) Trade\n(i) Both sides organise a fair.\n(ii) Both sides set up a desk.\n";

        var agreement = AgreementReader.Parse(text, "roman-items");

        agreement.Diagnostics.Should().BeEmpty();
        agreement.AllClauses().Where(c => c.Style != NumberingStyle.None).Select(c => (c.Path, c.Number, c.Style)).Should().Equal(
            ("1", 1, NumberingStyle.Arabic),
            ("2", 2, NumberingStyle.Arabic),
            ("2/(a)", 1, NumberingStyle.LatinParenthesized),
            ("2/(a)/(i)", 1, NumberingStyle.RomanParenthesized),
            ("2/(a)/(ii)", 2, NumberingStyle.RomanParenthesized),
            ("2/(a)/(iii)", 3, NumberingStyle.RomanParenthesized),
            ("2/(a)/(iv)", 4, NumberingStyle.RomanParenthesized),
            ("2/(b)", 2, NumberingStyle.LatinParenthesized),
            ("2/(b)/(i)", 1, NumberingStyle.RomanParenthesized),
            ("2/(b)/(ii)", 2, NumberingStyle.RomanParenthesized));
        agreement["2/(a)/(ii)"].Text.Should().Be("Both sides hold a forum.");
        agreement["2/(a)"].Heading.Should().Be("Finance");
        agreement["2/(a)/(i)"].Kind.Should().Be(ClauseKind.Item);
    }

    [Fact]
    public void Parse_LetterIAfterLetterH_IsALetterAndRomanVAfterIvIsRoman()
    {
        var letters = string.Concat("abcdefghij".Select(c => $"({c}) Topic {c}.\n"));
        var text = Preamble + "1. Scope\n" + letters + "2. Details\n(i) One.\n(ii) Two.\n(iii) Three.\n(iv) Four.\n(v) Five.\n(vi) Six.\n";

        var agreement = AgreementReader.Parse(text, "letters-and-romans");

        agreement.Diagnostics.Should().BeEmpty();
        agreement["1"].Children.Select(c => (c.Label, c.Number, c.Style)).Should().Equal(
            "abcdefghij".Select((c, i) => ($"({c})", (int?)(i + 1), NumberingStyle.LatinParenthesized)));
        agreement["2"].Children.Select(c => (c.Label, c.Number, c.Style)).Should().Equal(
            new[] { "i", "ii", "iii", "iv", "v", "vi" }.Select((r, i) => ($"({r})", (int?)(i + 1), NumberingStyle.RomanParenthesized)));
    }

    [Fact]
    public void Parse_RomanListAfterALetterEndingInAColon_NestsUnderTheLetterAndTheNextLetterFollows()
    {
        var letters = string.Concat("abcdefg".Select(c => $"({c}) Topic {c}.\n"));
        var text = Preamble + "1. Scope\n" + letters + "(h) the following measures:\n(i) First measure.\n(ii) Second measure.\n(i) Topic i.\n";

        var agreement = AgreementReader.Parse(text, "colon");

        agreement.Diagnostics.Should().BeEmpty();
        agreement["1"].Children.Select(c => c.Label).Should().Equal("(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)", "(i)");
        agreement["1/(h)"].Children.Select(c => (c.Path, c.Style)).Should().Equal(
            ("1/(h)/(i)", NumberingStyle.RomanParenthesized), ("1/(h)/(ii)", NumberingStyle.RomanParenthesized));
        agreement["1/(i)"].Style.Should().Be(NumberingStyle.LatinParenthesized);
        agreement["1/(i)"].Text.Should().Be("Topic i.");
    }

    [Fact]
    public void Parse_UpperCaseRomanSectionHeadings_AreTopLevelSections()
    {
        const string text = "Co-operation Agreement\n\n" + Preamble
            + "I. Objectives\nBoth sides will work together.\n"
            + "II. Finance\n1. Both sides support listing.\n2. Both sides hold a forum.\n"
            + "III. Trade\n1. Both sides organise a fair.\n";

        var agreement = AgreementReader.Parse(text, "roman-sections");

        agreement.Diagnostics.Should().BeEmpty();
        agreement.Clauses.Select(c => (c.Label, c.Kind)).Should().Equal(
            ("preamble", ClauseKind.Preamble), ("I", ClauseKind.Section), ("II", ClauseKind.Section), ("III", ClauseKind.Section));
        agreement.AllClauses().Where(c => c.Style != NumberingStyle.None).Select(c => (c.Path, c.Number, c.Heading)).Should().Equal(
            ("I", 1, "Objectives"), ("II", 2, "Finance"), ("II/1", 1, null), ("II/2", 2, null), ("III", 3, "Trade"), ("III/1", 1, null));
        agreement["I"].Style.Should().Be(NumberingStyle.Roman);
        agreement["I"].Text.Should().Be("Both sides will work together.");
        agreement["III/1"].Text.Should().Be("Both sides organise a fair.");
    }

    [Fact]
    public void Parse_UpperCaseRomanInParentheses_IsARomanSequenceAndAfterLetterHIsTheLetter()
    {
        var letters = string.Concat("ABCDEFGH".Select(c => $"({c}) Topic {c}.\n"));
        var text = Preamble + "1. Areas\n(I) Finance\nBoth sides support listing.\n(II) Trade\nBoth sides organise a fair.\n(III) Culture\nBoth sides stage exhibitions.\n"
            + "2. Scope\n" + letters + "(I) Topic I.\n";

        var agreement = AgreementReader.Parse(text, "upper-roman-parenthesized");

        agreement.Diagnostics.Should().BeEmpty();
        agreement["1"].Children.Select(c => (c.Label, c.Number, c.Style, c.Heading)).Should().Equal(
            ("(I)", 1, NumberingStyle.UpperRomanParenthesized, "Finance"),
            ("(II)", 2, NumberingStyle.UpperRomanParenthesized, "Trade"),
            ("(III)", 3, NumberingStyle.UpperRomanParenthesized, "Culture"));
        agreement["1/(II)"].Text.Should().Be("Both sides organise a fair.");
        agreement["2"].Children.Select(c => (c.Label, c.Number, c.Style)).Should().Equal(
            "ABCDEFGHI".Select((c, i) => ($"({c})", (int?)(i + 1), NumberingStyle.UpperLatinParenthesized)));
    }

    [Theory]
    [InlineData("ARTICLE 1 OBJECTIVES", "ARTICLE 2 FINANCE", "Article 1", "Article 2", 1, "OBJECTIVES", "FINANCE")]
    [InlineData("Article One Objectives", "Article Two Finance", "Article One", "Article Two", 1, "Objectives", "Finance")]
    [InlineData("ARTICLE I OBJECTIVES", "ARTICLE II FINANCE", "Article I", "Article II", 1, "OBJECTIVES", "FINANCE")]
    [InlineData("Article 1 - Objectives", "Article 2 – Finance", "Article 1", "Article 2", 1, "Objectives", "Finance")]
    [InlineData("Article Eleven Objectives", "Article Twelve Finance", "Article Eleven", "Article Twelve", 11, "Objectives", "Finance")]
    public void Parse_ArticleHeadingsInOtherSpellings_AreNumberedSections(string first, string second, string label1, string label2, int number, string heading1, string heading2)
    {
        var text = Preamble + first + "\nBoth sides will work together.\n" + second + "\n(1) Both sides support listing.\n(2) Both sides hold a forum.\n";

        var agreement = AgreementReader.Parse(text, "articles");

        agreement.Clauses.Where(c => c.Style != NumberingStyle.None).Select(c => (c.Label, c.Number, c.Heading, c.Style)).Should().Equal(
            (label1, number, heading1, NumberingStyle.Article), (label2, number + 1, heading2, NumberingStyle.Article));
        agreement[label1].Text.Should().Be("Both sides will work together.");
        agreement[label2].Children.Select(c => c.Path).Should().Equal(label2 + "/(1)", label2 + "/(2)");
    }

    [Fact]
    public void Parse_DecimalNumbering_NestsEachLevelUnderTheNumberItExtends()
    {
        const string text = Preamble
            + "1. Objectives\nBoth sides will work together.\n"
            + "2. Areas of Co-operation\n"
            + "2.1 Finance\n2.1.1 Both sides support listing.\n2.1.2 Both sides hold a forum.\n"
            + "2.2 Trade\n2.2.1 Both sides organise a fair.\n"
            + "3. Final Provisions\nThe Memorandum lasts five years.\n";

        var agreement = AgreementReader.Parse(text, "decimal");

        agreement.Diagnostics.Should().BeEmpty();
        agreement.AllClauses().Where(c => c.Style != NumberingStyle.None).Select(c => (c.Path, c.Number, c.Style)).Should().Equal(
            ("1", 1, NumberingStyle.Arabic),
            ("2", 2, NumberingStyle.Arabic),
            ("2/2.1", 1, NumberingStyle.Decimal),
            ("2/2.1/2.1.1", 1, NumberingStyle.Decimal),
            ("2/2.1/2.1.2", 2, NumberingStyle.Decimal),
            ("2/2.2", 2, NumberingStyle.Decimal),
            ("2/2.2/2.2.1", 1, NumberingStyle.Decimal),
            ("3", 3, NumberingStyle.Arabic));
        agreement["2.1"].Heading.Should().Be("Finance");
        agreement["2.1.2"].Text.Should().Be("Both sides hold a forum.");
        agreement["3"].Text.Should().Be("The Memorandum lasts five years.");
    }

    [Fact]
    public void Parse_DecimalNumbersWithoutAParentClause_StartANewSequenceUnderEachPrefix()
    {
        const string text = Preamble
            + "1.1 Finance\nBoth sides support listing.\n1.2 Trade\nBoth sides organise a fair.\n"
            + "2.1 Culture\nBoth sides stage exhibitions.\n2.2 Tourism\nBoth sides promote travel.\n2.3 Youth\nBoth sides fund exchanges.\n";

        var agreement = AgreementReader.Parse(text, "decimal-without-parents");

        agreement.Diagnostics.Should().BeEmpty();
        agreement.AllClauses().Where(c => c.Style != NumberingStyle.None).Select(c => (c.Path, c.Number, c.Heading)).Should().Equal(
            ("1.1", 1, "Finance"), ("1.2", 2, "Trade"), ("2.1", 1, "Culture"), ("2.2", 2, "Tourism"), ("2.3", 3, "Youth"));
        agreement["1.2"].Text.Should().Be("Both sides organise a fair.");
        agreement["2.1"].Text.Should().Be("Both sides stage exhibitions.");
    }

    [Fact]
    public void Parse_DecimalNumberWithAPrefixOtherThanItsParentsNumber_LeavesTheParent()
    {
        const string text = Preamble
            + "1. Objectives\n1.1 Finance\nBoth sides support listing.\n1.2 Trade\nBoth sides organise a fair.\n"
            + "2.1 Culture\nBoth sides stage exhibitions.\n2.1.1 Exhibitions\nBoth sides lend works.\n2.2 Youth\nBoth sides fund exchanges.\n";

        var agreement = AgreementReader.Parse(text, "decimal-leaves-parent");

        agreement.AllClauses().Where(c => c.Style != NumberingStyle.None).Select(c => c.Path).Should().Equal(
            "1", "1/1.1", "1/1.2", "2.1", "2.1/2.1.1", "2.2");
        agreement["1.2"].Text.Should().Be("Both sides organise a fair.");
    }

    [Fact]
    public void Parse_UpperCaseRomanHeadingThatSkipsANumber_OpensTheSectionWithAWarning()
    {
        const string text = Preamble
            + "I. Objectives\nBoth sides will work together.\nII. Finance\nBoth sides support listing.\n"
            + "IV. Trade\nBoth sides organise a fair.\nV. Final Provisions\nThe Memorandum lasts five years.\n";

        var agreement = AgreementReader.Parse(text, "roman-skip");

        agreement.Clauses.Where(c => c.Style == NumberingStyle.Roman).Select(c => (c.Label, c.Number, c.Heading)).Should().Equal(
            ("I", 1, "Objectives"), ("II", 2, "Finance"), ("IV", 4, "Trade"), ("V", 5, "Final Provisions"));
        agreement["II"].Text.Should().Be("Both sides support listing.");
        agreement.Diagnostics.Should().ContainSingle().Which.Should().Match<ReadDiagnostic>(d => d.Problem == ReadProblem.NumberingSkipped && d.Line == 6);
    }

    [Theory]
    [InlineData("a) the annex to this Memorandum.")]
    [InlineData("I. M. Pei Foundation in New York.")]
    [InlineData("i. e. the annex to this Memorandum.")]
    public void Parse_FirstMarkerOfAnAmbiguousFormInsideASentence_StaysText(string wrapped)
    {
        var text = Preamble + "1. Objectives\nBoth sides will exchange the staff listed in\n" + wrapped + "\n2. Trade\nBoth sides organise a fair.\n";

        var agreement = AgreementReader.Parse(text, "wrapped-marker");

        agreement.AllClauses().Where(c => c.Style != NumberingStyle.None).Select(c => c.Path).Should().Equal("1", "2");
        agreement["1"].Text.Should().EndWith(wrapped);
    }

    [Fact]
    public void Parse_DecimalNumberStartingAWrappedLine_StaysText()
    {
        const string text = "1. Objectives\nBoth sides will invest a total of\n1.5 billion dollars in the fund, and\n2.5 Million dollars each year.\n2. Trade\nBoth sides organise a fair.\n";

        var agreement = AgreementReader.Parse(text, "decimal-text");

        agreement.AllClauses().Select(c => c.Path).Should().Equal("1", "2");
        agreement["1"].Text.Should().Contain("1.5 billion dollars").And.Contain("2.5 Million dollars");
    }

    [Fact]
    public void Parse_ItemsWithClosingParenthesisDotAndUpperCaseLetters_Nest()
    {
        const string text = Preamble
            + "1. Finance\n(A) Banking\na) Both sides support listing.\nb) Both sides hold a forum.\n"
            + "(B) Insurance\ni. Both sides share data.\nii. Both sides train staff.\n"
            + "2. Trade\nBoth sides organise a fair.\n";

        var agreement = AgreementReader.Parse(text, "item-forms");

        agreement.Diagnostics.Should().BeEmpty();
        agreement.AllClauses().Where(c => c.Style != NumberingStyle.None).Select(c => (c.Path, c.Number, c.Style)).Should().Equal(
            ("1", 1, NumberingStyle.Arabic),
            ("1/(A)", 1, NumberingStyle.UpperLatinParenthesized),
            ("1/(A)/a", 1, NumberingStyle.Latin),
            ("1/(A)/b", 2, NumberingStyle.Latin),
            ("1/(B)", 2, NumberingStyle.UpperLatinParenthesized),
            ("1/(B)/i", 1, NumberingStyle.LowerRoman),
            ("1/(B)/ii", 2, NumberingStyle.LowerRoman),
            ("2", 2, NumberingStyle.Arabic));
        agreement["1/(A)/b"].Text.Should().Be("Both sides hold a forum.");
        agreement["(B)"].Heading.Should().Be("Insurance");
    }

    [Fact]
    public void Parse_NumberedItemsRestartingUnderALetter_NestUnderTheLetter()
    {
        const string text = Preamble
            + "1. Objectives\nBoth sides will work together.\n"
            + "2. Areas of Co-operation\n"
            + "(a) Finance\n1. Both sides support listing.\n2. Both sides hold a forum.\n"
            + "(b) Trade\n1. Both sides organise a fair.\n2. Both sides set up a desk.\n3. Both sides meet yearly.\n"
            + "3. Final Provisions\nThe Memorandum lasts five years.\n";

        var agreement = AgreementReader.Parse(text, "restart");

        agreement.Diagnostics.Should().BeEmpty();
        agreement.AllClauses().Where(c => c.Style != NumberingStyle.None).Select(c => c.Path).Should().Equal(
            "1", "2", "2/(a)", "2/(a)/1", "2/(a)/2", "2/(b)", "2/(b)/1", "2/(b)/2", "2/(b)/3", "3");
        agreement["2/(b)/3"].Text.Should().Be("Both sides meet yearly.");
        agreement.Clauses.Single(c => c.Path == "3").Heading.Should().Be("Final Provisions");
    }

    [Theory]
    [InlineData("Done in Chengdu on 12 May 2025 in four originals, each equally authentic.")]
    [InlineData("This Agreement shall enter into force on the date of signature.")]
    public void Parse_EnglishClosingFormulaWithoutSignatures_IsTheClosing(string formula)
    {
        var text = Preamble + "Article 1 Objectives\nBoth sides will work together.\nArticle 2 Trade\nBoth sides organise a fair.\n" + formula + "\n";

        var agreement = AgreementReader.Parse(text, "closing");

        agreement.Clauses.Select(c => (c.Label, c.Kind)).Should().Equal(
            ("preamble", ClauseKind.Preamble), ("Article 1", ClauseKind.Section), ("Article 2", ClauseKind.Section), ("closing", ClauseKind.Closing));
        agreement["closing"].Text.Should().Be(formula);
        agreement["Article 2"].Text.Should().Be("Both sides organise a fair.");
    }

    [Fact]
    public void Parse_DoneInAfterEntryIntoForce_StaysInTheClosing()
    {
        const string text = Preamble + "Article 1 Objectives\nBoth sides will work together.\n"
            + "This Agreement shall enter into force on the date of signature.\nDone in Chengdu on 12 May 2025 in four originals, each equally authentic.\n";

        var agreement = AgreementReader.Parse(text, "closing");

        agreement.Clauses.Select(c => c.Label).Should().Equal("preamble", "Article 1", "closing");
        agreement["closing"].Text.Should().Be("This Agreement shall enter into force on the date of signature.\nDone in Chengdu on 12 May 2025 in four originals, each equally authentic.");
        agreement.Metadata.Signed!.Value.Should().Be(new DateOnly(2025, 5, 12));
    }

    [Fact]
    public void Parse_LongEnglishTitle_IsTheTitle()
    {
        const string title = "Co-operation Agreement between the Government of the Hong Kong Special Administrative Region and the People's Government of Sichuan Province";
        var text = title + "\n\n" + Preamble + "Article 1 Objectives\nBoth sides will work together.\n";

        var agreement = AgreementReader.Parse(text, "long-title");

        agreement.Title.Should().Be(title);
        agreement["preamble"].Text.Should().Be(Preamble.TrimEnd());
    }

    [Theory]
    [InlineData("Memorandum of Understanding on Co-operation\nbetween the Government of the Hong Kong Special Administrative Region\nand the People's Government of Sichuan Province\n")]
    [InlineData("MEMORANDUM OF UNDERSTANDING ON CO-OPERATION\n\nbetween the Government of the Hong Kong Special Administrative Region and the People's Government of Sichuan Province\n")]
    [InlineData("Co-operation Agreement between\nthe Government of the Hong Kong Special Administrative Region\nand the People's Government of Yunnan Province\non Deepening Hong Kong/Yunnan Co-operation\n")]
    public void Parse_EnglishTitleContinuedOnFollowingLines_JoinsTheLines(string titleLines)
    {
        var text = titleLines + "\n" + Preamble + "Article 1 Objectives\nBoth sides will work together.\n";

        var agreement = AgreementReader.Parse(text, "two-line-title");

        agreement.Title.Should().Be(string.Join(' ', titleLines.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        agreement["preamble"].Text.Should().Be(Preamble.TrimEnd());
    }

    [Fact]
    public void Parse_TitleBrokenOffAfterBetween_TakesTheNextLinesAndLeavesThePartyLinesToTheParties()
    {
        const string text = "Co-operation Agreement between\nthe Government of the Hong Kong Special Administrative Region\nand the People's Government of Yunnan Province\n\n"
            + "Party A: The Government of the Hong Kong Special Administrative Region\nParty B: The People's Government of Yunnan Province\n\n" + Preamble + "1. Objectives\nBoth sides will work together.\n";

        var agreement = AgreementReader.Parse(text, "broken-title");

        agreement.Title.Should().Be("Co-operation Agreement between the Government of the Hong Kong Special Administrative Region and the People's Government of Yunnan Province");
        agreement.Clauses.Select(c => c.Kind).Should().StartWith([ClauseKind.Parties, ClauseKind.Preamble]);
        agreement["preamble"].Text.Should().Be(Preamble.TrimEnd());
    }

    [Theory]
    [InlineData("Co-operation Agreement between\n\nThe two governments wishing to deepen exchanges in trade and finance\n", "Co-operation Agreement between")]
    [InlineData("Agreement on the Establishment of\n12 March 2024\n", "Agreement on the Establishment of")]
    [InlineData("Co-operation Agreement between\nPreamble\n", "Co-operation Agreement between")]
    public void Parse_TitleBrokenOffAfterAConnectingWord_StopsAtABlankLineADateOrAWordThatNamesNoBody(string opening, string title)
    {
        var agreement = AgreementReader.Parse(opening + "\n" + Preamble + "1. Objectives\nBoth sides will work together.\n", "stops");

        agreement.Title.Should().Be(title);
        agreement.Title.Should().NotContain("governments wishing").And.NotContain("2024").And.NotContain("Preamble");
    }

    [Fact]
    public void Parse_TitleWithAConnectingWordOnALineOfItsOwn_KeepsBothPartiesInTheTitle()
    {
        const string text = "Co-operation Agreement between\nThe Government of the Hong Kong Special Administrative Region\nand\nThe People's Government of Yunnan Province\n\n"
            + Preamble + "1. Objectives\nBoth sides will work together.\n";

        var agreement = AgreementReader.Parse(text, "lone-and");

        agreement.Title.Should().Be("Co-operation Agreement between The Government of the Hong Kong Special Administrative Region and The People's Government of Yunnan Province");
        agreement.Metadata.Parties.Should().Equal("Government of the Hong Kong Special Administrative Region", "People's Government of Yunnan Province");
        agreement["preamble"].Text.Should().Be(Preamble.TrimEnd());
    }

    [Fact]
    public void Parse_TitleFollowedByALowerCaseSentence_KeepsOnlyTheTitle()
    {
        const string text = "Co-operation Agreement\nboth sides have agreed as follows:\nArticle 1 Objectives\nBoth sides will work together.\n";

        var agreement = AgreementReader.Parse(text, "title-and-sentence");

        agreement.Title.Should().Be("Co-operation Agreement");
        agreement["preamble"].Text.Should().Be("both sides have agreed as follows:");
    }

    [Fact]
    public void Parse_EnglishHeadingWithCommasInTitleOrUpperCase_IsTheHeadingAndASentenceWithCommasIsNot()
    {
        const string text = Preamble
            + "ARTICLE 1 – TRADE, INVESTMENT AND PROFESSIONAL SERVICES\n1.1 The two sides shall promote trade.\n1.2 The two sides shall promote investment.\n"
            + "Article 2 – Culture, Tourism and Major Events\n2.1 The two sides shall stage exhibitions.\n"
            + "Article 3\nBoth sides will co-operate, share data and train staff\n3.1 The two sides shall meet every year.\n";

        var agreement = AgreementReader.Parse(text, "comma-headings");

        agreement["Article 1"].Heading.Should().Be("TRADE, INVESTMENT AND PROFESSIONAL SERVICES");
        agreement["Article 1"].Text.Should().BeEmpty();
        agreement["Article 2"].Heading.Should().Be("Culture, Tourism and Major Events");
        agreement["Article 3"].Heading.Should().BeNull();
        agreement["Article 3"].Text.Should().Be("Both sides will co-operate, share data and train staff");
    }

    private const string HongKong = "Government of the Hong Kong Special Administrative Region";
    private const string Sichuan = "People's Government of Sichuan Province";
    private const string Body = "Article 1 Objectives\nBoth sides will work together.\n\nThis Agreement shall enter into force on the date of signature.\n";

    [Theory]
    [InlineData("Memorandum of Understanding on Co-operation between the Government of the Hong Kong Special Administrative Region and the People's Government of Sichuan Province\n")]
    [InlineData("Memorandum of Understanding on Co-operation\nbetween the Government of the Hong Kong Special Administrative Region\nand the People's Government of Sichuan Province\n")]
    public void Parse_EnglishTitleNamingTheParties_GivesEachWholeName(string titleLines)
    {
        var agreement = AgreementReader.Parse(titleLines + "\n" + Preamble + Body, "title-parties");

        agreement.Metadata.Parties.Should().Equal(HongKong, Sichuan);
    }

    [Theory]
    [InlineData("Memorandum of Understanding between the Ministry of Science and Technology and the Innovation and Technology Bureau\n",
        "Ministry of Science and Technology", "Innovation and Technology Bureau")]
    [InlineData("Memorandum of Understanding between the Hong Kong SAR Government and Sichuan Provincial Government\n",
        "Hong Kong SAR Government", "Sichuan Provincial Government")]
    [InlineData("Memorandum of Understanding on Co-operation\nbetween the Home Affairs Bureau\nand the Culture, Sports and Tourism Bureau\n",
        "Home Affairs Bureau", "Culture, Sports and Tourism Bureau")]
    public void Parse_EnglishPartyNamesHoldingAndOrCommas_AreReadWhole(string titleLines, string first, string second)
    {
        var agreement = AgreementReader.Parse(titleLines + "\n" + Preamble + Body, "names-with-and");

        agreement.Title.Should().Be(string.Join(' ', titleLines.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        agreement.Metadata.Parties.Should().Equal(first, second);
    }

    [Fact]
    public void Parse_SignatureBlockWithChiefOrDeputyOfficeHolders_GivesOnlyTheBodies()
    {
        const string signatures = "\nFor the Government of the Hong Kong Special Administrative Region\nChief Secretary for Administration\n"
            + "\nFor the People's Government of Sichuan Province\nDeputy Secretary-General of the Provincial Government Office\n";

        var agreement = AgreementReader.Parse("Co-operation Agreement\n\n" + Preamble + Body + signatures, "chief-secretary");

        agreement.Metadata.Parties.Should().Equal(HongKong, Sichuan);
    }

    [Fact]
    public void Parse_UpperCaseEnglishTitle_GivesTheNamesAsPrinted()
    {
        const string text = "MEMORANDUM OF UNDERSTANDING BETWEEN THE TRADE AND INDUSTRY DEPARTMENT AND THE DEPARTMENT OF COMMERCE OF GUANGDONG PROVINCE ON TRADE\n\n";

        var agreement = AgreementReader.Parse(text + Preamble + Body, "upper-case-title");

        agreement.Metadata.Parties.Should().Equal("TRADE AND INDUSTRY DEPARTMENT", "DEPARTMENT OF COMMERCE OF GUANGDONG PROVINCE");
    }

    [Fact]
    public void Parse_EnglishSignatureBlock_GivesTheBodiesSigningForAndNotTheOfficesBelow()
    {
        const string signatures = "\nFor the Government of the Hong Kong Special Administrative Region\nSecretary for Constitutional and Mainland Affairs\n"
            + "\nFor and on behalf of the People's Government of Sichuan Province\nDirector of the Hong Kong and Macao Affairs Office of Sichuan Province\n"
            + "\nFor Invest Hong Kong\nDirector-General of Investment Promotion\n";

        var agreement = AgreementReader.Parse("Co-operation Agreement\n\n" + Preamble + Body + signatures, "signature-parties");

        agreement.Metadata.Parties.Should().Equal(HongKong, Sichuan, "Invest Hong Kong");
    }

    [Fact]
    public void Parse_PartiesNamedInTitleAndSignatures_AreListedOnceInOrderOfFirstAppearance()
    {
        const string text = "Co-operation Agreement between the People's Government of Sichuan Province and the Hong Kong SAR Government\n\n";
        const string signatures = "\nFor the HONG KONG SAR GOVERNMENT\n\nFor the People's Government of Sichuan Province\n\nFor the Constitutional and Mainland Affairs Bureau\n";

        var agreement = AgreementReader.Parse(text + Preamble + Body + signatures, "repeated-parties");

        agreement.Metadata.Parties.Should().Equal(Sichuan, "Hong Kong SAR Government", "Constitutional and Mainland Affairs Bureau");
    }

    [Fact]
    public void Parse_PartyLinesBeforeThePreamble_GiveTheNamesWithoutTheirLabels()
    {
        const string text = "Co-operation Agreement\n\nParty A: The Government of the Hong Kong Special Administrative Region\nAddress: 2 Tim Mei Avenue, Tamar, Hong Kong\n\n"
            + "Party B: The People's Government of Sichuan Province\nAddress: 30 Duyuan Street, Chengdu\n\n";

        var agreement = AgreementReader.Parse(text + Preamble + Body, "party-lines");

        agreement.Metadata.Parties.Should().Equal(HongKong, Sichuan);
    }

    [Theory]
    [InlineData("This Agreement is made between the Government of the Hong Kong Special Administrative Region and the People's Government of Sichuan Province (hereinafter \"both sides\"), who have agreed as follows:\n")]
    [InlineData("Parties: the Government of the Hong Kong Special Administrative Region and the People's Government of Sichuan Province\n\nThe parties have agreed as follows:\n")]
    public void Parse_PreambleNamingThePartiesUnderAPlainTitle_GivesTheNames(string preamble)
    {
        var agreement = AgreementReader.Parse("Co-operation Agreement\n\n" + preamble + "\n" + Body, "preamble-parties");

        agreement.Metadata.Parties.Should().Equal(HongKong, Sichuan);
    }

    [Fact]
    public void Parse_BodyClauseMentioningAGovernmentOrABureau_DoesNotMakeItAParty()
    {
        const string text = "Co-operation Agreement between the Government of the Hong Kong Special Administrative Region and the People's Government of Sichuan Province\n\n"
            + Preamble
            + "Article 1 Objectives\nThe Government will support a notification mechanism between the Centre for Food Safety and the Sichuan Provincial Market Regulation Bureau.\n"
            + "Article 2 Liaison\nThe Constitutional and Mainland Affairs Bureau will be the liaison unit of the Government.\n"
            + "\nFor the Government of the Hong Kong Special Administrative Region\n\nFor the People's Government of Sichuan Province\n";

        var agreement = AgreementReader.Parse(text, "body-mentions");

        agreement.Metadata.Parties.Should().Equal(HongKong, Sichuan);
    }
}
