using AgreementDiff.Alignment;
using AgreementDiff.Diff;
using AgreementDiff.Reports;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Alignment;

/// <summary>The facts the brief states about the seeds, checked on the aligner's output.</summary>
public sealed class SeedComparisonTests
{
    private static readonly Lazy<AgreementComparison> ZhejiangRenewal = new(() => AgreementComparer.Default.Compare(SeedCorpus.Read(Seed.ZhejiangAgreement), SeedCorpus.Read(Seed.ZhejiangMemorandum)));

    private static IEnumerable<(string Left, string Right)> Pairs(AgreementComparison comparison) => comparison.Matches.Select(m => (m.Left.Path, m.Right.Path));

    [Fact]
    public void Legal_subsection_of_2023_matches_section_five_of_2025_item_by_item()
    {
        var pairs = Pairs(ZhejiangRenewal.Value).ToList();

        pairs.Should().Contain(("二/(十二)", "五"));
        pairs.Should().Contain(("二/(十二)/1", "五/20"));
        pairs.Should().Contain(("二/(十二)/2", "五/21"));
        pairs.Should().Contain(("二/(十二)/3", "五/22"));
        pairs.Where(p => p.Left.StartsWith("二/(十二)/", StringComparison.Ordinal)).Select(p => p.Right).Should().OnlyContain(r => r.StartsWith("五/", StringComparison.Ordinal));
    }

