using System.Text;
using AgreementDiff.Analysis;
using AgreementDiff.Dictionaries.CcCedict;

namespace AgreementDiff.Tests.Analysis;

public sealed class BilingualLexiconTests
{
    private static BilingualLexicon Table(string text) => BilingualLexicon.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.tsv");

    private static List<string> Concepts(BilingualLexicon lexicon, string text) =>
        [.. TextAnalysis.Tokenize(new ConceptAnalyzer(lexicon, AnalysisOptions.Default), text).Select(t => t.Term)];

    [Fact]
    public void English_terms_are_stems_without_stop_words_and_co_operation_is_one_word()
    {
        BilingualLexicon.EnglishTerms("The financial institutions of both sides will strengthen co-operation")
            .Should().Equal("financi", "institut", "side", "strengthen", "cooper");
    }

    [Fact]
    public void Chinese_is_cut_longest_word_first_and_each_word_becomes_its_english_terms_with_its_offsets()
    {
        var lexicon = Table("# test\n金融\tfinanc\n金融机构\tfinanci institut\n合作\tcooper\n");
        const string text = "支持金融機構加強合作";   // Traditional: folded before lookup

        var tokens = TextAnalysis.Tokenize(new ConceptAnalyzer(lexicon, AnalysisOptions.Default), text);

        tokens.Select(t => t.Term).Should().Equal("financi", "institut", "cooper");
        text[tokens[0].StartOffset..tokens[0].EndOffset].Should().Be("金融機構");
        text[tokens[2].StartOffset..tokens[2].EndOffset].Should().Be("合作");
    }

    [Fact]
    public void English_and_chinese_of_one_clause_meet_in_the_same_terms_through_cc_cedict()
    {
        var english = Concepts(CcCedict.Lexicon, "Support the finance departments and financial institutions of both sides to strengthen co-operation in green finance.");
        var chinese = Concepts(CcCedict.Lexicon, "支持雙方金融主管部門、金融機構在綠色金融等領域開展合作。");

        english.Intersect(chinese).Should().Contain(["financ", "green", "cooper"]);
    }

    [Fact]
    public void Traditional_and_simplified_give_the_same_terms()
    {
        Concepts(CcCedict.Lexicon, "鼓勵江蘇企業利用香港金融市場赴港上市發債融資")
            .Should().Equal(Concepts(CcCedict.Lexicon, "鼓励江苏企业利用香港金融市场赴港上市发债融资")).And.Contain("jiangsu");
    }

    [Fact]
    public void Cc_cedict_table_loads_with_its_source_named()
    {
        CcCedict.Lexicon.Count.Should().BeGreaterThan(100_000);
        CcCedict.Lexicon.Lookup("航线").Should().Contain("air");
        CcCedict.Lexicon.Lookup("不是一个词的词").Should().BeEmpty();
        CcCedict.Lexicon.Source.Should().Be("CC-CEDICT");
    }

    [Theory]
    [InlineData("金融 financ\n", 1, "expected a word, a tab and its English terms")]
    [InlineData("# only a comment\n\n", 2, "the table holds no word")]
    [InlineData("金融\tfinanc\n\t\n", 2, "expected a word, a tab and its English terms")]
    public void A_table_that_cannot_be_read_names_its_line_and_problem(string text, int line, string problem)
    {
        var act = () => Table(text);

        act.Should().Throw<LexiconFormatException>().Where(e => e.SourceName == "test.tsv" && e.Line == line && e.Problem == problem);
    }

    [Fact]
    public void A_table_that_is_not_utf8_is_refused_naming_the_line()
    {
        var bytes = Encoding.UTF8.GetBytes("金融\tfinanc\n").Concat(new byte[] { 0xB8, 0xDB, 0x09, 0x61, 0x0A }).ToArray();

        var act = () => BilingualLexicon.Load(new MemoryStream(bytes), "gbk.tsv");

        act.Should().Throw<LexiconFormatException>().Where(e => e.Problem == "the text is not UTF-8" && e.Line == 2);
    }
}
