using System.Text.RegularExpressions;
using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Classification;

/// <summary>What an analyst reads first: counts, a line per section, initiatives added and dropped, numbers that changed.</summary>
internal sealed partial class SummaryBuilder(AlignmentContext context)
{
    public ComparisonSummary Build(List<ClauseMatch> matches, List<AlignmentNode> added, List<AlignmentNode> removed) => new(
        Count(matches, added, removed, ClauseRole.Section),
        Count(matches, added, removed, ClauseRole.Item),
        BySection(matches, added, removed),
        Initiatives(1, 0),
        Initiatives(0, 1),
        NumbersChanged(matches));

    private static ChangeCounts Count(List<ClauseMatch> matches, List<AlignmentNode> added, List<AlignmentNode> removed, ClauseRole role)
    {
        var kinds = matches.Where(m => m.Role == role).Select(m => m.Change).ToList();
        return Counts(kinds, added.Count(n => n.Role == role), removed.Count(n => n.Role == role));
    }

    private static ChangeCounts Counts(List<ChangeKind> kinds, int added, int removed) => new(
        kinds.Count(k => k == ChangeKind.Unchanged),
        kinds.Count(k => k == ChangeKind.Modified),
        kinds.Count(k => k == ChangeKind.Moved),
        kinds.Count(k => k == ChangeKind.Split),
        kinds.Count(k => k == ChangeKind.Merged),
        added,
        removed);

    private static AlignmentNode? SectionOf(AlignmentNode node)
    {
        var current = node;
        while (current is not null && current.Role != ClauseRole.Section)
        {
            current = current.Parent;
        }

        return current;
    }

    private List<SectionSummary> BySection(List<ClauseMatch> matches, List<AlignmentNode> added, List<AlignmentNode> removed)
    {
        var entries = new List<(AlignmentNode? Left, AlignmentNode? Right, ChangeKind? Kind)>();
        var byClause = new[] { 0, 1 }.Select(side => context.Nodes[side].ToDictionary<AlignmentNode, Clause, AlignmentNode>(n => n.Clause, n => n, ReferenceEqualityComparer.Instance)).ToArray();
        foreach (var section in context.Nodes[1].Where(n => n.Role == ClauseRole.Section))
        {
            var match = matches.FirstOrDefault(m => ReferenceEquals(m.Right, section.Clause) && m.Role == ClauseRole.Section);
            entries.Add(match is null ? (null, section, null) : (byClause[0][match.Left], section, match.Change));
        }

        entries.AddRange(removed.Where(n => n.Role == ClauseRole.Section).Select(n => ((AlignmentNode?)n, (AlignmentNode?)null, (ChangeKind?)null)));

        int EntryOf(AlignmentNode? section, int side) => section is null ? -1 : entries.FindIndex(e => (side == 0 ? e.Left : e.Right) == section);

        var kinds = entries.Select(_ => new List<ChangeKind>()).ToList();
        var addedCounts = new int[entries.Count];
        var removedCounts = new int[entries.Count];
        foreach (var match in matches.Where(m => m.Role == ClauseRole.Item))
        {
            var entry = EntryOf(SectionOf(byClause[1][match.Right]), 1);
            entry = entry >= 0 ? entry : EntryOf(SectionOf(byClause[0][match.Left]), 0);
            if (entry >= 0)
            {
                kinds[entry].Add(match.Change);
            }
        }

        foreach (var node in added.Where(n => n.Role == ClauseRole.Item))
        {
            if (EntryOf(SectionOf(node), 1) is var entry and >= 0)
            {
                addedCounts[entry]++;
            }
        }

        foreach (var node in removed.Where(n => n.Role == ClauseRole.Item))
        {
            if (EntryOf(SectionOf(node), 0) is var entry and >= 0)
            {
                removedCounts[entry]++;
            }
        }

        return [.. entries.Select((e, i) => new SectionSummary(e.Left?.Clause, e.Right?.Clause, e.Kind, Counts(kinds[i], addedCounts[i], removedCounts[i])))];
    }