    [Fact]
    public void Compared_by_words_no_change_starts_or_ends_inside_a_word()
    {
        var comparer = new AgreementComparer(new ComparisonOptions { Terms = AlignmentTerms.Words });
        var comparison = comparer.Compare(SeedCorpus.Read(Seed.ZhejiangAgreement), SeedCorpus.Read(Seed.ZhejiangMemorandum));
        var analysis = AgreementDiff.Analysis.TextAnalysis.Default;
        var checkedEdges = 0;

        foreach (var match in comparison.Matches.Where(m => m.TextChanged))
        {
            var left = AgreementDiff.Alignment.Model.AlignmentNode.TextOf(match.Left);
            var right = AgreementDiff.Alignment.Model.AlignmentNode.TextOf(match.Right);
            var leftWords = analysis.TokenizeWords(left).Where(w => w.EndOffset - w.StartOffset > 1).ToList();
            var rightWords = analysis.TokenizeWords(right).Where(w => w.EndOffset - w.StartOffset > 1).ToList();
            foreach (var edit in match.Edits.Where(e => e.Kind != EditKind.Equal))
            {
                foreach (var (words, offset) in new[] { (leftWords, edit.LeftOffset), (leftWords, edit.LeftOffset + edit.LeftText.Length), (rightWords, edit.RightOffset), (rightWords, edit.RightOffset + edit.RightText.Length) })
                {
                    words.Should().NotContain(w => w.StartOffset < offset && offset < w.EndOffset, $"{match.Left.Path} → {match.Right.Path} changes at {offset}");
                    checkedEdges++;
                }
            }
        }

        checkedEdges.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Jiangsu_legal_services_match_the_zhejiang_legal_subsection()
    {
        var comparison = AgreementComparer.Default.Compare(SeedCorpus.Read(Seed.JiangsuAgreement), SeedCorpus.Read(Seed.ZhejiangAgreement));

        comparison.Matches.Where(m => m.Left.Path == "六" && m.Role == ClauseRole.Section).Select(m => m.Right.Path).Should().Equal("二/(十二)");
        comparison.Removed.Select(c => c.Path).Should().NotContain("六");
    }

    [Fact]
    public void Housing_section_and_its_items_are_added_in_2025()
    {
        var comparison = ZhejiangRenewal.Value;

        comparison.Added.Select(c => c.Path).Should().Contain(["十一", "十一/44", "十一/45", "十一/46", "十一/47"]);
        comparison.Summary.BySection.Should().ContainSingle(s => s.Left == null && s.Right != null && s.Right.Path == "十一")
            .Which.Items.Added.Should().Be(4);
        comparison.Summary.InitiativesAdded.Select(i => i.Name).Should().Contain("好房子");
    }

    [Fact]
    public void Every_2023_subsection_is_matched_to_a_2025_section()
    {
        var comparison = ZhejiangRenewal.Value;
        var subsections = comparison.Left["二"].Children;

        subsections.Should().HaveCount(12);
        foreach (var subsection in subsections)
        {
            comparison.MatchesOf(subsection).Where(m => ReferenceEquals(m.Left, subsection) && m.Role == ClauseRole.Section)
                .Should().NotBeEmpty($"{subsection.Path} {subsection.Heading} has a 2025 section");
        }

        Pairs(comparison).Should().Contain(("二/(四)", "四"));
    }

    [Fact]
    public void New_air_routes_of_item_16_are_insertions_against_aviation_item_1_when_an_analyst_pins_them()
    {
        // (四)1 was divided between 16 and 17; 16 shares four percent of its vocabulary with it, too little for the aligner
        // to add it as the second part (it finds 17), so an analyst who knows pins the pair, as --pair does.
        var comparison = new AgreementComparer(new ComparisonOptions { Pins = [PinnedPair.Parse("二/(四)/1=四/16")] })
            .Compare(SeedCorpus.Read(Seed.ZhejiangAgreement), SeedCorpus.Read(Seed.ZhejiangMemorandum));
        var match = comparison.Matches.Should().ContainSingle(m => m.Left.Path == "二/(四)/1" && m.Right.Path == "四/16").Subject;

        match.Explanation.Basis.Should().Be(MatchBasis.Pinned);
        var inserted = string.Concat(match.Edits.Where(e => e.Kind == EditKind.Insert).Select(e => e.RightText));
        inserted.Should().Contain("杭寧溫").And.Contain("義烏");
        comparison.Summary.NumbersChanged.Should().Contain(n => n.Right.Path == "四/16" && n.After.Contains("三大"));
    }

    [Fact]
    public void The_signature_block_of_2023_matches_the_press_release_section_on_its_signing_not_the_date_line()
    {
        var comparison = AgreementComparer.Default.Compare(SeedCorpus.Read(Seed.ZhejiangAgreement), SeedCorpus.Read(Seed.ZhejiangPressRelease));

        comparison.Matches.Where(m => m.Left.Path == "signatures").Select(m => (m.Right.Path, m.Explanation.Basis))
            .Should().Equal(("合作備忘錄簽署儀式", MatchBasis.SigningReport));
        comparison.Added.Select(c => c.Path).Should().Contain("signatures");
    }

    [Fact]
    public void Matches_carry_scores_in_range_and_explanations_of_shared_terms()
    {
        foreach (var match in ZhejiangRenewal.Value.Matches)
        {
            match.Score.Should().BeInRange(0, 1);
        }

        var legal = ZhejiangRenewal.Value.Matches.Single(m => m.Left.Path == "二/(十二)/1" && m.Right.Path == "五/20");
        legal.Explanation.SharedTerms.Should().Contain("律師");
        legal.Explanation.Basis.Should().Be(MatchBasis.Content);
        legal.Change.Should().Be(ChangeKind.Modified);
    }

    [Fact]
    public void Comparing_an_agreement_with_itself_matches_every_clause_unchanged()
    {
        var agreement = SeedCorpus.Read(Seed.ZhejiangMemorandum);

        var comparison = AgreementComparer.Default.Compare(agreement, agreement);

        comparison.Added.Should().BeEmpty();
        comparison.Removed.Should().BeEmpty();
        comparison.Matches.Should().HaveCount(agreement.AllClauses().Count());
        comparison.Matches.Should().OnlyContain(m => ReferenceEquals(m.Left, m.Right) && m.Change == ChangeKind.Unchanged);
        comparison.HasDifferences.Should().BeFalse();
    }

    [Fact]
    public void The_same_inputs_give_byte_identical_json()
    {
        var first = ComparisonJsonWriter.ToJson(AgreementComparer.Default.Compare(SeedCorpus.Read(Seed.ZhejiangAgreement), SeedCorpus.Read(Seed.ZhejiangMemorandum)));
        var second = ComparisonJsonWriter.ToJson(AgreementComparer.Default.Compare(SeedCorpus.Read(Seed.ZhejiangAgreement), SeedCorpus.Read(Seed.ZhejiangMemorandum)));

        second.Should().Be(first);
    }

    [Fact]
    public void Pinned_pairs_are_kept_and_the_rest_is_aligned_around_them()
    {
        var comparer = new AgreementComparer(new ComparisonOptions { Pins = [PinnedPair.Parse("(一)=十一")] });

        var comparison = comparer.Compare(SeedCorpus.Read(Seed.ZhejiangAgreement), SeedCorpus.Read(Seed.ZhejiangMemorandum));

        var pinned = comparison.Matches.Should().ContainSingle(m => m.Left.Path == "二/(一)" && m.Right.Path == "十一").Subject;
        pinned.Explanation.Basis.Should().Be(MatchBasis.Pinned);
        Pairs(comparison).Should().Contain(("二/(十二)", "五"));
        comparison.Matches.Where(m => m.Left.Path == "二/(一)").Should().ContainSingle("a pinned clause takes no other section");
    }

    [Fact]
    public void An_unknown_pinned_address_is_a_typed_error()
    {
        var comparer = new AgreementComparer(new ComparisonOptions { Pins = [new PinnedPair("(九十九)", "五")] });

        var act = () => comparer.Compare(SeedCorpus.Read(Seed.ZhejiangAgreement), SeedCorpus.Read(Seed.ZhejiangMemorandum));

        act.Should().Throw<ClauseAddressException>().Which.Address.Should().Be("(九十九)");
    }

    [Fact]
    public void Compare_clauses_aligns_the_items_of_two_chosen_sections()
    {
        var left = SeedCorpus.Read(Seed.ZhejiangAgreement);
        var right = SeedCorpus.Read(Seed.ZhejiangMemorandum);

        var comparison = AgreementComparer.Default.CompareClauses(left["(十二)"], right["五"]);

        comparison.LeftScope!.Path.Should().Be("二/(十二)");
        Pairs(comparison).Should().Equal(("二/(十二)", "五"), ("二/(十二)/1", "五/20"), ("二/(十二)/2", "五/21"), ("二/(十二)/3", "五/22"));
        comparison.Matches[0].Edits.Where(e => e.Kind == EditKind.Delete).Select(e => e.LeftText).Should().Contain(t => t.Contains("推進", StringComparison.Ordinal));
        comparison.Added.Should().BeEmpty();
        comparison.Removed.Should().BeEmpty();
    }

    [Fact]
    public void Two_pins_sharing_a_clause_are_rejected()
    {
        var comparer = new AgreementComparer(new ComparisonOptions { Pins = [PinnedPair.Parse("(十二)=五"), PinnedPair.Parse("(十一)=五")] });

        var act = () => comparer.Compare(SeedCorpus.Read(Seed.ZhejiangAgreement), SeedCorpus.Read(Seed.ZhejiangMemorandum));

        act.Should().Throw<ArgumentException>().WithMessage("*pinned once*");
    }

    [Theory]
    [InlineData("(十二)")]
    [InlineData("(十二)=")]
    [InlineData("=五")]
    [InlineData("a=b=c")]
    public void Malformed_pins_are_rejected(string text)
    {
        var act = () => PinnedPair.Parse(text);

        act.Should().Throw<FormatException>();
    }

    public static TheoryData<string, string> SeedPairs()
    {
        var data = new TheoryData<string, string>();
        var ids = SeedCorpus.Ids;
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                data.Add(ids[i], ids[j]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedPairs))]
    public void Comparing_the_other_way_round_mirrors_the_result(string a, string b)
    {
        var forward = AgreementComparer.Default.Compare(SeedCorpus.Read(a), SeedCorpus.Read(b));
        var backward = AgreementComparer.Default.Compare(SeedCorpus.Read(b), SeedCorpus.Read(a));

        static ChangeKind Mirror(ChangeKind kind) => kind switch { ChangeKind.Split => ChangeKind.Merged, ChangeKind.Merged => ChangeKind.Split, _ => kind };
        backward.Matches.Select(m => (m.Right.Path, m.Left.Path, Mirror(m.Change), m.Score))
            .Should().BeEquivalentTo(forward.Matches.Select(m => (m.Left.Path, m.Right.Path, m.Change, m.Score)));
        backward.Added.Select(c => c.Path).Should().BeEquivalentTo(forward.Removed.Select(c => c.Path));
        backward.Removed.Select(c => c.Path).Should().BeEquivalentTo(forward.Added.Select(c => c.Path));
    }
}
