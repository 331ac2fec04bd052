using System.Diagnostics;
using AgreementDiff.Index;
using AgreementDiff.Reading;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Index;

public sealed class ClauseIndexTests : IDisposable
{
    private readonly ClauseIndex _index = new();

    public ClauseIndexTests()
    {
        foreach (var id in SeedCorpus.Ids)
        {
            _index.Add(SeedCorpus.Read(id), id);
        }
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Every_clause_of_every_seed_is_indexed_once()
    {
        _index.AgreementIds.Should().BeEquivalentTo(SeedCorpus.Ids);
        _index.ClauseCount.Should().Be(SeedCorpus.Ids.Sum(id => SeedCorpus.Read(id).AllClauses().Count()));
    }

    [Fact]
    public void Adding_a_range_indexes_each_agreement_under_its_default_id_and_replaces_what_was_there()
    {
        using var index = new ClauseIndex();
        var agreements = SeedCorpus.Ids.Select(SeedCorpus.Read).ToList();
        index.Add(agreements[0]);

        var ids = index.AddRange(agreements);

        ids.Should().Equal(agreements.Select(ClauseIndex.DefaultId));
        index.AgreementIds.Should().BeEquivalentTo(ids);
        index.ClauseCount.Should().Be(agreements.Sum(a => a.AllClauses().Count()), "the first agreement was replaced, not added twice");
        index.Search("仲裁").Should().Contain(h => h.AgreementId == ids[1]);
    }

    [Fact]
    public void Finding_counterparts_of_many_clauses_at_once_gives_what_one_call_each_gives()
    {
        var clauses = SeedCorpus.Read(Seed.ZhejiangAgreement).AllClauses().Take(12).ToList();
        var options = new SearchOptions { Top = 5 };

        var each = _index.FindSimilarEach(clauses, options);

        each.Should().HaveCount(clauses.Count);
        each.Select(found => found.Select(c => (c.AgreementId, c.Path)))
            .Should().BeEquivalentTo(clauses.Select(c => _index.FindSimilar(c, options).Select(f => (f.AgreementId, f.Path))), o => o.WithStrictOrdering());
        each.Should().Contain(found => found.Count > 0);
    }

    [Fact]
    public void A_simplified_query_finds_clauses_written_with_either_traditional_variant()
    {
        var hits = _index.Search("卫生");

        // 000 writes 衛生 (九、醫療衛生); 001 and 002 write 衞生.
        hits.Should().Contain(h => h.AgreementId == Seed.JiangsuAgreement && h.Path == "九");
        hits.Should().Contain(h => h.AgreementId == Seed.ZhejiangAgreement && h.Path == "二/(九)/1");
        hits.Should().Contain(h => h.AgreementId == Seed.ZhejiangPressRelease && h.Path == "醫療衞生及中醫藥");
        hits.Where(h => h.AgreementId == Seed.JiangsuAgreement).Should().Contain(h => h.MarkedSnippet.Contains("«衛生»"));
        hits.Where(h => h.AgreementId == Seed.ZhejiangAgreement).Should().Contain(h => h.MarkedSnippet.Contains("«衞生»"));
    }

    [Fact]
    public void A_traditional_query_finds_the_clause_written_in_simplified()
    {
        var hits = _index.Search("一帶一路", new SearchOptions { Agreements = [Seed.ZhejiangMemorandum], Depth = 1, Top = 50 });

        hits.Should().Contain(h => h.Path == "一" && h.MarkedSnippet.Contains("«一带一路»"));
    }

    [Fact]
    public void Arbitration_finds_the_legal_clauses_of_the_four_chinese_seeds_with_marked_snippets()
    {
        var hits = _index.Search("仲裁", new SearchOptions { Top = 50 });

        hits.Should().Contain(h => h.AgreementId == Seed.JiangsuAgreement && h.Path == "六");
        hits.Should().Contain(h => h.AgreementId == Seed.ZhejiangAgreement && h.Path == "二/(十二)/2");
        hits.Should().Contain(h => h.AgreementId == Seed.ZhejiangPressRelease && h.Path == "推進法律和爭議解決");
        hits.Should().Contain(h => h.AgreementId == Seed.ZhejiangMemorandum && h.Path == "五/21");
        hits.Should().OnlyContain(h => h.Highlights.Count > 0 && h.MarkedSnippet.Contains("«仲裁»"));
        foreach (var hit in hits)
        {
            foreach (var range in hit.Highlights)
            {
                hit.Snippet.Substring(range.Start, range.Length).Should().Be("仲裁");
            }
        }
    }

    [Fact]
    public void An_english_query_finds_the_english_press_release()
    {
        var hits = _index.Search("mediation arbitration");

        hits.Should().NotBeEmpty().And.OnlyContain(h => h.AgreementId == Seed.JiangsuPressReleaseEnglish);
        hits[0].Path.Should().Be("Legal services");
        hits[0].Label.Should().Be("Legal services");
        hits[0].MarkedSnippet.Should().Contain("«mediation»").And.Contain("«arbitration»");
    }

    [Fact]
    public void Filters_restrict_by_agreement_and_depth()
    {
        var items = _index.Search("仲裁", new SearchOptions { Depth = 3 });
        items.Should().NotBeEmpty().And.OnlyContain(h => h.Depth == 3 && h.AgreementId == Seed.ZhejiangAgreement);

        _index.Search("仲裁", new SearchOptions { ExcludeAgreement = Seed.ZhejiangAgreement, Top = 50 })
            .Should().NotBeEmpty().And.NotContain(h => h.AgreementId == Seed.ZhejiangAgreement);
    }

    [Fact]
    public void A_malformed_query_is_a_typed_error()
    {
        var act = () => _index.Search("仲裁 AND (");

        act.Should().Throw<ClauseIndexException>().WithMessage("*not valid*");
    }

    [Fact]
    public void Find_similar_ranks_the_counterpart_of_a_clause_in_another_agreement_first()
    {
        var legal = SeedCorpus.Read(Seed.ZhejiangAgreement)["(十二)/2"];

        var similar = _index.FindSimilar(legal, new SearchOptions { Agreements = [Seed.ZhejiangMemorandum], Depth = 2, Top = 5 });

        similar.Should().NotBeEmpty();
        similar[0].Path.Should().Be("五/21");
        similar[0].Label.Should().Be("21");
        similar.Should().BeInDescendingOrder(s => s.Score);
    }

    [Fact]
    public void Adding_an_agreement_again_replaces_its_clauses_and_remove_deletes_them()
    {
        var before = _index.ClauseCount;

        _index.Add(SeedCorpus.Read(Seed.JiangsuAgreement), Seed.JiangsuAgreement);
        _index.ClauseCount.Should().Be(before);

        _index.Remove(Seed.JiangsuAgreement).Should().BeTrue();
        _index.AgreementIds.Should().NotContain(Seed.JiangsuAgreement);
        _index.Search("法律服務").Should().NotContain(h => h.AgreementId == Seed.JiangsuAgreement);
        _index.Remove(Seed.JiangsuAgreement).Should().BeFalse();
    }

    [Fact]
    public async Task Concurrent_searches_while_agreements_are_added_raise_nothing_and_see_whole_agreements()
    {
        using var index = new ClauseIndex();
        index.Add(SeedCorpus.Read(Seed.ZhejiangAgreement), "base");
        var expectedPerCopy = SeedCorpus.Read(Seed.ZhejiangMemorandum).AllClauses().Count(c => c.Content.Contains("仲裁", StringComparison.Ordinal));
        using var stop = new CancellationTokenSource();
        var errors = new List<string>();
        var searchers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var copies = index.Search("仲裁", new SearchOptions { ExcludeAgreement = "base", Top = 1000 }).GroupBy(h => h.AgreementId);
                foreach (var copy in copies.Where(c => c.Count() != expectedPerCopy))
                {
                    lock (errors)
                    {
                        errors.Add($"{copy.Key} had {copy.Count()} hits, not {expectedPerCopy}");
                    }
                }
            }
        })).ToList();

        var memorandum = SeedCorpus.Read(Seed.ZhejiangMemorandum);
        for (var i = 0; i < 20; i++)
        {
            index.Add(memorandum, $"copy-{i:D2}");
        }

        stop.Cancel();
        await Task.WhenAll(searchers);
        errors.Should().BeEmpty();
        index.AgreementIds.Should().HaveCount(21);
    }

    [Fact]
    public void An_index_on_disk_is_reopened_by_a_new_process_and_answers_the_same()
    {
        var folder = Path.Combine(Path.GetTempPath(), "agreementdiff-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            IReadOnlyList<SearchHit> expected;
            using (var index = ClauseIndex.Open(folder))
            {
                index.Add(SeedCorpus.Read(Seed.ZhejiangAgreement));
                index.Add(SeedCorpus.Read(Seed.ZhejiangMemorandum));
                expected = index.Search("仲裁");
            }

            // The new process is the host itself, searching the index the test built.
            var host = Path.Combine(AppContext.BaseDirectory, "agreement-diff.dll");
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { host, "search", "仲裁", "--index", folder, "--format", "json" })
            {
                psi.ArgumentList.Add(arg);
            }

            using var process = Process.Start(psi)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
            using var json = System.Text.Json.JsonDocument.Parse(output);
            json.RootElement.GetProperty("hits").EnumerateArray()
                .Select(h => (h.GetProperty("agreement").GetString(), h.GetProperty("path").GetString()))
                .Should().Equal(expected.Select(h => ((string?)h.AgreementId, (string?)h.Path)));

            using var reopened = ClauseIndex.OpenReadOnly(folder);
            reopened.Search("仲裁").Select(h => (h.AgreementId, h.Path, h.Snippet)).Should().Equal(expected.Select(h => (h.AgreementId, h.Path, h.Snippet)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Opening_a_folder_with_no_index_read_only_is_a_typed_error()
    {
        var act = () => ClauseIndex.OpenReadOnly(Path.Combine(Path.GetTempPath(), "agreementdiff-none-" + Guid.NewGuid().ToString("N")));

        act.Should().Throw<ClauseIndexException>();
    }

    [Fact]
    public void A_supplementary_character_is_searchable_and_highlighted_at_the_right_place()
    {
        using var index = new ClauseIndex();
        index.Add(AgreementReader.Parse("一、總則\n𠀀𠀁衞生合作。\n二、其他\n無關內容。", "ext-b.txt"));

        var hit = index.Search("卫生").Single();

        hit.Path.Should().Be("一");
        hit.Snippet.Substring(hit.Highlights[0].Start, hit.Highlights[0].Length).Should().Be("衞生");
        index.Search("𠀀𠀁").Should().ContainSingle(h => h.Path == "一");
    }
}

public sealed class ClauseIndexOnDiskTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "agreementdiff-index-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void A_second_writer_on_the_same_folder_is_refused_while_the_first_is_open()
    {
        using var first = ClauseIndex.Open(_folder);
        first.Add(SeedCorpus.Read(Seed.JiangsuAgreement));

        var second = () => ClauseIndex.Open(_folder);

        second.Should().Throw<ClauseIndexException>().WithMessage("*open for writing by another process*");
        first.Search("法律服務").Should().NotBeEmpty("the refused writer must not have touched the index");
    }

    [Fact]
    public void The_folder_can_be_written_again_once_the_first_writer_is_disposed()
    {
        ClauseIndex.Open(_folder).Dispose();

        using var again = ClauseIndex.Open(_folder);

        again.ClauseCount.Should().Be(0);
    }

    [Fact]
    public void A_file_where_the_folder_should_be_is_a_typed_error()
    {
        File.WriteAllText(_folder, "not a folder");
        try
        {
            var act = () => ClauseIndex.Open(_folder);

            act.Should().Throw<ClauseIndexException>().WithMessage("*is a file*");
        }
        finally
        {
            File.Delete(_folder);
        }
    }

    [Fact]
    public void Removed_agreements_are_not_listed_even_before_segments_merge()
    {
        using var index = new ClauseIndex();
        var agreement = AgreementReader.Parse("一、總則\n雙方加強合作。\n二、其他\n本條無其他內容。", "small.txt");
        for (var i = 0; i < 30; i++)
        {
            index.Add(agreement, $"a{i:D2}");
        }

        index.Remove("a00").Should().BeTrue();

        index.AgreementIds.Should().HaveCount(29).And.NotContain("a00");
        index.Remove("a00").Should().BeFalse();
    }

    [Fact]
    public void A_query_lucene_cannot_compile_is_a_typed_error()
    {
        using var index = new ClauseIndex();

        var act = () => index.Search("/[/");

        act.Should().Throw<ClauseIndexException>();
    }
}

public sealed class SearchHitTests
{
    [Fact]
    public void Mark_escapes_the_pieces_but_not_the_marks()
    {
        var hit = new SearchHit("a", "五/21", "21", null, 2, 1f, "[x] 仲裁 and 仲裁", [new TextRange(4, 2), new TextRange(11, 2)]);

        hit.MarkedSnippet.Should().Be("[x] «仲裁» and «仲裁»");
        hit.Mark("<b>", "</b>", piece => piece.Replace("[", "[[", StringComparison.Ordinal)).Should().Be("[[x] <b>仲裁</b> and <b>仲裁</b>");
    }
}
