using AgreementDiff;
using AgreementDiff.Alignment;
using AgreementDiff.Diff;
using AgreementDiff.Reading;
using AgreementDiff.Reports;
using SharpFuzz;

// Fuzz targets for AFL++ through SharpFuzz. Any exception other than AgreementReadException, or a broken invariant,
// escapes and AFL++ records the input as a crash; a run longer than afl-fuzz's -t is recorded as a hang.
//   read     the input is one agreement's bytes
//   compare  the input is the left agreement, a 0xFF byte (never part of UTF-8, GB18030 or Big5 text) and the right one
// With a file argument instead of stdin the target runs once on that file (to replay a finding).
var target = args.Length > 0 ? args[0] : "read";
Action<byte[]> run = target switch
{
    "read" => FuzzTargets.Read,
    "compare" => FuzzTargets.Compare,
    _ => throw new ArgumentException($"unknown target '{target}': use read or compare"),
};

if (args.Length > 1)
{
    run(File.ReadAllBytes(args[1]));
    return;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    run(buffer.ToArray());
});

internal static class FuzzTargets
{
    public static void Read(byte[] input)
    {
        var agreement = TryRead(input, "input");
        if (agreement is null)
        {
            return;
        }

        CheckSpans(agreement);
        _ = OutlineJsonWriter.ToJson(agreement);
    }

    public static void Compare(byte[] input)
    {
        var separator = Array.IndexOf(input, (byte)0xFF);
        if (separator < 0)
        {
            return;
        }

        var left = TryRead(input.AsSpan(0, separator), "left");
        var right = TryRead(input.AsSpan(separator + 1), "right");
        if (left is null || right is null)
        {
            return;
        }

        var comparison = AgreementComparer.Default.Compare(left, right);
        foreach (var match in comparison.Matches)
        {
            CheckRebuilds(match.Diff, TextOf(match.Left), TextOf(match.Right));
        }

        Check(ComparisonJsonWriter.ToJson(comparison) == ComparisonJsonWriter.ToJson(AgreementComparer.Default.Compare(left, right)), "the same comparison gave different JSON");
    }

    private static Agreement? TryRead(ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return AgreementReader.ReadBytes(bytes, name);
        }
        catch (AgreementReadException)
        {
            return null;
        }
    }

    private static void CheckSpans(Agreement agreement)
    {
        CheckSiblings(agreement.Clauses, new SourceSpan(1, agreement.SourceLineCount));
        foreach (var clause in agreement.AllClauses())
        {
            CheckSiblings(clause.Children, clause.Span);
        }
    }

    private static void CheckSiblings(IReadOnlyList<Clause> siblings, SourceSpan outer)
    {
        var previousEnd = outer.StartLine - 1;
        foreach (var clause in siblings)
        {
            Check(clause.Span.StartLine <= clause.Span.EndLine, $"{clause.Path}: span {clause.Span} is reversed");
            Check(clause.Span.StartLine > previousEnd && clause.Span.EndLine <= outer.EndLine, $"{clause.Path}: span {clause.Span} leaves {outer} or overlaps its previous sibling");
            previousEnd = clause.Span.EndLine;
        }
    }

    // A match is diffed on its clauses' content, or on the label of a clause without content.
    private static string TextOf(Clause clause) => clause.Content.Length > 0 ? clause.Content : clause.Label;

    private static void CheckRebuilds(TextDiff diff, string left, string right)
    {
        var rebuiltLeft = string.Concat(diff.Edits.Where(e => e.Kind != EditKind.Insert).Select(e => e.LeftText));
        var rebuiltRight = string.Concat(diff.Edits.Where(e => e.Kind != EditKind.Delete).Select(e => e.RightText));
        Check(rebuiltLeft == left && rebuiltRight == right, "the edits do not rebuild the matched texts");
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("invariant broken: " + message);
        }
    }
}
