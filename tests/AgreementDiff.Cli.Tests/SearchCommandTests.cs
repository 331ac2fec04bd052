using System.Text.Json;
using AgreementDiff.Cli.Tests.Support;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Cli.Tests;

public sealed class SearchCommandTests
{
    [Fact]
    public void Search_ranks_by_words_and_bigrams_and_no_words_by_bigrams_alone()
    {
        // 003 三/12 writes 港資金融機構: its bigram 資金 straddles 港資|金融, so only bigrams put it first.
        var words = Paths(CliRunner.Run("search", "資金", "--format", "json"));
        var bigrams = Paths(CliRunner.Run("search", "資金", "--no-words", "--format", "json"));

        words.Should().BeEquivalentTo(bigrams, "words lose nothing the bigrams find");
        bigrams[0].Should().Be((Seed.ZhejiangMemorandum, "三/12"));
        words[0].Should().Be((Seed.ZhejiangAgreement, "二/(一)/5"));
        words[^1].Should().Be((Seed.ZhejiangMemorandum, "三/12"));
    }

    [Fact]
    public void An_index_built_without_words_is_searched_by_bigrams_and_refuses_agreements_with_words()
    {
        using var folder = new TempFolder();
        var index = folder.File("index");

        var built = CliRunner.Run("index", index, Seed.ZhejiangAgreement, "--no-words");
        var searched = CliRunner.Run("search", "資金", "--index", index, "--format", "json");
        var refused = CliRunner.Run("index", index, Seed.ZhejiangMemorandum);
        var added = CliRunner.Run("index", index, Seed.ZhejiangMemorandum, "--no-words");

        built.ExitCode.Should().Be(0, built.Error);
        searched.ExitCode.Should().Be(0, searched.Error);
        Paths(searched).Should().HaveCount(3);
        refused.ExitCode.Should().Be(2);
        refused.Error.Should().StartWith("agreement-diff: error:").And.Contain("no word field").And.Contain("--no-words").And.NotContain("   at ");
        added.ExitCode.Should().Be(0, added.Error);
        added.Console.Should().Contain("now holds 2 agreement(s)");
    }

    private static List<(string?, string?)> Paths(CliResult result)
    {
        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        return [.. json.RootElement.GetProperty("hits").EnumerateArray().Select(h => (h.GetProperty("agreement").GetString(), h.GetProperty("path").GetString()))];
    }
}
