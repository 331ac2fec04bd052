using AgreementDiff.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace AgreementDiff.Tests.Analysis;

public sealed class TextAnalysisTests
{
    private readonly TextAnalysis _analysis = TextAnalysis.Default;

    [Theory]
    [InlineData("衞衛卫")]
    [InlineData("綫線线")]
    [InlineData("裏裡里")]
    [InlineData("帶带")]
    [InlineData("遊游")]
    [InlineData("夥伙")]
    [InlineData("復复")]
    [InlineData("託托")]
    [InlineData("諮咨")]
    [InlineData("佈布")]
    [InlineData("藉借")]
    [InlineData("著着")]
    public void Variant_forms_of_a_character_fold_to_one_form(string group)
    {
        var forms = group.EnumerateRunes().Select(r => _analysis.Fold(r.ToString())).Distinct().ToList();

        forms.Should().ContainSingle();
    }

    [Fact]
    public void Folding_is_idempotent_over_the_whole_table()
    {
        var table = VariantTable.Get(foldZhe: true);
        VariantTable.Count.Should().BeGreaterThan(6000);
        foreach (var line in File.ReadLines(Path.Combine(Support.SeedCorpus.RepositoryRoot, "src/AgreementDiff/Analysis/Data/variant-folding.txt")).Where(l => !l.StartsWith('#')))
        {
            var to = line.Split('\t')[1];
            table.FoldCodePoint(char.ConvertToUtf32(to, 0)).Should().Be(char.ConvertToUtf32(to, 0), $"the target of {line} must not fold further");
        }
    }

    [Fact]
    public void The_zhuo_zhe_pair_folds_only_when_the_option_says_so()
    {
        new TextAnalysis(new AnalysisOptions { FoldZhuoZhe = false }).Fold("本著").Should().Be("本著");
        _analysis.Fold("本著").Should().Be(_analysis.Fold("本着"));
    }

    [Fact]
    public void Traditional_simplified_and_variant_spellings_give_the_same_terms()
    {
        Terms("加強衞生應急").Should().Equal(Terms("加強衛生應急")).And.Equal(Terms("加强卫生应急"));
        Terms("一帶一路").Should().Equal(Terms("一带一路"));
    }

    [Fact]
    public void Chinese_is_indexed_as_unigrams_and_bigrams_and_queried_as_bigrams()
    {
        Terms("仲裁機構").Should().Equal("仲", "仲裁", "裁", "裁机", "机", "机构", "构");
        _analysis.Tokenize("仲裁機構", forQuery: true).Select(t => t.Term).Should().Equal("仲裁", "裁机", "机构");
        _analysis.Tokenize("港", forQuery: true).Select(t => t.Term).Should().Equal("港");
    }

    [Fact]
    public void English_words_come_through_lower_cased_in_the_same_stream()
    {
        Terms("Legal services 法律").Should().Equal("legal", "services", "法", "法律", "律");
    }

    [Fact]
    public void Offsets_point_into_the_original_text_after_a_character_outside_the_bmp()
    {
        const string text = "𠀀衞生應急";

        var token = _analysis.Tokenize(text).Single(t => t.Term == "卫生");

        text[token.StartOffset..token.EndOffset].Should().Be("衞生");
        _analysis.Tokenize(text).Should().Contain(t => t.Term.Contains("𠀀"), "a supplementary ideograph is kept as a token");
    }

    [Fact]
    public void Offsets_stay_right_when_folding_changes_the_length_of_the_text()
    {
        const string text = "㈠衞生𱃗灣";  // ㈠ becomes "(一)" under NFKC; 𱃗 (two UTF-16 units) folds to 台 (one).

        var tokens = _analysis.Tokenize(text);

        var health = tokens.Single(t => t.Term == "卫生");
        text[health.StartOffset..health.EndOffset].Should().Be("衞生");
        var taiwan = tokens.Single(t => t.Term == "台湾");
        text[taiwan.StartOffset..taiwan.EndOffset].Should().Be("𱃗灣");
    }

    [Fact]
    public void A_custom_analyzer_still_gets_the_folding_in_front_of_it()
    {
        var custom = new TextAnalysis(new AnalysisOptions { AnalyzerFactory = () => new WhitespaceAnalyzer(LuceneVersion.LUCENE_48) });

        var tokens = custom.Tokenize("衞生 Health");

        tokens.Select(t => t.Term).Should().Equal("卫生", "Health");
        tokens[0].EndOffset.Should().Be(2);
    }

    private List<string> Terms(string text) => _analysis.Tokenize(text).Select(t => t.Term).ToList();
}

public sealed class TextAnalysisSeedTests
{
    [Fact]
    public void Every_clause_of_every_seed_analyzes_with_offsets_inside_its_text_repeatedly()
    {
        var analysis = new TextAnalysis();
        var texts = Support.SeedCorpus.Ids.SelectMany(id => Support.SeedCorpus.Read(id).AllClauses()).Select(c => c.Content).ToList();

        for (var round = 0; round < 3; round++)
        {
            foreach (var text in texts)
            {
                foreach (var token in analysis.Tokenize(text))
                {
                    token.StartOffset.Should().BeInRange(0, text.Length);
                    token.EndOffset.Should().BeInRange(token.StartOffset, text.Length);
                }
            }
        }
    }
}
