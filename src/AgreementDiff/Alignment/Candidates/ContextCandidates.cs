using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Candidates;

/// <summary>Pairs the content ranking may miss: the items of two matched sections, identical clauses however short, and formulas of one kind.</summary>
internal sealed class ContextCandidates : ICandidateSource
{
    public IEnumerable<(AlignmentNode Left, AlignmentNode Right)> Propose(AlignmentContext context, LevelState level)
    {
        // Items of two matched sections are all candidates of each other (a rewording shares few words but sits in place).
        foreach (var unit in level.Units[0])
        {
            var siblings = (unit.Parent?.Partners ?? []).SelectMany(p => p.Children).Where(c => c.Level == level.Level).ToList();
            if (siblings.Count <= context.Parameters.ContextCandidates)
            {
                foreach (var sibling in siblings)
                {
                    yield return (unit, sibling);
                }
            }
        }

        // Identical clauses are always candidates (a short heading may rank below longer clauses by cosine).
        var identical = level.Units[1].ToLookup(n => n.SubtreeKey, StringComparer.Ordinal);
        foreach (var unit in level.Units[0])
        {
            foreach (var same in identical[unit.SubtreeKey])
            {
                yield return (unit, same);
            }
        }

        // A formula's counterpart is the other agreement's formula of its kind, wherever its words went.
        foreach (var unit in level.Units[0].Where(u => u.IsFormula))
        {
            foreach (var other in level.Units[1].Where(o => o.Clause.Kind == unit.Clause.Kind))
            {
                yield return (unit, other);
            }
        }
    }
}
