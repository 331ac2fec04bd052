using AgreementDiff.Analysis;
using AgreementDiff.Index;
using AgreementDiff.Reports;
using AgreementDiff.Tests.Support;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace AgreementDiff.Tests.Index;

/// <summary>The on-disk format: each commit records its format and whether the index holds words; older indexes stay readable.</summary>
public sealed class ClauseIndexFormatTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "agreementdiff-format-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void An_index_written_before_the_word_field_is_searched_by_its_bigrams()
    {
        WriteFormat1(Seed.ZhejiangAgreement);

        using var index = ClauseIndex.OpenReadOnly(_folder);

        index.UsesWords.Should().BeFalse();
        index.Search("仲裁").Should().Contain(h => h.Path == "二/(十二)/2" && h.MarkedSnippet.Contains("«仲裁»"));
        index.FindSimilar(SeedCorpus.Read(Seed.ZhejiangMemorandum)["五/21"]).Should().NotBeEmpty();
    }

    [Fact]
    public void Adding_with_words_to_an_index_written_before_the_word_field_is_a_typed_error_that_says_what_to_do()
    {
        WriteFormat1(Seed.ZhejiangAgreement);

        var act = () => ClauseIndex.Open(_folder);

        act.Should().Throw<ClauseIndexException>().WithMessage($"*{_folder}*no word field*Rebuild it, or add to it without words*");
        using var reader = ClauseIndex.OpenReadOnly(_folder);
        reader.ClauseCount.Should().Be(SeedCorpus.Read(Seed.ZhejiangAgreement).AllClauses().Count(), "the refused writer changed nothing");
    }

    [Fact]
    public void An_index_written_before_the_word_field_takes_agreements_without_words_and_keeps_them_so()
    {
        WriteFormat1(Seed.ZhejiangAgreement);

        using (var index = ClauseIndex.Open(_folder, new ClauseIndexOptions { Words = false }))
        {
            index.Add(SeedCorpus.Read(Seed.ZhejiangMemorandum));
        }

        using var reopened = ClauseIndex.OpenReadOnly(_folder);
        reopened.UsesWords.Should().BeFalse();
        reopened.AgreementIds.Should().HaveCount(2);
        reopened.Search("仲裁").Select(h => h.AgreementId).Distinct().Should().HaveCount(2);
    }

    [Fact]
    public void An_index_with_words_is_reopened_with_words()
    {
        using (var index = ClauseIndex.Open(_folder))
        {
            index.Add(SeedCorpus.Read(Seed.ZhejiangMemorandum));
        }

        using (var again = ClauseIndex.Open(_folder))
        {
            again.UsesWords.Should().BeTrue();
            again.Add(SeedCorpus.Read(Seed.ZhejiangAgreement));
        }

        using var reader = ClauseIndex.OpenReadOnly(_folder);
        reader.UsesWords.Should().BeTrue();
        reader.Search("資金")[0].MarkedSnippet.Should().Contain("«資金»", "a reopened index ranks by words as the one that wrote it");
    }

    [Fact]
    public void Adding_without_words_to_an_index_with_words_is_a_typed_error()
    {
        using (var index = ClauseIndex.Open(_folder))
        {
            index.Add(SeedCorpus.Read(Seed.ZhejiangMemorandum));
        }

        var act = () => ClauseIndex.Open(_folder, new ClauseIndexOptions { Words = false });

        act.Should().Throw<ClauseIndexException>().WithMessage("*holds words*");
    }

    [Fact]
    public void An_empty_index_takes_the_fields_it_is_opened_with()
    {
        ClauseIndex.Open(_folder, new ClauseIndexOptions { Words = false }).Dispose();

        using var index = ClauseIndex.Open(_folder);

        index.UsesWords.Should().BeTrue();
    }

    [Fact]
    public void An_index_of_a_newer_format_is_a_typed_error_for_readers_and_writers()
    {
        WriteFormat1(Seed.JiangsuAgreement, new Dictionary<string, string> { ["agreementdiff.format"] = (ClauseIndex.Format + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var read = () => ClauseIndex.OpenReadOnly(_folder);
        var write = () => ClauseIndex.Open(_folder);

        read.Should().Throw<ClauseIndexException>().WithMessage("*newer version*");
        write.Should().Throw<ClauseIndexException>().WithMessage("*newer version*");
    }

    [Fact]
    public void Reading_an_agreement_back_from_an_index_written_before_texts_were_stored_is_a_typed_error_that_says_to_rebuild()
    {
        WriteFormat1(Seed.ZhejiangAgreement);

        using var index = ClauseIndex.OpenReadOnly(_folder);

        index.Invoking(i => i.ReadAgreement(Seed.ZhejiangAgreement)).Should().Throw<ClauseIndexException>().WithMessage("*not its text*Rebuild the index*");
        index.Invoking(i => i.ReadAgreement("nowhere")).Should().Throw<ClauseIndexException>().WithMessage("*no agreement 'nowhere'*");
    }

    [Fact]
    public void Adding_to_an_older_index_keeps_its_format_so_the_record_never_promises_texts_it_lacks()
    {
        WriteFormat1(Seed.ZhejiangAgreement);

        using (var index = ClauseIndex.Open(_folder, new ClauseIndexOptions { Words = false }))
        {
            index.Add(SeedCorpus.Read(Seed.ZhejiangMemorandum), Seed.ZhejiangMemorandum);
        }

        using var directory = FSDirectory.Open(_folder);
        DirectoryReader.ListCommits(directory).Select(c => c.UserData.TryGetValue("agreementdiff.format", out var f) ? f : "1").Last().Should().NotBe(ClauseIndex.Format.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var reopened = ClauseIndex.OpenReadOnly(_folder);
        reopened.ReadAgreement(Seed.ZhejiangMemorandum).AllClauses().Should().NotBeEmpty("an agreement added now has its text");
        reopened.Invoking(i => i.ReadAgreement(Seed.ZhejiangAgreement)).Should().Throw<ClauseIndexException>().WithMessage("*Rebuild the index*");
    }

    [Fact]
    public void The_corpus_comparer_on_an_index_written_before_texts_were_stored_throws_the_typed_error_itself()
    {
        WriteFormat1(Seed.ZhejiangAgreement);
        using var index = ClauseIndex.OpenReadOnly(_folder);
        var corpus = new AgreementDiff.Corpus.CorpusComparer(index);

        // Its comparisons run in parallel; the error must not come out wrapped in an AggregateException.
        corpus.Invoking(c => c.ReadAgreements()).Should().Throw<ClauseIndexException>().WithMessage("*Rebuild the index*");
        corpus.Invoking(c => c.Counterparts(SeedCorpus.Read(Seed.ZhejiangMemorandum))).Should().Throw<ClauseIndexException>().WithMessage("*Rebuild the index*");
    }

    [Theory]
    [MemberData(nameof(SeedCorpus.All), MemberType = typeof(SeedCorpus))]
    public void An_agreement_read_back_from_an_on_disk_index_is_the_agreement_as_read(string seed)
    {
        var agreement = SeedCorpus.Read(seed);
        using (var writer = ClauseIndex.Open(_folder, new ClauseIndexOptions { Words = false }))
        {
            writer.Add(agreement, seed);
        }

        using var index = ClauseIndex.OpenReadOnly(_folder);
        var back = index.ReadAgreement(seed);

        OutlineJsonWriter.ToJson(back).Should().Be(OutlineJsonWriter.ToJson(agreement));
        back.SourceLineCount.Should().Be(agreement.SourceLineCount);
        Enumerable.Range(1, back.SourceLineCount).Select(n => back.GetSourceText(new SourceSpan(n, n)))
            .Should().Equal(Enumerable.Range(1, agreement.SourceLineCount).Select(n => agreement.GetSourceText(new SourceSpan(n, n))), "every line as read");
        index.ClauseCount.Should().Be(agreement.AllClauses().Count(), "the stored text adds no document");
    }

    /// <summary>Writes an agreement as format 1 did (commit 58ec4d6): the six fields, bigrams only, no record in the commit.</summary>
    private void WriteFormat1(string seed, IDictionary<string, string>? commitData = null)
    {
        using var directory = FSDirectory.Open(_folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, TextAnalysis.Default.IndexAnalyzer));
        foreach (var clause in SeedCorpus.Read(seed).AllClauses())
        {
            writer.AddDocument(
            [
                new StringField("agreement", seed, Field.Store.YES),
                new StringField("path", clause.Path, Field.Store.YES),
                new StringField("label", clause.Label, Field.Store.YES),
                new Int32Field("depth", clause.Depth, Field.Store.YES),
                new StoredField("heading", clause.Heading ?? string.Empty),
                new TextField("content", clause.Content, Field.Store.YES),
            ]);
        }

        if (commitData is not null)
        {
            writer.SetCommitData(commitData);
        }

        writer.Commit();
    }
}
