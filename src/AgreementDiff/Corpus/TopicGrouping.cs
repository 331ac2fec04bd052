using AgreementDiff.Alignment;

namespace AgreementDiff.Corpus;

/// <summary>What the topics need of one pairwise comparison: the sections it saw on both sides and its section matches.</summary>
/// <remarks>A comparison holds every pair's diff; a matrix of many agreements keeps only this of each.</remarks>
internal sealed record PairSections(IReadOnlyList<Clause> Sections, IReadOnlyList<(Clause Left, Clause Right)> Matches)
{
    public static PairSections Of(AgreementComparison comparison) => new(
        [.. comparison.Summary.BySection.SelectMany(e => new[] { e.Left, e.Right }).OfType<Clause>()],
        [.. comparison.Matches.Where(m => m.Role == ClauseRole.Section).Select(m => (m.Left, m.Right))]);
}

/// <summary>Joins sections matched across pairwise comparisons into topics (union–find) and orders the topics.</summary>
internal sealed class TopicGrouping(IReadOnlyList<Agreement> agreements, IReadOnlyList<PairSections> comparisons)
{
    private readonly Dictionary<Clause, Clause> _parent = new(ReferenceEqualityComparer.Instance);

    public TopicMatrix Build()
    {
        // Every topical section of each agreement, as the aligner saw it: matched, added or removed.
        var sections = agreements.Select(_ => new HashSet<Clause>(ReferenceEqualityComparer.Instance)).ToList();
        foreach (var clause in comparisons.SelectMany(c => c.Sections))
        {
            if (IsTopical(clause) && Column(clause) is var column and >= 0)
            {
                sections[column].Add(clause);
                _parent.TryAdd(clause, clause);
            }
        }

        foreach (var (left, right) in comparisons.SelectMany(c => c.Matches))
        {
            if (_parent.ContainsKey(left) && _parent.ContainsKey(right))
            {
                Union(left, right);
            }
        }

        // Rows in reading order: each agreement's sections in document order; a new topic goes after the row of the
        // section before it, or before the row of the first later section already placed, or at the end.
        var rows = new List<Clause>();
        var cells = new Dictionary<Clause, List<Clause>[]>(ReferenceEqualityComparer.Instance);
        for (var column = 0; column < agreements.Count; column++)
        {
            var ordered = agreements[column].AllClauses().Where(sections[column].Contains).ToList();
            var previous = -1;
            for (var k = 0; k < ordered.Count; k++)
            {
                var root = Find(ordered[k]);
                if (!cells.TryGetValue(root, out var row))
                {
                    var next = ordered.Skip(k + 1).Select(Find).Where(cells.ContainsKey).Select(r => rows.IndexOf(r)).DefaultIfEmpty(rows.Count).First();
                    rows.Insert(previous >= 0 ? previous + 1 : next, root);
                    row = [.. agreements.Select(_ => new List<Clause>())];
                    cells.Add(root, row);
                }

                row[column].Add(ordered[k]);
                previous = Math.Max(previous, rows.IndexOf(root));
            }
        }

        var topics = rows.Select(root => cells[root]).Select(row => new Topic(Names(row), [.. row.Select(c => (IReadOnlyList<Clause>)c)])).ToList();
        return new TopicMatrix(agreements, topics);
    }

    /// <summary>The distinct headings of a row, without those that only add words to another (加強金融合作 beside 金融).</summary>
    private static List<string> Names(List<Clause>[] row)
    {
        var headings = row.SelectMany(c => c).Select(c => c.Heading ?? c.Label).Distinct(StringComparer.Ordinal).ToList();
        return [.. headings.Where(h => !headings.Any(other => other.Length < h.Length && h.Contains(other, StringComparison.Ordinal)))];
    }

    /// <summary>Whether a section the aligner saw is about a topic: not the parties, preamble, closing, signatures or an annex heading.</summary>
    private static bool IsTopical(Clause clause) =>
        clause.Kind is not (ClauseKind.Parties or ClauseKind.Preamble or ClauseKind.Closing or ClauseKind.Signatures or ClauseKind.Annex);

    private Dictionary<Agreement, int>? _columns;

    private int Column(Clause clause)
    {
        if (_columns is null)
        {
            _columns = new Dictionary<Agreement, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < agreements.Count; i++)
            {
                _columns.TryAdd(agreements[i], i);
            }
        }

        return _columns.TryGetValue(clause.Agreement, out var column) ? column : -1;
    }

    private Clause Find(Clause clause)
    {
        while (!ReferenceEquals(_parent[clause], clause))
        {
            _parent[clause] = _parent[_parent[clause]];
            clause = _parent[clause];
        }

        return clause;
    }

    private void Union(Clause a, Clause b)
    {
        var (rootA, rootB) = (Find(a), Find(b));
        if (!ReferenceEquals(rootA, rootB))
        {
            // Keep the root in the earliest column, earliest in the document, so the grouping never depends on the order of unions.
            var (keep, join) = Before(rootA, rootB) ? (rootA, rootB) : (rootB, rootA);
            _parent[join] = keep;
        }
    }

    private bool Before(Clause a, Clause b)
    {
        var (columnA, columnB) = (Column(a), Column(b));
        return columnA != columnB ? columnA < columnB : a.Span.StartLine <= b.Span.StartLine;
    }
}
