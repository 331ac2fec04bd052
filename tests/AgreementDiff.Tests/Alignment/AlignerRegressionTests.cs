using AgreementDiff.Alignment;
using AgreementDiff.Reading;

namespace AgreementDiff.Tests.Alignment;

/// <summary>Counterexamples <see cref="ComparisonProperties"/> shrank to on the aligner, kept as plain regression tests.</summary>
public sealed class AlignerRegressionTests
{

    private static AgreementComparison Compare(string left, string right) =>
        AgreementComparer.Default.Compare(AgreementReader.Parse(left, "a.txt"), AgreementReader.Parse(right, "b.txt"));

    private static IEnumerable<(string Left, string Right, ChangeKind Change)> Swapped(AgreementComparison comparison) =>
        comparison.Matches.Select(m => (m.Right.Path, m.Left.Path, m.Change switch { ChangeKind.Split => ChangeKind.Merged, ChangeKind.Merged => ChangeKind.Split, var same => same }));

    [Theory]
    [InlineData("一、經貿\n1. 養等方面的\n二、青年\n2. 培養等方面的\n")]
    [InlineData("一、經貿\n1. 支持兩地培養人才。\n二、青年\n2. 支持兩地培養人才。\n")]
    public void Comparing_an_agreement_whose_items_repeat_each_other_with_itself_matches_each_clause_only_to_itself(string text)
    {
        var agreement = AgreementReader.Parse(text, "a.txt");

        var comparison = AgreementComparer.Default.Compare(agreement, agreement);

        comparison.Matches.Should().OnlyContain(m => ReferenceEquals(m.Left, m.Right) && m.Change == ChangeKind.Unchanged);
        comparison.Matches.Should().HaveCount(agreement.AllClauses().Count());
    }

    [Theory]
    [InlineData("一、醫療\n二、加強\n", "一、加強\n二、醫療\n")]
    [InlineData("一、青年\n1. 辦的協\n2. 在國務院港澳\n", "一、青年\n1. 在國務院港澳辦的協調下,\n2. 在國務院港澳事務辦公室的\n")]
    public void Comparing_B_with_A_gives_each_pair_the_mirrored_change(string a, string b)
    {
        var forward = Compare(a, b);
        var backward = Compare(b, a);

        Swapped(backward).Should().BeEquivalentTo(forward.Matches.Select(m => (m.Left.Path, m.Right.Path, m.Change)));
    }
}
