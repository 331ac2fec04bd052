using AgreementDiff.Diff;
using AgreementDiff.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace AgreementDiff.Tests.Diff;

/// <summary>Invariants of <see cref="TextDiffer"/> on generated text.</summary>
public sealed class DiffProperties
{
    private static Gen<string> Text => Gen.Frequency((3, AgreementGenerators.Agreement.Select(a => a.Render())), (2, AgreementGenerators.RawText));

    private static Arbitrary<(string Left, string Right)> TextPairs =>
        Gen.Frequency(
            (2, Gen.Zip(Text, Text)),
            (3, AgreementGenerators.Pair.Select(p => (p.Left.Render(), p.Right.Render()))),
            (1, Text.Select(t => (t, t))))
        .ToArbitrary();

    [Fact]
    public void Edits_rebuild_both_texts_exactly_and_their_offsets_count_along_them()
    {
        PropertyRun.Check(Prop.ForAll(TextPairs, pair =>
        {
            var (left, right) = pair;
            var edits = TextDiffer.Default.Diff(left, right).Edits;

            string.Concat(edits.Where(e => e.Kind != EditKind.Insert).Select(e => e.LeftText)).Should().Be(left);
            string.Concat(edits.Where(e => e.Kind != EditKind.Delete).Select(e => e.RightText)).Should().Be(right);
            var (leftAt, rightAt) = (0, 0);
            foreach (var edit in edits)
            {
                (edit.LeftOffset, edit.RightOffset).Should().Be((leftAt, rightAt), $"{edit} follows the edits before it");
                leftAt += edit.Kind == EditKind.Insert ? 0 : edit.LeftText.Length;
                rightAt += edit.Kind == EditKind.Delete ? 0 : edit.RightText.Length;
            }
        }), cases: 150);
    }
}
