using System.Text.RegularExpressions;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Docs;

/// <summary>
/// The docs' C# examples are the code the tests run: a block after <c>&lt;!-- snippet: NAME --&gt;</c> must be, line for
/// line, the <c>#region NAME</c> of a test under tests/AgreementDiff.Tests/Docs/, and every C# block in docs/ must be
/// such a snippet. The snippet <c>package-example</c> is the example of src/AgreementDiff/PACKAGE.md, which the
/// consumer smoke test (tools/smoke-test.sh) compiles against the packed package and runs.
/// </summary>
public partial class DocumentationSnippetTests
{
    private static string Root => SeedCorpus.RepositoryRoot;

    public static TheoryData<string> Documents => ["README.md", "docs/pipeline.md", "docs/analysts.md", "src/AgreementDiff/PACKAGE.md"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_marked_snippet_is_the_code_a_test_runs(string document)
    {
        var regions = Regions();
        foreach (var (name, code) in MarkedBlocks(File.ReadAllText(Path.Combine(Root, document))))
        {
            regions.Should().ContainKey(name, $"{document} shows the snippet '{name}', which no test holds");
            code.Should().Be(regions[name], $"{document}'s snippet '{name}' must be the code the test runs");
        }
    }

    [Fact]
    public void Every_csharp_example_in_docs_is_a_tested_snippet()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(Root, "docs"), "*.md"))
        {
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            var blocks = CSharpBlock().Matches(text).Count;
            blocks.Should().Be(MarkedBlocks(text).Count(), $"every ```csharp block in {Path.GetFileName(path)} must follow a <!-- snippet: NAME --> marker");
        }
    }

    [Fact]
    public void Every_region_of_the_guide_tests_is_shown_in_the_docs()
    {
        var shown = Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Append(Path.Combine(Root, "README.md"))
            .SelectMany(path => MarkedBlocks(File.ReadAllText(path))).Select(b => b.Name).ToHashSet();

        Regions().Keys.Where(name => name != "package-example").Should().BeSubsetOf(shown).And.HaveCountGreaterThan(5);
    }

    [Fact]
    public void The_package_readme_holds_the_smoke_tests_program()
    {
        Regions().Should().ContainKey("package-example");
        Regions()["package-example"].Should().Contain("AgreementComparer.Default.Compare").And.Contain("comparison.Added");
    }

    private static List<(string Name, string Code)> MarkedBlocks(string markdown) =>
        [.. MarkedBlock().Matches(markdown.ReplaceLineEndings("\n")).Select(m => (m.Groups["name"].Value, m.Groups["code"].Value))];

    /// <summary>The <c>#region</c>s of the docs' tests, dedented, plus the package README's smoke-test program.</summary>
    private static Dictionary<string, string> Regions()
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Path.Combine(Root, "tests", "AgreementDiff.Tests", "Docs"), "*.cs"))
        {
            foreach (Match match in Region().Matches(File.ReadAllText(path).ReplaceLineEndings("\n")))
            {
                var lines = match.Groups["code"].Value.TrimEnd('\n').Split('\n');
                var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
                regions.Add(match.Groups["name"].Value, string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.Trim())) + "\n");
            }
        }

        var package = File.ReadAllText(Path.Combine(Root, "src", "AgreementDiff", "PACKAGE.md")).ReplaceLineEndings("\n");
        var program = Regex.Match(package, @"<!-- smoke-test: Program\.cs[^\n]*\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline);
        if (program.Success)
        {
            regions.Add("package-example", program.Groups["code"].Value);
        }

        return regions;
    }

    [GeneratedRegex(@"<!-- snippet: (?<name>[\w-]+) -->\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex MarkedBlock();

    [GeneratedRegex(@"^```csharp\n", RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"#region (?<name>[\w-]+)\n(?<code>.*?)^\s*#endregion", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Region();
}
