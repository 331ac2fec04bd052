using System.Text.Json;
using AgreementDiff.Cli.Tests.Support;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Cli.Tests.Commands;

/// <summary><c>compare</c> takes agreements in any mix of formats (fixtures made by tools/make-fixtures.sh).</summary>
public sealed class CompareFormatsTests
{
    [Fact]
    public void Compare_of_a_pdf_with_a_docx_gives_the_same_report_as_their_texts()
    {
        var fromText = CliRunner.Run("compare", SeedCorpus.PathOf(Seed.ZhejiangAgreement), SeedCorpus.PathOf(Seed.ZhejiangMemorandum), "--format", "json");
        var fromDocuments = CliRunner.Run("compare",
            FormatFixtures.PathOf(Seed.ZhejiangAgreement, "pdf"), FormatFixtures.PathOf(Seed.ZhejiangMemorandum, "docx"), "--format", "json");

        fromDocuments.ExitCode.Should().Be(1, fromDocuments.Error);
        Matches(fromDocuments.Output).Should().Equal(Matches(fromText.Output)).And.Contain("二/(十二)/1 → 五/20");
    }

    private static List<string> Matches(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("matches").EnumerateArray()
            .Select(m => $"{m.GetProperty("left").GetProperty("path").GetString()} → {m.GetProperty("right").GetProperty("path").GetString()}")
            .ToList();
    }
}
