using AgreementDiff.Alignment;
using static AgreementDiff.Tests.Support.TestAgreements;

namespace AgreementDiff.Tests.Alignment.Passes;

/// <summary>A press release's section reporting the signing, citing the agreement's title, is the counterpart of the agreement's signature block.</summary>
/// <remarks>Agreements written in the test, so each rule of the aligner is seen on its own.</remarks>
public sealed class SigningReportPassTests
{
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
