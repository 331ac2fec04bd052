using System.Text.RegularExpressions;
using AgreementDiff.Reading;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Reading;

/// <summary>Every real law kept under tests (the evaluation set and the reading corpus) read whole: unique paths, no numbering warning, no article lost.</summary>
public sealed partial class LawSweepTests
{
    private static readonly string[] Folders =
    [
        Path.Combine(SeedCorpus.RepositoryRoot, "tests", "AgreementDiff.Tests", "Alignment", "Laws"),
        Path.Combine(SeedCorpus.RepositoryRoot, "tests", "AgreementDiff.Tests", "Reading", "Laws"),
    ];

    public static TheoryData<string> LawFiles => [.. Folders.SelectMany(Directory.GetFiles)
        .Where(f => (f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)) && Path.GetFileName(f) != "MANIFEST.md")
        .Select(f => Path.GetRelativePath(SeedCorpus.RepositoryRoot, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(LawFiles))]
    public void Real_law_reads_under_strict_numbering_with_unique_paths_and_every_article_of_the_source(string file)
    {
        var path = Path.Combine(SeedCorpus.RepositoryRoot, file);

        var law = AgreementReader.ReadFile(path, new AgreementReaderOptions { StrictNumbering = true });
        var all = law.AllClauses().ToList();

        law.Diagnostics.Should().NotContain(d => d.Problem == ReadProblem.NumberingSkipped || d.Problem == ReadProblem.NumberingRepeated);
        all.Select(c => c.Path).Should().OnlyHaveUniqueItems();
        all.Count(c => c.Style == NumberingStyle.Article).Should().Be(File.ReadLines(path).Count(l => ArticleAtLineStart().IsMatch(l)), "every line that starts with 第X条 starts an article");
    }

    /// <summary>A line that starts (after indentation or a Markdown heading mark) with an article number followed by a space.</summary>
    [GeneratedRegex(@"^[#\s\u3000]*第[零〇一二三四五六七八九十百千0-9]+[条條](?:之[一二三四五六七八九十]+)?[\s\u3000]", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleAtLineStart();
}
