using AgreementDiff.Alignment;
using static AgreementDiff.Tests.Support.TestAgreements;

namespace AgreementDiff.Tests.Alignment;

/// <summary>The options of a comparison, with their defaults and validation.</summary>
/// <remarks>Agreements written in the test, so each rule of the aligner is seen on its own.</remarks>
public sealed class ComparisonOptionsTests
{
    [Fact]
    public void The_threshold_is_an_option_and_is_validated()
    {
        var act = () => new AgreementComparer(new ComparisonOptions { Threshold = 1.5 });

        act.Should().Throw<ArgumentOutOfRangeException>();
        var left = Parse("一、旅遊\n聯合開發旅遊產品線路，舉辦旅遊節會，邀請媒體記者參加推廣活動。\n", "left.txt");
        var right = Parse("一、旅遊\n聯合開發旅遊產品線路，舉辦旅遊節會，邀請網紅達人參加推廣活動。\n", "right.txt");
        AgreementComparer.Default.Compare(left, right).Matches.Should().ContainSingle("the reworded clause passes the default threshold");
        new AgreementComparer(new ComparisonOptions { Threshold = 0.99 }).Compare(left, right).Matches.Should().BeEmpty("a stricter threshold turns it into removed and added");
    }
}
