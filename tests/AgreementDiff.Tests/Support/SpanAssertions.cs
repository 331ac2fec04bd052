namespace AgreementDiff.Tests.Support;

/// <summary>Checks that clause spans lie inside the source, children inside their parent and siblings in order without overlap.</summary>
public static class SpanAssertions
{
    public static void ShouldNestInsideTheSource(Agreement agreement)
    {
        ShouldFollowEachOther(agreement.Clauses, new SourceSpan(1, agreement.SourceLineCount), "the source");
        foreach (var clause in agreement.AllClauses())
        {
            ShouldFollowEachOther(clause.Children, clause.Span, clause.Path);
        }
    }

    private static void ShouldFollowEachOther(IReadOnlyList<Clause> siblings, SourceSpan outer, string outerName)
    {
        var previousEnd = outer.StartLine - 1;
        foreach (var clause in siblings)
        {
            clause.Span.StartLine.Should().BeGreaterThan(previousEnd, $"{clause.Path} ({clause.Span}) starts after its previous sibling and inside {outerName} ({outer})");
            clause.Span.EndLine.Should().BeInRange(clause.Span.StartLine, outer.EndLine, $"{clause.Path} ({clause.Span}) ends inside {outerName} ({outer})");
            previousEnd = clause.Span.EndLine;
        }
    }
}
