using AgreementDiff.Reading;

namespace AgreementDiff.Tests.Support;

/// <summary>Agreements written in a test, read as the reader reads a file.</summary>
internal static class TestAgreements
{
    /// <summary>Reads <paramref name="text"/> as the agreement <paramref name="name"/>.</summary>
    public static Agreement Parse(string text, string name) => AgreementReader.Parse(text, name);

    /// <summary>An English arrangement: a title and the opening formula, then <paramref name="body"/>.</summary>
    public static Agreement ParseArrangement(string body, string name) =>
        Parse("Co-operation Arrangement\n\nThe two Sides have agreed as follows:\n\n" + body, name);
}
