using AgreementDiff.Reading;

namespace AgreementDiff.Tests.Support;

/// <summary>The PDF, Word and HTML forms of the seeds in tests/AgreementDiff.Tests/Reading/Fixtures, made by tools/make-fixtures.sh.</summary>
public static class FormatFixtures
{
    /// <summary>Gets the fixtures folder.</summary>
    public static string Folder => Path.Combine(SeedCorpus.RepositoryRoot, "tests", "AgreementDiff.Tests", "Reading", "Fixtures");

    /// <summary>Gets the path of the fixture made from the seed <paramref name="id"/> in the format named by <paramref name="extension"/>.</summary>
    public static string PathOf(string id, string extension) =>
        Path.Combine(Folder, Path.ChangeExtension(SeedCorpus.FileNames[SeedCorpus.Ids.ToList().IndexOf(id)], extension));

    /// <summary>Gets the format a fixture extension stands for.</summary>
    public static InputFormat FormatOf(string extension) => extension switch
    {
        "pdf" => InputFormat.Pdf,
        "docx" => InputFormat.Docx,
        "html" => InputFormat.Html,
        _ => InputFormat.Text,
    };
}
