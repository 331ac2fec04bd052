using AgreementDiff.Alignment.Candidates;
using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Passes;

/// <summary>Collects the level's candidate pairs from its sources, leaving out pairs that may never match.</summary>
internal sealed class CandidatePass(IReadOnlyList<ICandidateSource> sources) : ILevelPass
{
    public AlignmentPasses Switch => AlignmentPasses.None;

    public void Run(AlignmentContext context, LevelState level) =>
        level.SetCandidates(sources.SelectMany(s => s.Propose(context, level)).Where(p => Comparable(p.Left, p.Right) && !context.IsPinned(p.Left) && !context.IsPinned(p.Right)));

    /// <summary>Whether the two may be matched: an annex heading only with an annex heading, a parties block only with another formula.</summary>
    /// <remarks>An annex heading's words are its annex's own, so on content alone it would join whatever restates them; a
    /// parties block is the parties' names, which any topic naming the two governments repeats.</remarks>
    private static bool Comparable(AlignmentNode left, AlignmentNode right) =>
        (left.Clause.Kind == ClauseKind.Annex) == (right.Clause.Kind == ClauseKind.Annex)
        && (left.Clause.Kind != ClauseKind.Parties || right.IsFormula) && (right.Clause.Kind != ClauseKind.Parties || left.IsFormula);
}
