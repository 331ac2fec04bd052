using AgreementDiff.Alignment;
using AgreementDiff.Analysis;
using AgreementDiff.Reading;

namespace AgreementDiff.Tests.Analysis;

/// <summary>The noncharacter U+FFFE, which .NET cannot normalize, found by fuzzing compare (fuzz/README.md).</summary>
public sealed class NoncharacterTests
{
    [Fact]
    public void Folding_text_with_U_FFFE_keeps_it()
    {
        TextAnalysis.Default.Fold("合作\uFFFE交流").Should().Be("合作\uFFFE交流");
    }

    [Fact]
    public void Comparing_agreements_with_U_FFFE_in_a_clause_finds_the_change()
    {
        var left = AgreementReader.Parse("一、總則\n(一)雙方同意加強交流與合作。\n", "a.txt");
        var right = AgreementReader.Parse("一、總則\n(一)雙方同意加強\uFFFE交流與合作。\n", "b.txt");

        var comparison = AgreementComparer.Default.Compare(left, right);

        comparison.Matches.Should().Contain(m => m.Left.Path == "一/(一)" && m.Right.Path == "一/(一)");
    }
}
