using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests;

public sealed class AgreementAddressingTests
{
    private static readonly Lazy<Agreement> Jiangsu = new(() => SeedCorpus.Read(Seed.JiangsuAgreement));
    private static readonly Lazy<Agreement> Zhejiang = new(() => SeedCorpus.Read(Seed.ZhejiangAgreement));
    private static readonly Lazy<Agreement> Memorandum = new(() => SeedCorpus.Read(Seed.ZhejiangMemorandum));

    [Theory]
    [InlineData("(十二)")]
    [InlineData("（十二）")]
    [InlineData("§(十二)")]
    [InlineData("§ （十二）")]
    [InlineData("二/(十二)")]
    [InlineData(" (十二) ")]
    public void Indexer_Seed001SubsectionTwelve_IsTheLegalClause(string address)
    {
        var clause = Zhejiang.Value[address];

        clause.Path.Should().Be("二/(十二)");
        clause.Label.Should().Be("(十二)");
        clause.Number.Should().Be(12);
        clause.Style.Should().Be(NumberingStyle.ChineseParenthesized);
        clause.Heading.Should().Be("推進法律和爭議解決");
        clause.Children.Should().HaveCount(3);
    }

    [Theory]
    [InlineData("二/(十二)/3")]
    [InlineData("(十二)/3")]
    [InlineData("§二/（十二）/3")]
    [InlineData("二/（十二）/3.")]
    public void Indexer_Seed001PathOrPathSuffix_FindsTheItem(string address)
    {
        var clause = Zhejiang.Value[address];

        clause.Path.Should().Be("二/(十二)/3");
        clause.Parent!.Path.Should().Be("二/(十二)");
        clause.Depth.Should().Be(3);
    }

    [Theory]
    [InlineData("§五")]
    [InlineData("五")]
    [InlineData("五、")]
    public void Indexer_Seed003SectionFive_IsLawAndDisputeResolution(string address)
    {
        var clause = Memorandum.Value[address];

        clause.Path.Should().Be("五");
        clause.Heading.Should().Be("法律和爭議解決");
        clause.Children.Select(c => c.Label).Should().Equal("20", "21", "22");
    }

    [Fact]
    public void Indexer_Seed003Item16_IsTheAviationItem()
    {
        var clause = Memorandum.Value["16"];

        clause.Path.Should().Be("四/16");
        clause.Text.Should().Contain("杭寧溫").And.Contain("義烏");
        Memorandum.Value["§16"].Should().BeSameAs(clause);
        Memorandum.Value["四/16"].Should().BeSameAs(clause);
    }

    [Fact]
    public void Indexer_Seed003ItemsAreNumberedAcrossTheAnnex()
    {
        var items = Memorandum.Value.AllClauses().Where(c => c.Style == NumberingStyle.Arabic).ToList();

        items.Select(c => c.Number).Should().Equal(Enumerable.Range(1, 51).Select(n => (int?)n));
        Memorandum.Value["十一"].Children.Select(c => c.Label).Should().Equal("44", "45", "46", "47");
    }

    [Fact]
    public void Indexer_Seed000SectionFiveWithComma_IsFound()
    {
        Jiangsu.Value["五、"].Path.Should().Be("五");
    }

    [Fact]
    public void Indexer_AmbiguousAddress_ThrowsListingEveryCandidatePath()
    {
        var act = () => Zhejiang.Value["1"];

        var e = act.Should().Throw<ClauseAddressException>().Which;
        e.IsAmbiguous.Should().BeTrue();
        e.Address.Should().Be("1");
        e.Candidates.Should().Equal(
            "二/(一)/1", "二/(二)/1", "二/(三)/1", "二/(四)/1", "二/(五)/1", "二/(六)/1",
            "二/(七)/1", "二/(八)/1", "二/(九)/1", "二/(十)/1", "二/(十一)/1", "二/(十二)/1");
        e.Message.Should().Contain("§二/(十二)/1");
    }

    [Theory]
    [InlineData("九十九")]
    [InlineData("二/(十三)")]
    [InlineData("(十二)/9")]
    public void Indexer_UnknownAddress_ThrowsNotAmbiguous(string address)
    {
        var act = () => Zhejiang.Value[address];

        var e = act.Should().Throw<ClauseAddressException>().Which;
        e.IsAmbiguous.Should().BeFalse();
        e.Address.Should().Be(address);
        e.Message.Should().Contain(address);
    }

    [Fact]
    public void Indexer_UnknownAddressInSeed003_ThrowsNotAmbiguous()
    {
        var act = () => Memorandum.Value["九十九"];

        act.Should().Throw<ClauseAddressException>().Which.IsAmbiguous.Should().BeFalse();
    }

    [Fact]
    public void Indexer_Seed000Heading_FallsBackToTheSectionWithThatHeading()
    {
        var clause = Jiangsu.Value["法律服務"];

        clause.Path.Should().Be("六");
        clause.Heading.Should().Be("法律服務");
    }

    [Theory]
    [InlineData("")]
    [InlineData("§")]
    [InlineData("   ")]
    public void Find_EmptyAddress_FindsNothing(string address)
    {
        Zhejiang.Value.Find(address).Should().BeEmpty();
    }

    [Fact]
    public void Find_AmbiguousAddress_ReturnsEveryMatchInDocumentOrder()
    {
        Zhejiang.Value.Find("1").Should().HaveCount(12).And.OnlyContain(c => c.Label == "1");
        Zhejiang.Value.Find("九十九").Should().BeEmpty();
    }

    [Fact]
    public void TryGet_TellsUniqueFromAmbiguousAndUnknown()
    {
        Zhejiang.Value.TryGet("(十二)/3", out var found).Should().BeTrue();
        found!.Path.Should().Be("二/(十二)/3");
        Zhejiang.Value.TryGet("1", out var ambiguous).Should().BeFalse();
        ambiguous.Should().BeNull();
        Zhejiang.Value.TryGet("九十九", out var unknown).Should().BeFalse();
        unknown.Should().BeNull();
    }

    [Fact]
    public void AllClauses_Seed001_HasTwelveSubsectionsWith42Items()
    {
        var two = Zhejiang.Value["二"];

        two.Children.Select(c => c.Children.Count).Should().Equal(7, 3, 8, 3, 3, 3, 3, 3, 2, 2, 2, 3);
        Zhejiang.Value.AllClauses().Count(c => c.Depth == 3).Should().Be(42);
        Zhejiang.Value.AllClauses().Select(c => c.Path).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void GetSourceText_SubsectionSpan_StartsWithTheLineAsPrinted()
    {
        var clause = Zhejiang.Value["(十二)"];

        Zhejiang.Value.GetSourceText(clause.Span).Should().StartWith("（十二）");
    }
}
