namespace AgreementDiff.Cli.Tests.Support;

/// <summary>Expected outputs kept as files under Expected/, compared whole.</summary>
internal static class Expected
{
    /// <summary>Asserts that <paramref name="actual"/> equals Expected/<paramref name="name"/> (line ends and trailing blanks aside); on a difference leaves the actual output beside it as .actual.txt.</summary>
    public static void Matches(string name, string actual)
    {
        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Expected", name);
        var expected = File.Exists(expectedPath) ? CliRunner.Normalize(File.ReadAllText(expectedPath)) : null;
        if (expected != CliRunner.Normalize(actual))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(Path.ChangeExtension(expectedPath, ".actual" + Path.GetExtension(expectedPath)), actual);
        }

        CliRunner.Normalize(actual).Should().Be(expected, $"the output should equal Expected/{name}");
    }
}
