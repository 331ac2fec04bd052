namespace LicenceCheck.Tests;

/// <summary>The check on this repository, as .ci/run runs it: every package may be shipped and tested with, and the README says which.</summary>
public sealed class RepositoryLicenceTests
{
    private static readonly string Solution = PackageInventory.FindSolution(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("AgreementDiff.sln is not above the test's folder");

    private static readonly Lazy<IReadOnlyList<PackageUse>> Packages = new(() => PackageInventory.Read(Solution));

    [Fact]
    public void Every_package_of_the_solution_has_a_permissive_licence_and_the_readme_lists_them()
    {
        var root = Path.GetDirectoryName(Solution)!;
        var review = LicenceReview.Of(Packages.Value, LicenceReview.ReadAllowList(Path.Combine(root, "tools", "LicenceCheck", "allow-list.json")));
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");

        review.Problems.Should().BeEmpty();
        ReadmeTable.Replace(readme, review.Table()).Should().Be(readme, "the README's table must be what the packages give (dotnet run --project tools/LicenceCheck -- --write)");
    }

    [Fact]
    public void The_inventory_holds_transitive_packages_and_says_what_uses_them()
    {
        var packages = Packages.Value;

        packages.Should().Contain(p => p.Id == "DiffPlex" && p.UsedBy.Contains("library"));
        packages.Should().Contain(p => p.Id == "J2N" && p.UsedBy.Contains("library"), "Lucene.Net depends on it");
        packages.Should().Contain(p => p.Id == "JsonSchema.Net" && p.UsedBy.SequenceEqual(new[] { "tests" }));
        packages.Should().NotContain(p => p.Id == "Newtonsoft.Json.Schema", "it is AGPL; JsonSchema.Net validates the JSON");
        packages.Select(p => $"{p.Id} {p.Version}").Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("src/AgreementDiff/AgreementDiff.csproj", "library")]
    [InlineData("src/AgreementDiff.Cli/AgreementDiff.Cli.csproj", "tool")]
    [InlineData("tests/AgreementDiff.Tests/AgreementDiff.Tests.csproj", "tests")]
    [InlineData("fuzz/AgreementDiff.Fuzz/AgreementDiff.Fuzz.csproj", "fuzzing")]
    [InlineData("tools/WeightFitter/WeightFitter.csproj", "build tools")]
    public void A_project_is_told_by_its_folder(string project, string use)
    {
        PackageInventory.Projects(File.ReadAllText(Solution)).Should().Contain(project);
        PackageInventory.UseOf(project).Should().Be(use);
    }
}
