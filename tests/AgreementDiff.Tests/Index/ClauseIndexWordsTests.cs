using AgreementDiff.Analysis;
using AgreementDiff.Index;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Index;

/// <summary>The five seeds indexed twice: by default (bigrams and words) and by bigrams only.</summary>
public sealed class SeedIndexes : IDisposable
{
    public SeedIndexes()
    {
        foreach (var id in SeedCorpus.Ids)
        {
            var agreement = SeedCorpus.Read(id);
            Words.Add(agreement, id);
            Bigrams.Add(agreement, id);
        }
    }

    public ClauseIndex Words { get; } = new();

    public ClauseIndex Bigrams { get; } = new(new ClauseIndexOptions { Words = false });

    public void Dispose()
    {
        Words.Dispose();
        Bigrams.Dispose();
    }
}

public sealed class ClauseIndexWordsTests(SeedIndexes seeds) : IClassFixture<SeedIndexes>
{
    private static readonly SearchOptions All = new() { Top = 10_000 };

    /// <summary>Queries over the seeds: words, names the dictionary lacks, phrases, Boolean queries, English.</summary>
    private static readonly string[] QueryList =
    [
        "仲裁", "卫生", "衛生 AND 應急", "一帶一路", "\"法律服務\"", "資金", "港資", "構建", "設計", "會展", "機場", "航線", "航班",
        "人才", "內地", "融合", "港澳", "合作", "杭寧溫", "好房子", "粵港澳大灣區", "浙江 AND 機場", "科技 OR 創新", "香港 -仲裁",
        "國際航空學院", "mediation arbitration", "\"innovation and technology\"", "legal",
    ];

    public static TheoryData<string> Queries => [.. QueryList];

