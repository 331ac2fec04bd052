using AgreementDiff.Alignment.Features;

namespace AgreementDiff.Alignment.Classification;

/// <summary>Finds the runs of sections (a law's articles, an agreement's topics) that kept their order but not their numbers.</summary>
/// <remarks>
/// The pairs considered are one-to-one matches of numbered sections of one printed style on both sides. Those on every
/// longest in-order run (the pairs not moved) are cut into runs wherever the numbering stops shifting (a pair keeps its
/// number) or goes back, and wherever a section matched otherwise (moved, split, merged) lies between two pairs; a run
/// needs two pairs. Sections inserted or dropped between the pairs of a run do not cut it: that is what renumbered it.
/// </remarks>
internal static class RenumberedRuns
{
    public static List<RenumberedRun> Find(IReadOnlyList<ClauseMatch> matches, Func<Clause, int> leftOrder, Func<Clause, int> rightOrder)
    {
        var sections = matches.Where(m => m.Role == ClauseRole.Section).ToList();
        var lefts = Partners(sections, m => m.Left);
        var rights = Partners(sections, m => m.Right);
        var numbered = sections
            .Where(m => m.Left.Number is not null && m.Right.Number is not null && m.Left.Style == m.Right.Style && m.Left.Style != NumberingStyle.None)
            .Where(m => lefts[m.Left] == 1 && rights[m.Right] == 1)
            .ToList();
        var inOrder = LongestRun.OnEvery(numbered, m => leftOrder(m.Left), m => rightOrder(m.Right));
        var chain = numbered.Where(inOrder.Contains).OrderBy(m => leftOrder(m.Left)).ToList();

        var matchedLeft = lefts.Keys.Select(leftOrder).Order().ToList();
        var matchedRight = rights.Keys.Select(rightOrder).Order().ToList();
        bool Between(List<int> orders, int from, int to) => orders.Any(o => o > from && o < to);

        var runs = new List<RenumberedRun>();
        var current = new List<ClauseMatch>();
        foreach (var match in chain)
        {
            var shifted = match.Left.Number != match.Right.Number;
            var continues = current.Count > 0 && current[^1] is var last
                && match.Left.Style == last.Left.Style && match.Left.Number > last.Left.Number && match.Right.Number > last.Right.Number
                && !Between(matchedLeft, leftOrder(last.Left), leftOrder(match.Left)) && !Between(matchedRight, rightOrder(last.Right), rightOrder(match.Right));
            if (!shifted || !continues)
            {
                Close(current, runs);
            }

            if (shifted)
            {
                current.Add(match);
            }
        }

        Close(current, runs);
        return runs;
    }

    private static Dictionary<Clause, int> Partners(List<ClauseMatch> matches, Func<ClauseMatch, Clause> side)
    {
        var counts = new Dictionary<Clause, int>(ReferenceEqualityComparer.Instance);
        foreach (var match in matches)
        {
            counts[side(match)] = counts.GetValueOrDefault(side(match)) + 1;
        }

        return counts;
    }

    private static void Close(List<ClauseMatch> run, List<RenumberedRun> runs)
    {
        if (run.Count >= 2)
        {
            runs.Add(new RenumberedRun(run[0].Left, run[^1].Left, run[0].Right, run[^1].Right, run.Count, run.Count(m => m.Change != ChangeKind.Unchanged)) { Members = [.. run] });
        }

        run.Clear();
    }
}
