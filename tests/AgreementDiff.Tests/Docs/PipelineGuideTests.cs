using System.Text.Json;
using AgreementDiff.Alignment;
using AgreementDiff.Analysis;
using AgreementDiff.Diff;
using AgreementDiff.Index;
using AgreementDiff.Reading;
using AgreementDiff.Reports;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Docs;

/// <summary>
/// The examples of docs/pipeline.md, one region per stage, run and checked here; <see cref="DocumentationSnippetTests"/>
/// checks that the guide shows these regions verbatim. `seeds` is the repository's seeds/ folder.
/// </summary>
public class PipelineGuideTests
{
    private readonly string seeds = SeedCorpus.Folder;

    [Fact]
    public void Read_gives_a_clause_tree_with_addresses_and_source_lines()
    {
        #region read
        Agreement agreement = AgreementReader.ReadFile(Path.Combine(seeds, "001_6550e1953cce7fcb.txt"));
        Clause legal = agreement["(十二)"];              // by label, path, path suffix or heading
        string where = $"{legal.Path} {legal.Heading}";  // "二/(十二) 推進法律和爭議解決"
        string first = legal.Children[0].Path;           // "二/(十二)/1"
        string printed = agreement.GetSourceText(legal.Span);   // the lines as printed, children included

        ReadResult result = AgreementReader.TryReadFile(Path.Combine(seeds, "no-such-file.txt"));
        string problem = result.Success ? "" : $"{result.Error!.Problem}";   // "Unreadable", as a value
        #endregion

        where.Should().Be("二/(十二) 推進法律和爭議解決");
        first.Should().Be("二/(十二)/1");
        printed.Should().Contain("推進法律和爭議解決");
        problem.Should().Be("Unreadable");
    }

    [Fact]
    public void Analyze_folds_scripts_and_variants_into_the_same_terms()
    {
        #region analyze
        var analysis = new TextAnalysis();
        string folded = analysis.Fold("衞生");                          // "卫生": 衞生, 衛生 and 卫生 are one term
        IReadOnlyList<AnalyzedToken> tokens = analysis.Tokenize("加強衞生合作", forQuery: true);
        string terms = string.Join(" ", tokens.Select(t => t.Term));  // "加强 强卫 卫生 生合 合作": CJK bigrams
        #endregion

        folded.Should().Be("卫生");
        terms.Should().Be("加强 强卫 卫生 生合 合作");
        analysis.Fold("衛生").Should().Be(folded);
    }

    [Fact]
    public void Index_finds_clauses_across_agreements()
    {
        #region index
        using var index = new ClauseIndex();   // in memory; ClauseIndex.Open(folder) keeps one on disk
        index.Add(AgreementReader.ReadFile(Path.Combine(seeds, "001_6550e1953cce7fcb.txt")), "zj-2023");
        index.Add(AgreementReader.ReadFile(Path.Combine(seeds, "003_d3597f6f93c1a750.txt")), "zj-2025");
        IReadOnlyList<SearchHit> hits = index.Search("仲裁");   // Lucene syntax: "dispute resolution", 卫生 AND 应急
        string found = string.Join(", ", hits.Select(h => $"{h.AgreementId} §{h.Path}"));
        // "zj-2023 §二/(十二)/2, zj-2025 §五/21, zj-2025 §五/22"
        string marked = hits[0].MarkedSnippet;                 // "…«仲裁»…"
        #endregion

        found.Should().Be("zj-2023 §二/(十二)/2, zj-2025 §五/21, zj-2025 §五/22");
        marked.Should().Contain("«仲裁»");
    }

    [Fact]
    public void Align_matches_clauses_after_reordering_and_renumbering()
    {
        #region align
        Agreement left = AgreementReader.ReadFile(Path.Combine(seeds, "001_6550e1953cce7fcb.txt"));
        Agreement right = AgreementReader.ReadFile(Path.Combine(seeds, "003_d3597f6f93c1a750.txt"));
        AgreementComparison comparison = AgreementComparer.Default.Compare(left, right);
        ClauseMatch aviation = comparison.Matches.Single(m => m.Left.Path == "二/(四)" && m.Right.Path == "四");
        string why = string.Join(" ", aviation.Explanation.SharedTerms.Take(3));   // the heaviest shared terms
        bool housingIsNew = comparison.Added.Any(c => c.Path == "十一" && c.Heading == "住房安居");   // true
        #endregion

        aviation.Role.Should().Be(ClauseRole.Section);
        why.Should().NotBeEmpty();
        housingIsNew.Should().BeTrue();
    }

    [Fact]
    public void Diff_gives_word_level_edits_equal_under_folding()
    {
        #region diff
        TextDiff diff = TextDiffer.Default.Diff("支持兩地衞生合作", "支持两地卫生合作,建立應急機制");
        bool sameWords = diff.Edits.Where(e => e.Kind == EditKind.Equal).Sum(e => e.Text.Length) == 8;  // true: script is no change
        bool scriptDiffers = diff.ScriptDiffers;                                // true: 衞生 against 卫生
        string inserted = string.Concat(diff.Insertions.Select(e => e.Text));  // ",建立應急機制"
        #endregion

        sameWords.Should().BeTrue();
        scriptDiffers.Should().BeTrue();
        inserted.Should().Be(",建立應急機制");
    }

    [Fact]
    public void Report_writes_the_documented_json()
    {
        var agreement = SeedCorpus.Read(Seed.ZhejiangAgreement);
        var comparison = AgreementComparer.Default.Compare(agreement, SeedCorpus.Read(Seed.ZhejiangMemorandum));

        #region report
        string outline = OutlineJsonWriter.ToJson(agreement);    // docs/schema/outline.schema.json
        string compared = ComparisonJsonWriter.ToJson(comparison);   // docs/schema/compare.schema.json
        using JsonDocument json = JsonDocument.Parse(compared);
        int added = json.RootElement.GetProperty("summary").GetProperty("sections").GetProperty("added").GetInt32();
        #endregion

        outline.Should().StartWith("{").And.Contain("\"schemaVersion\": 1");
        added.Should().Be(comparison.Summary.Sections.Added).And.BePositive();
    }
}