    /// <summary>
    /// The quoted and titled names of one side that the other agreement does not have anywhere in its text (quoted or
    /// not, under any clause), in the order they appear; the title of either agreement is left out, for a renewal cites
    /// the agreement it renews by its title.
    /// </summary>
    private List<NamedInitiative> Initiatives(int side, int otherSide)
    {
        var (own, other) = side == 0 ? (context.Left, context.Right) : (context.Right, context.Left);
        var otherText = Key(string.Join("\n", other.AllClauses().Select(c => c.Content).Prepend(other.Title)));
        var titles = new[] { own.Title, other.Title }.Select(Key).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<NamedInitiative>();
        foreach (var node in context.Nodes[side].OrderBy(n => n.Clause.Span.StartLine))
        {
            foreach (var name in Names(node.Clause.Content))
            {
                var key = Key(name);
                if (!titles.Contains(key) && !otherText.Contains(key, StringComparison.Ordinal) && seen.Add(key))
                {
                    result.Add(new NamedInitiative(name, node.Clause));
                }
            }
        }

        return result;
    }

    private string Key(string text) => Whitespace().Replace(context.Analysis.Fold(text), string.Empty).ToLowerInvariant();

    /// <summary>The names quoted or titled in <paramref name="text"/>, in order: the quotes are paired from the left, so a long quotation is skipped whole rather than read from its closing quote to the next opening one.</summary>
    private static IEnumerable<string> Names(string text) => QuotedName().Matches(text)
        .Select(m => (Group: m.Groups.Cast<Group>().Skip(1).First(g => g.Success), Titled: m.Value.StartsWith('《')))
        .Select(q => (Name: q.Group.Value.Trim(), q.Titled))
        .Where(q => q.Name.Length <= (q.Titled ? MaxTitleLength : MaxNameLength) && q.Name.Any(char.IsLetterOrDigit))
        .Select(q => q.Name);

    private List<NumberChange> NumbersChanged(List<ClauseMatch> matches)
    {
        var result = new List<NumberChange>();
        foreach (var match in matches.Where(m => m.TextChanged && m.Role != ClauseRole.Group))
        {
            var before = Numbers(match.Left.Content);
            var after = Numbers(match.Right.Content);
            var onlyBefore = Except(before, after);
            var onlyAfter = Except(after, before);
            if (onlyBefore.Count > 0 || onlyAfter.Count > 0)
            {
                result.Add(new NumberChange(match.Left, match.Right, onlyBefore, onlyAfter));
            }
        }

        return result;
    }

    private List<string> Numbers(string text) => [.. Number().Matches(text).Select(m => m.Value.Trim())];

    private List<string> Except(List<string> these, List<string> those)
    {
        var remaining = those.Select(Key).ToList();
        var result = new List<string>();
        foreach (var number in these)
        {
            var index = remaining.IndexOf(Key(number));
            if (index >= 0)
            {
                remaining.RemoveAt(index);
            }
            else
            {
                result.Add(number);
            }
        }

        return result;
    }

    /// <summary>The longest quoted name (“…”, "…", 「…」, 『…』): longer quotations are not names.</summary>
    private const int MaxNameLength = 40;

    /// <summary>The longest titled name (《…》): the titles of documents and programmes run longer than quoted names.</summary>
    private const int MaxTitleLength = 60;

    [GeneratedRegex("“([^“”\\n]+)”|\"([^\"\\n]+)\"|「([^「」\\n]+)」|『([^『』\\n]+)』|《([^《》\\n]+)》|＂([^＂\\n]+)＂")]
    private static partial Regex QuotedName();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    /// <summary>Arabic numbers with an optional unit, or Chinese numerals with a measure word (三大, 四份, 二十個).</summary>
    [GeneratedRegex("[0-9０-９]+(?:[.,．][0-9０-９]+)*\\s*(?:%|％|年|月|日|個|个|家|項|项|名|人|次|屆|届|億|亿|萬|万|宗|份|所|座|條|条|間|间)?|[〇零一二三四五六七八九十百千兩两]+(?:個|个|家|項|项|名|次|屆|届|大|所|座|條|条|份|宗|批|場|场|間|间)")]
    private static partial Regex Number();
}
