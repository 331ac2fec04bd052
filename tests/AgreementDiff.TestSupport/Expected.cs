using FluentAssertions;

namespace AgreementDiff.Tests.Support;

/// <summary>Expected outputs kept as files beside the tests (copied to the test output), compared whole.</summary>
public static class Expected
{
    /// <summary>Asserts that <paramref name="actual"/> equals the file at <paramref name="path"/> (line ends and trailing blanks aside); on a difference leaves the actual output beside it as <c>.actual</c>.</summary>
    /// <param name="path">The expected file, relative to the test output folder: <c>Expected/matrix-seeds.txt</c>.</param>
    /// <param name="actual">The output.</param>
    public static void Matches(string path, string actual)
    {
        var expectedPath = Path.Combine(AppContext.BaseDirectory, path);
        var expected = File.Exists(expectedPath) ? Normalize(File.ReadAllText(expectedPath)) : null;
        if (expected != Normalize(actual))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(Path.ChangeExtension(expectedPath, ".actual" + Path.GetExtension(expectedPath)), actual);
        }

        Normalize(actual).Should().Be(expected, $"the output should equal {path}");
    }

    /// <summary>Replaces CR LF by LF and drops trailing whitespace on each line and at the end.</summary>
    public static string Normalize(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).TrimEnd('\n');
}
