namespace LicenceCheck.Tests;

/// <summary>The review of made-up packages, each with a nuspec written in the test.</summary>
public sealed class LicenceReviewTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("licence-check-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Packages_with_permissive_expressions_pass_and_fill_the_table()
    {
        var review = LicenceReview.Of([Package("Alpha", "1.0.0", Expression("MIT"), "library"), Package("Beta", "2.1.0", Expression("Apache-2.0"), "tests", "benchmarks")], []);

        review.Problems.Should().BeEmpty();
        review.Table().Should().Be("| package | version | licence | used by |\n|---|---|---|---|\n| Alpha | 1.0.0 | MIT | library |\n| Beta | 2.1.0 | Apache-2.0 | tests, benchmarks |\n");
    }

    [Fact]
    public void A_copyleft_package_fails_naming_it_even_when_only_tests_use_it_and_the_allow_list_names_it()
    {
        var gpl = Package("Schema.Validator", "4.0.2", Expression("AGPL-3.0-only"), "tests");
        var allowList = new[] { new AllowedLicence("Schema.Validator", "4.0.2", "MIT", "Someone says so.") };

        var review = LicenceReview.Of([gpl], allowList);

        review.Problems.Should().Contain(p => p.StartsWith("Schema.Validator 4.0.2 (tests): AGPL-3.0-only is a copyleft licence", StringComparison.Ordinal));
        review.Problems.Should().Contain(p => p.StartsWith("Schema.Validator 4.0.2: the allow-list entry matches no package whose licence is unknown", StringComparison.Ordinal));
    }

    [Fact]
    public void A_licence_file_is_unknown_and_fails_unless_the_allow_list_reads_it_for_that_version()
    {
        var package = Package("Search.Engine", "4.8.0", File("LICENSE.txt"), "library");

        LicenceReview.Of([package], []).Problems.Should().ContainSingle()
            .Which.Should().Contain("the licence (file LICENSE.txt) is unknown");

        var read = LicenceReview.Of([package], [new AllowedLicence("search.engine", "4.8.0", "Apache-2.0", "LICENSE.txt is the Apache License 2.0.")]);
        read.Problems.Should().BeEmpty();
        read.Table().Should().Contain("| Search.Engine | 4.8.0 | Apache-2.0 (read by hand) | library |");

        // Another version must be read again, and the entry for the old one goes stale.
        var next = LicenceReview.Of([Package("Search.Engine", "4.9.0", File("LICENSE.txt"), "library")], [new AllowedLicence("Search.Engine", "4.8.0", "Apache-2.0", "Read.")]);
        next.Problems.Should().HaveCount(2).And.Contain(p => p.Contains("unknown", StringComparison.Ordinal)).And.Contain(p => p.Contains("remove it", StringComparison.Ordinal));
    }

    [Fact]
    public void A_licence_url_alone_is_unknown()
    {
        var review = LicenceReview.Of([Package("Old.Package", "1.0.0", "<licenseUrl>https://example.org/license.txt</licenseUrl>", "tests")], []);

        review.Problems.Should().ContainSingle().Which.Should().Contain("the licence (https://example.org/license.txt) is unknown");
    }

    [Fact]
    public void An_allow_list_entry_needs_a_reason_and_cannot_excuse_what_it_reads_as_copyleft()
    {
        var package = Package("Widget", "1.0.0", File("LICENSE"), "tool");

        LicenceReview.Of([package], [new AllowedLicence("Widget", "1.0.0", "MIT", " ")]).Problems
            .Should().Contain("Widget 1.0.0: the allow-list entry needs a licence and a reason");
        LicenceReview.Of([package], [new AllowedLicence("Widget", "1.0.0", "LGPL-2.1-only", "LICENSE is the LGPL.")]).Problems
            .Should().ContainSingle().Which.Should().Contain("LGPL-2.1-only is a copyleft licence");
    }

    [Fact]
    public void A_package_missing_from_the_packages_folder_is_unknown()
    {
        var missing = new PackageUse("Gone", "1.0.0", Path.Combine(_folder, "gone", "1.0.0", "gone.nuspec"), ["tests"]);

        LicenceReview.Of([missing], []).Problems.Should().ContainSingle().Which.Should().Contain("no nuspec at");
    }

    [Fact]
    public void The_allow_list_file_is_read_with_its_reasons()
    {
        var path = Path.Combine(_folder, "allow-list.json");
        System.IO.File.WriteAllText(path, """{ "packages": [ { "id": "J2N", "version": "2.1.0", "licence": "Apache-2.0", "reason": "LICENSE.txt is the Apache License 2.0." } ] }""");

        LicenceReview.ReadAllowList(path).Should().Equal(new AllowedLicence("J2N", "2.1.0", "Apache-2.0", "LICENSE.txt is the Apache License 2.0."));
    }

    [Fact]
    public void The_readme_table_is_replaced_between_its_markers_only()
    {
        var readme = $"# Title\n\n{ReadmeTable.Start}\n| old |\n{ReadmeTable.End}\n\nMore.\n";

        ReadmeTable.Replace(readme, "| new |\n").Should().Be($"# Title\n\n{ReadmeTable.Start}\n| new |\n{ReadmeTable.End}\n\nMore.\n");
        ReadmeTable.Replace("# No table\n", "| new |\n").Should().BeNull();
    }

    private static string Expression(string expression) => $"<license type=\"expression\">{expression}</license>";

    private static string File(string name) => $"<license type=\"file\">{name}</license>";

    /// <summary>Writes a nuspec whose metadata ends with <paramref name="licence"/> and returns the package.</summary>
    private PackageUse Package(string id, string version, string licence, params string[] usedBy)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, id.ToLowerInvariant(), version)).FullName;
        var nuspec = Path.Combine(folder, id.ToLowerInvariant() + ".nuspec");
        System.IO.File.WriteAllText(nuspec, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata>
                <id>{id}</id>
                <version>{version}</version>
                <authors>Someone</authors>
                <description>A package made up by the test.</description>
                {licence}
              </metadata>
            </package>
            """);
        return new PackageUse(id, version, nuspec, usedBy);
    }
}