    [Fact]
    public void The_word_field_is_on_by_default_and_off_on_request()
    {
        seeds.Words.UsesWords.Should().BeTrue();
        seeds.Bigrams.UsesWords.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Every_clause_the_bigrams_find_is_still_found_with_words(string query)
    {
        var before = seeds.Bigrams.Search(query, All).Select(h => (h.AgreementId, h.Path)).ToList();

        var after = seeds.Words.Search(query, All).Select(h => (h.AgreementId, h.Path)).ToHashSet();

        before.Should().OnlyContain(hit => after.Contains(hit), $"'{query}' found them by bigrams alone");
    }

    [Fact]
    public void The_queries_find_something_so_the_comparison_means_something()
    {
        QueryList.Where(q => q != "香港 -仲裁").Should().OnlyContain(q => seeds.Bigrams.Search(q, All).Count > 0);
    }

    [Theory]
    [InlineData("資金")]
    [InlineData("港資")]
    [InlineData("構建")]
    [InlineData("設計")]
    [InlineData("合資")]
    public void Words_rank_the_clauses_holding_the_query_as_a_word_above_those_where_its_bigram_straddles_two_words(string query)
    {
        var (words, straddling) = Occurrences(query);
        words.Should().NotBeEmpty();
        straddling.Should().NotBeEmpty();

        static int Lowest(IReadOnlyList<SearchHit> hits, HashSet<(string, string)> clauses) => hits.Select((h, i) => (h, i)).Where(x => clauses.Contains((x.h.AgreementId, x.h.Path))).Max(x => x.i);
        static int Highest(IReadOnlyList<SearchHit> hits, HashSet<(string, string)> clauses) => hits.Select((h, i) => (h, i)).Where(x => clauses.Contains((x.h.AgreementId, x.h.Path))).Min(x => x.i);
        var bigrams = seeds.Bigrams.Search(query, All);
        var both = seeds.Words.Search(query, All);

        Highest(bigrams, straddling).Should().BeLessThan(Lowest(bigrams, words), "by bigrams alone a straddling clause outranks one holding the word");
        Highest(both, straddling).Should().BeGreaterThan(Lowest(both, words), "with words every clause holding the word comes first");
    }

    [Fact]
    public void Funds_is_the_readme_example_a_straddling_match_first_by_bigrams_last_with_words()
    {
        // 003 三/12 writes 港資金融機構 (港資|金融): the bigram 資金 straddles two words.
        var bigrams = seeds.Bigrams.Search("資金");
        var both = seeds.Words.Search("資金");

        bigrams[0].Path.Should().Be("三/12");
        bigrams[0].MarkedSnippet.Should().Contain("港«資金»融");
        both.Select(h => h.Path).Should().Equal("二/(一)/5", "二/(六)/3", "二/(六)/2", "三/12");
        both.Take(3).Should().OnlyContain(h => h.MarkedSnippet.Contains("«資金»", StringComparison.Ordinal) && h.AgreementId == Seed.ZhejiangAgreement);
    }

    [Fact]
    public void A_name_the_dictionary_lacks_is_found_by_its_bigrams()
    {
        new TextAnalysis().TokenizeWords("杭寧溫").Select(t => t.Term).Should().Equal(["杭", "宁", "温"], "SmartCn does not know the name");

        var hits = seeds.Words.Search("杭寧溫");

        hits.Should().ContainSingle().Which.MarkedSnippet.Should().Contain("«杭寧溫»");
    }

    [Fact]
    public void A_word_split_into_characters_out_of_context_marks_no_lone_character()
    {
        // Alone, 会展 is 会|展 to SmartCn; its bigram marks the matches, never a lone 展 (000 §八 has 互展 and 巡展).
        var hits = seeds.Words.Search("會展", All);

        hits.Should().Contain(h => h.AgreementId == Seed.JiangsuAgreement && h.Path == "八");
        hits.SelectMany(h => h.Highlights.Select(r => h.Snippet.Substring(r.Start, r.Length))).Should().OnlyContain(text => text == "會展");
    }

    [Fact]
    public void Simplified_and_traditional_queries_find_the_same_clauses_in_the_same_order()
    {
        seeds.Words.Search("资金").Select(h => (h.AgreementId, h.Path)).Should().Equal(seeds.Words.Search("資金").Select(h => (h.AgreementId, h.Path)));
        seeds.Words.Search("国际机场").Select(h => (h.AgreementId, h.Path)).Should().Equal(seeds.Words.Search("國際機場").Select(h => (h.AgreementId, h.Path)));
    }

    [Fact]
    public void Find_similar_gives_the_same_candidates_with_or_without_the_word_field()
    {
        var clauses = SeedCorpus.Read(Seed.ZhejiangAgreement).AllClauses().Take(20).ToList();
        var options = new SearchOptions { ExcludeAgreement = Seed.ZhejiangAgreement, Top = 5 };

        var withWords = seeds.Words.FindSimilarEach(clauses, options);
        var without = seeds.Bigrams.FindSimilarEach(clauses, options);

        withWords.Select(found => found.Select(c => (c.AgreementId, c.Path, c.Score))).Should().BeEquivalentTo(
            without.Select(found => found.Select(c => (c.AgreementId, c.Path, c.Score))), o => o.WithStrictOrdering(), "FindSimilar asks the bigram field only");
        withWords.Should().Contain(found => found.Count > 0);
    }

    /// <summary>The seed clauses that hold <paramref name="query"/> as a word, and those that hold it only across two words.</summary>
    private static (HashSet<(string, string)> Words, HashSet<(string, string)> Straddling) Occurrences(string query)
    {
        var analysis = TextAnalysis.Default;
        var folded = analysis.Fold(query);
        var words = new HashSet<(string, string)>();
        var straddling = new HashSet<(string, string)>();
        foreach (var id in SeedCorpus.Ids)
        {
            foreach (var clause in SeedCorpus.Read(id).AllClauses())
            {
                var text = clause.Content;
                if (!analysis.Fold(text).Contains(folded, StringComparison.Ordinal))
                {
                    continue;
                }

                (analysis.TokenizeWords(text).Any(w => w.Term == folded) ? words : straddling).Add((id, clause.Path));
            }
        }

        return (words, straddling);
    }
}

public sealed class ClauseIndexWordAnalyzerTests
{
    [Fact]
    public void An_index_without_words_never_creates_the_word_analyzer()
    {
        var analysis = new TextAnalysis();
        using (var index = new ClauseIndex(new ClauseIndexOptions { Analysis = analysis, Words = false }))
        {
            index.AddRange(SeedCorpus.Ids.Select(SeedCorpus.Read));
            index.Search("仲裁").Should().NotBeEmpty();
            index.Search("\"法律服務\" OR 資金 OR legal").Should().NotBeEmpty();
            index.FindSimilar(SeedCorpus.Read(Seed.ZhejiangAgreement)["(十二)/2"]).Should().NotBeEmpty();
            index.FindSimilarEach(SeedCorpus.Read(Seed.JiangsuAgreement).AllClauses()).Should().NotBeEmpty();
            index.Remove(ClauseIndex.DefaultId(SeedCorpus.Read(Seed.JiangsuAgreement))).Should().BeTrue();
        }

        analysis.WordAnalyzerCreated.Should().BeFalse();

        // The observation can fail: an index with words creates it.
        using var words = new ClauseIndex(new ClauseIndexOptions { Analysis = analysis });
        words.Add(SeedCorpus.Read(Seed.JiangsuAgreement));
        analysis.WordAnalyzerCreated.Should().BeTrue();
    }

    [Fact]
    public void Searching_an_index_with_words_without_them_creates_no_word_analyzer()
    {
        var folder = Path.Combine(Path.GetTempPath(), "agreementdiff-words-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var writer = ClauseIndex.Open(folder))
            {
                writer.Add(SeedCorpus.Read(Seed.ZhejiangMemorandum));
            }

            var analysis = new TextAnalysis();
            using var reader = ClauseIndex.OpenReadOnly(folder, new ClauseIndexOptions { Analysis = analysis, Words = false });

            reader.UsesWords.Should().BeFalse();
            reader.Search("資金").Should().NotBeEmpty();
            analysis.WordAnalyzerCreated.Should().BeFalse();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_word_analyzer_is_created_once_however_many_threads_ask_at_once()
    {
        var analysis = new TextAnalysis();
        var analyzers = new Lucene.Net.Analysis.Analyzer[8];
        using var start = new Barrier(analyzers.Length);
        var threads = Enumerable.Range(0, analyzers.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            analyzers[i] = analysis.WordAnalyzer;
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        analyzers.Distinct().Should().ContainSingle();
    }
}
