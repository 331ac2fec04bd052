using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Candidates;

/// <summary>Proposes the pairs of a level worth scoring; the scorer decides.</summary>
/// <remarks>For two agreements the sources work in memory on their analysed terms; comparing against a corpus, the
/// clause index proposes instead (see <see cref="Index.ClauseIndex"/>).</remarks>
internal interface ICandidateSource
{
    /// <summary>The pairs (left, right) of the level's units this source proposes.</summary>
    IEnumerable<(AlignmentNode Left, AlignmentNode Right)> Propose(AlignmentContext context, LevelState level);
}
