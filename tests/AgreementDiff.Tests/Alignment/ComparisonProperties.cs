using AgreementDiff.Alignment;
using AgreementDiff.Reading;
using AgreementDiff.Reports;
using AgreementDiff.Tests.Support;
using FsCheck.Fluent;

namespace AgreementDiff.Tests.Alignment;

/// <summary>Invariants of <see cref="AgreementComparer"/> and <see cref="ComparisonJsonWriter"/> on generated agreements.</summary>
public sealed class ComparisonProperties
{
    private static Agreement Read(GeneratedAgreement agreement, string name) => AgreementReader.Parse(agreement.Render(), name);

    [Fact]
    public void Comparing_an_agreement_with_itself_matches_every_clause_to_itself_unchanged()
    {
        PropertyRun.Check(Prop.ForAll(AgreementGenerators.ArbitraryOf(AgreementGenerators.PlainAgreement), generated =>
        {
            var agreement = Read(generated, "a.txt");

            var comparison = AgreementComparer.Default.Compare(agreement, agreement);

            comparison.Added.Should().BeEmpty();
            comparison.Removed.Should().BeEmpty();
            comparison.Matches.Select(m => m.Left.Path).Should().BeEquivalentTo(agreement.AllClauses().Select(c => c.Path));
            comparison.Matches.Should().OnlyContain(m => ReferenceEquals(m.Left, m.Right) && m.Change == ChangeKind.Unchanged);
        }), cases: 40);
    }

    [Fact]
    public void Comparing_B_with_A_pairs_the_same_clauses_and_swaps_added_and_removed()
    {
        PropertyRun.Check(Prop.ForAll(AgreementGenerators.ArbitraryOf(AgreementGenerators.Pair), pair =>
        {
            var (forward, backward) = BothWays(pair);

            backward.Matches.Select(m => (m.Right.Path, m.Left.Path, m.Role)).Should().BeEquivalentTo(forward.Matches.Select(m => (m.Left.Path, m.Right.Path, m.Role)));
            backward.Removed.Select(c => c.Path).Should().BeEquivalentTo(forward.Added.Select(c => c.Path));
            backward.Added.Select(c => c.Path).Should().BeEquivalentTo(forward.Removed.Select(c => c.Path));
        }), cases: 40);
    }

    [Fact]
    public void Comparing_B_with_A_gives_each_pair_the_mirrored_change()
    {
        // Pairs whose items are distinct: when an agreement repeats an item word for word (or two clauses with several
        // partners each have the same text), which copy pairs with which, and which side of a many-to-many link is the
        // whole, are ties the aligner breaks by document order, and that order differs by direction.
        PropertyRun.Check(Prop.ForAll(AgreementGenerators.ArbitraryOf(AgreementGenerators.RewordedPair), pair => Prop.When(pair.Left.IsDistinct && pair.Right.IsDistinct, () =>
        {
            var (forward, backward) = BothWays(pair);

            Mirrored(backward).Should().BeEquivalentTo(Matches(forward), "matches swap sides; split and merged swap too");
        })), cases: 40);
    }

    [Fact]
    public void The_same_inputs_give_byte_identical_json()
    {
        PropertyRun.Check(Prop.ForAll(AgreementGenerators.ArbitraryOf(AgreementGenerators.Pair), pair =>
        {
            string Json() => ComparisonJsonWriter.ToJson(new AgreementComparer().Compare(Read(pair.Left, "a.txt"), Read(pair.Right, "b.txt")));

            Json().Should().Be(Json());
            OutlineJsonWriter.ToJson(Read(pair.Left, "a.txt")).Should().Be(OutlineJsonWriter.ToJson(Read(pair.Left, "a.txt")));
        }), cases: 40);
    }

    private static (AgreementComparison Forward, AgreementComparison Backward) BothWays(AgreementPair pair)
    {
        var (a, b) = (Read(pair.Left, "a.txt"), Read(pair.Right, "b.txt"));
        return (AgreementComparer.Default.Compare(a, b), AgreementComparer.Default.Compare(b, a));
    }

    private static IEnumerable<(string Left, string Right, ClauseRole Role, ChangeKind Change)> Matches(AgreementComparison comparison) =>
        comparison.Matches.Select(m => (m.Left.Path, m.Right.Path, m.Role, m.Change));

    private static IEnumerable<(string Left, string Right, ClauseRole Role, ChangeKind Change)> Mirrored(AgreementComparison comparison) =>
        comparison.Matches.Select(m => (m.Right.Path, m.Left.Path, m.Role, m.Change switch
        {
            ChangeKind.Split => ChangeKind.Merged,
            ChangeKind.Merged => ChangeKind.Split,
            var same => same,
        }));
}
