using System.Text;
using AgreementDiff.Reading;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Reading.Formats;

/// <summary>Every seed read from its text, and from the PDF, Word and HTML fixtures made from that text (tools/make-fixtures.sh), gives the same clause tree.</summary>
/// <remarks>
/// The trees are compared clause by clause: kind, path, label, heading and text. Text is compared after one normalisation:
/// whitespace next to a CJK character is removed. A PDF does not draw the space at which a line wraps, so a wrap at
/// "於 2023" joins as "於2023"; Chinese does not separate words by spaces, so such a space carries no meaning.
/// </remarks>
public sealed class FormatRoundTripTests
{
    public static TheoryData<string, string> SeedsAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in SeedCorpus.Ids)
        {
            foreach (var extension in (string[])["pdf", "docx", "html"])
            {
                data.Add(id, extension);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndFormats))]
    public void Fixture_gives_the_same_clause_tree_as_the_seed_text(string id, string extension)
    {
        var expected = Outline(SeedCorpus.Read(id));

        var agreement = AgreementReader.ReadFile(FormatFixtures.PathOf(id, extension));

        Outline(agreement).Should().Equal(expected);
        agreement.Metadata.Format.Should().Be(FormatFixtures.FormatOf(extension));
    }

    internal static List<string> Outline(Agreement agreement) =>
        agreement.AllClauses().Select(c => $"{c.Kind} {c.Path} [{c.Label}] <{Normalise(c.Heading ?? string.Empty)}> {Normalise(c.Text)}").ToList();

    private static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                var before = sb.Length > 0 ? sb[^1] : ' ';
                var after = i + 1 < text.Length ? text[i + 1] : ' ';
                if (IsCjk(before) || IsCjk(after))
                {
                    continue;
                }
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }

    private static bool IsCjk(char c) => c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF');
}
