using AgreementDiff.Analysis;
using AgreementDiff.Index;
using AgreementDiff.Reading;
using AgreementDiff.Tests.Support;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.VectorHighlight;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Xunit.Abstractions;

namespace AgreementDiff.Tests.Index;

/// <summary>
/// Why search snippets are not cut by Lucene.Net.Highlighter (4.8.0-beta00017): both its highlighters find the right places
/// through the folding char filter, but the classic one marks two matches in one run of Chinese as one, and the
/// fast-vector one needs term vectors in the index. The README's "What is written by hand" cites these tests.
/// </summary>
public sealed class HighlighterEvaluationTests(ITestOutputHelper output)
{
    private const string Field = "content";
    private static readonly TextAnalysis Analysis = TextAnalysis.Default;

    [Theory]
    [InlineData("雙方加強衞生應急合作。", "卫生", "雙方加強«衞生»應急合作。")]
    [InlineData("𠀋𩸽:加強衞生應急合作。", "卫生", "𠀋𩸽:加強«衞生»應急合作。")]
    [InlineData("𠀋𩸽:加強衞生應急合作。", "𩸽", "𠀋«𩸽»:加強衞生應急合作。")]
    [InlineData("㈠衞生𱃗灣合作", "台湾", "㈠衞生«𱃗灣»合作")]
    [InlineData("一帶一路建設", "一带一路", "«一帶一路»建設")]
    public void Both_highlighters_and_the_hand_written_snippet_mark_the_same_places_through_the_folding(string text, string query, string marked)
    {
        Classic(text, query).Should().Be(marked);
        FastVector(text, query).Should().Be(marked);
        Ours(text, query).Should().Be(marked);
    }

    [Fact]
    public void The_classic_highlighter_marks_two_matches_in_one_run_of_chinese_as_one()
    {
        // Overlapping CJK bigrams chain a run of Chinese into one token group (up to 50 tokens), and the group is marked
        // from its first match to its last.
        const string text = "支持仲裁機構和仲裁裁決";

        Classic(text, "仲裁").Should().Be("支持«仲裁機構和仲裁»裁決");
        FastVector(text, "仲裁").Should().Be("支持«仲裁»機構和«仲裁»裁決");
        Ours(text, "仲裁").Should().Be("支持«仲裁»機構和«仲裁»裁決");
    }

    [Fact]
    public void The_fast_vector_highlighter_needs_term_vectors_that_make_the_seeds_index_much_larger()
    {
        var texts = SeedCorpus.Ids.SelectMany(id => SeedCorpus.Read(id).AllClauses()).Select(c => c.Content).ToList();

        var without = IndexSize(texts, termVectors: false);
        var with = IndexSize(texts, termVectors: true);

        output.WriteLine($"the seeds' clause text indexed: {without:N0} bytes; with term vectors (positions and offsets): {with:N0} bytes ({(double)with / without:F2}×)");
        ((double)with / without).Should().BeGreaterThan(1.5);
    }

    private static Query Parse(string query) =>
        new QueryParser(LuceneVersion.LUCENE_48, Field, Analysis.QueryAnalyzer) { AutoGeneratePhraseQueries = true, DefaultOperator = Operator.AND }.Parse(query);

    private static string Classic(string text, string query)
    {
        var scorer = new QueryScorer(Parse(query), Field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("«", "»"), scorer) { TextFragmenter = new NullFragmenter() };
        return highlighter.GetBestFragment(Analysis.IndexAnalyzer, Field, text);
    }

    private static string FastVector(string text, string query)
    {
        using var directory = new RAMDirectory();
        Write(directory, [text], termVectors: true);
        using var reader = DirectoryReader.Open(directory);
        var highlighter = new FastVectorHighlighter();
        var fieldQuery = highlighter.GetFieldQuery(Parse(query), reader);
        return highlighter.GetBestFragment(fieldQuery, reader, 0, Field, 100, new SingleFragListBuilder(), new SimpleFragmentsBuilder(), ["«"], ["»"], new DefaultEncoder());
    }

    private static string Ours(string text, string query)
    {
        using var index = new ClauseIndex();
        index.Add(AgreementReader.Parse("一、總則\n" + text, "evaluation.txt"));
        var hit = index.Search(query).Single(h => h.Path == "一");
        hit.Snippet.Should().Be("總則 " + text, "the whole clause fits the snippet");
        return hit.MarkedSnippet["總則 ".Length..];
    }

    private static long IndexSize(IEnumerable<string> texts, bool termVectors)
    {
        using var directory = new RAMDirectory();
        Write(directory, texts, termVectors);
        return directory.GetSizeInBytes();
    }

    private static void Write(Lucene.Net.Store.Directory directory, IEnumerable<string> texts, bool termVectors)
    {
        var type = new FieldType(TextField.TYPE_STORED) { StoreTermVectors = termVectors, StoreTermVectorPositions = termVectors, StoreTermVectorOffsets = termVectors };
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, Analysis.IndexAnalyzer));
        foreach (var text in texts)
        {
            writer.AddDocument([new Field(Field, text, type)]);
        }

        writer.ForceMerge(1);
        writer.Commit();
    }
}
