using System.Text;
using System.Text.Json;
using AgreementDiff.Analysis;
using AgreementDiff.Corpus;
using AgreementDiff.Index;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Docs;

/// <summary>docs/scale-out.md's files: the Elasticsearch/OpenSearch mapping, its variant-folding rules and a counterpart query parse and match the library.</summary>
public sealed class ScaleOutDocsTests
{
    private static readonly string Folder = Path.Combine(SeedCorpus.RepositoryRoot, "docs", "scale-out");

    [Fact]
    public void The_char_filter_rules_are_generated_from_the_librarys_variant_table()
    {
        var table = File.ReadLines(Path.Combine(SeedCorpus.RepositoryRoot, "src", "AgreementDiff", "Analysis", "Data", "variant-folding.txt"), Encoding.UTF8)
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Select(parts => $"{parts[0]} => {parts[1]}");

        var rules = File.ReadLines(Path.Combine(Folder, "variant-folding-mappings.txt"), Encoding.UTF8).Where(line => line.Length > 0 && line[0] != '#');

        rules.Should().Equal(table, "regenerate docs/scale-out/variant-folding-mappings.txt from the table (see its header)");
    }

    [Fact]
    public void Nfkc_then_the_rules_fold_every_character_as_the_librarys_char_filter_does()
    {
        var rules = File.ReadLines(Path.Combine(Folder, "variant-folding-mappings.txt"), Encoding.UTF8)
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split(" => "))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);

        // What the cluster's chain does: icu_normalizer (nfkc), then the mapping char filter, rule by code point.
        string Cluster(string text) => string.Concat(text.Normalize(NormalizationForm.FormKC).EnumerateRunes().Select(r => rules.GetValueOrDefault(r.ToString(), r.ToString())));

        var library = VariantTable.Get(AnalysisOptions.Default.FoldZhuoZhe);
        foreach (var source in rules.Keys.Concat(["衞生", "綫上", "帶動", "諮詢", "裏面", "㍻"]))
        {
            Cluster(source).Should().Be(FoldingCharFilter.Fold(source, library), $"{source} folds the same on the cluster and in the library");
        }
    }

    [Fact]
    public void The_index_mapping_names_the_librarys_fields_and_analyses_content_by_the_folding_bigram_chain()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "clauses-index.json")));
        var analysis = json.RootElement.GetProperty("settings").GetProperty("analysis");
        var properties = json.RootElement.GetProperty("mappings").GetProperty("properties");

        properties.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(ClauseIndex.FieldNames);
        properties.GetProperty("content").GetProperty("analyzer").GetString().Should().Be("clause_bigrams");
        properties.GetProperty("content").GetProperty("search_analyzer").GetString().Should().Be("clause_bigrams_query");
        foreach (var analyzer in new[] { "clause_bigrams", "clause_bigrams_query", "clause_words" })
        {
            analysis.GetProperty("analyzer").GetProperty(analyzer).GetProperty("char_filter").EnumerateArray().Select(c => c.GetString())
                .Should().Equal(["nfkc", "variant_folding"], "NFKC first, then the variant table, as FoldingCharFilter");
        }

        analysis.GetProperty("char_filter").GetProperty("variant_folding").GetProperty("mappings_path").GetString().Should().EndWith("variant-folding-mappings.txt");
        analysis.GetProperty("filter").GetProperty("cjk_pairs_and_characters").GetProperty("output_unigrams").GetBoolean().Should().BeTrue("the index analyzer keeps unigrams");
        analysis.GetProperty("filter").GetProperty("cjk_pairs").GetProperty("output_unigrams").GetBoolean().Should().BeFalse("the query analyzer does not");
    }

    [Fact]
    public void The_counterpart_query_is_the_two_step_query_of_a_seed_clause_in_the_librarys_terms()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "counterpart-query.json")));
        var root = json.RootElement;
        var terms = SeedCorpus.Read(Seed.ZhejiangAgreement)["(十二)/2"] is var clause
            ? TextAnalysis.Default.Tokenize(clause.Content, forQuery: true).Select(t => t.Term).ToHashSet(StringComparer.Ordinal)
            : [];
        static List<string> Terms(JsonElement query) =>
            [.. query.GetProperty("bool").GetProperty("should").EnumerateArray().Select(t => t.GetProperty("term").GetProperty("content").GetString()!)];

        var rare = Terms(root.GetProperty("query"));
        var rescore = root.GetProperty("rescore");
        var whole = Terms(rescore.GetProperty("query").GetProperty("rescore_query"));

        rare.Should().OnlyContain(t => terms.Contains(t), "the terms are the clause's bigrams as the library analyses a query");
        whole.Should().OnlyContain(t => terms.Contains(t)).And.Contain(rare).And.HaveCountLessThanOrEqualTo(SimilarQueryPlan.Default.MaxTerms);
        rare.Count.Should().BeGreaterThanOrEqualTo(SimilarQueryPlan.Default.RareTerms);
        rescore.GetProperty("window_size").GetInt32().Should().Be(SimilarQueryPlan.Default.Pool);
        rescore.GetProperty("query").GetProperty("query_weight").GetDouble().Should().Be(0, "the pool is ordered by the whole query alone");
        root.GetProperty("size").GetInt32().Should().Be(CorpusOptions.Default.Candidates, "as many candidates as the corpus comparer asks for");
    }
}
