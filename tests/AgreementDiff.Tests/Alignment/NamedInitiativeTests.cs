using AgreementDiff.Alignment;
using AgreementDiff.Reading;
using AgreementDiff.Tests.Support;
using static AgreementDiff.Tests.Support.TestAgreements;

namespace AgreementDiff.Tests.Alignment;

/// <summary>
/// The summary's named initiatives: quoted and titled names one agreement has and the other has nowhere in its text, in
/// the order they appear, without either agreement's own title.
/// </summary>
public sealed class NamedInitiativeTests
{
    private static readonly Lazy<ComparisonSummary> Renewal = new(() =>
        AgreementComparer.Default.Compare(SeedCorpus.Read(Seed.ZhejiangAgreement), SeedCorpus.Read(Seed.ZhejiangMemorandum)).Summary);

    [Fact]
    public void The_renewal_adds_the_names_the_2023_agreement_has_nowhere_and_drops_those_the_memorandum_has_nowhere()
    {
        // Read off the seeds by hand: 003 item 45 builds "好房子" and "好小區", of which 001 says nothing; 001 quotes
        // "一站式" in 二/(六)/2 (and writes 一站式服務, 一站式支援 elsewhere), a word 003 never uses.
        Renewal.Value.InitiativesAdded.Where(i => i.Clause.Path == "十一/45").Select(i => i.Name).Should().Equal("好房子", "好小區");
        Renewal.Value.InitiativesDropped.Should().ContainSingle(i => i.Name == "一站式").Which.Clause.Path.Should().Be("二/(六)/2");
    }

    [Fact]
    public void A_name_quoted_in_one_agreement_and_written_plainly_anywhere_in_the_other_is_no_initiative()
    {
        // 003's preamble quotes "高質量發展建設 共同富裕示範區"; 001 writes 支持浙江高質量發展建設 / 共同富裕示範區 unquoted, broken
        // across two lines of its section 一, which no clause of 003's preamble is matched to.
        Renewal.Value.InitiativesAdded.Should().NotContain(i => i.Name.Replace(" ", string.Empty, StringComparison.Ordinal) == "高質量發展建設共同富裕示範區");
        Renewal.Value.InitiativesAdded.Should().Contain(i => i.Name == "浙港合作會議", "001 never names the conference");
    }

    [Fact]
    public void The_title_of_the_agreement_a_renewal_cites_is_no_initiative()
    {
        // 003 opens: 為進一步落實《香港特別行政區政府、浙江省人民政府 共同推進高質量發展合作協議》 — 001's own title.
        Renewal.Value.InitiativesAdded.Should().NotContain(i => i.Name.Contains("共同推進高質量發展合作協議", StringComparison.Ordinal));

        var agreement = Parse("甲乙兩地合作協議\n一、文旅\n支持兩地合作開發旅遊產品線路。\n", "2023.txt");
        var renewal = Parse("甲乙兩地合作備忘錄\n為落實《甲乙兩地合作協議》，雙方同意：\n一、文旅\n支持兩地合作開發旅遊產品線路，推廣\"山海相約\"品牌，並按《甲乙兩地合作備忘錄》檢視落實。\n", "2025.txt");
        AgreementComparer.Default.Compare(agreement, renewal).Summary.InitiativesAdded.Select(i => i.Name).Should().Equal("山海相約");
    }

    [Fact]
    public void Initiatives_are_listed_in_the_order_they_appear()
    {
        var added = Renewal.Value.InitiativesAdded;

        added.Select(i => i.Clause.Span.StartLine).Should().BeInAscendingOrder();
        var names = added.Select(i => i.Name).ToList();
        names.IndexOf("浙港合作會議").Should().BeLessThan(names.IndexOf("好房子")).And.BeLessThan(names.IndexOf("港澳居民來往內地通行證"));

        var left = Parse("合作協議\n一、總則\n雙方合作。\n", "left.txt");
        var right = Parse("合作協議\n一、總則\n雙方推動\"乙計劃\"和\"甲計劃\"。\n1. 推動\"丙計劃\"。\n二、文旅\n推動\"丁計劃\"。\n", "right.txt");
        AgreementComparer.Default.Compare(left, right).Summary.InitiativesAdded.Select(i => i.Name).Should().Equal("乙計劃", "甲計劃", "丙計劃", "丁計劃");
    }

    [Fact]
    public void Quotes_are_paired_from_the_left_so_a_long_quotation_never_makes_a_name_of_what_stands_between_two()
    {
        // 004's signing section lists five memoranda, each a quoted title longer than a name, ending "; and" and ";".
        // Its names are compared with a short English text of none of them (across languages names are not compared as written).
        var other = AgreementReader.Parse("Co-operation Arrangement\n\n1. The two sides will co-operate on trade.\n\n2. The two sides will meet each year.\n", "other.txt");
        var comparison = AgreementComparer.Default.Compare(SeedCorpus.Read(Seed.JiangsuPressReleaseEnglish), other);

        var dropped = comparison.Summary.InitiativesDropped.Select(i => i.Name).ToList();
        dropped.Should().Contain(["one country, two systems", "Belt and Road", "Asia Summit on Global Health"]);
        dropped.Should().OnlyContain(n => char.IsLetterOrDigit(n.First()) && char.IsLetterOrDigit(n.Last()));
    }
}
