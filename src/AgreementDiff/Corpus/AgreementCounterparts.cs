using AgreementDiff.Alignment;

namespace AgreementDiff.Corpus;

/// <summary>The counterparts of an agreement's clauses in the agreements of a corpus most like it.</summary>
/// <param name="Agreement">The agreement whose clauses were looked up.</param>
/// <param name="Neighbours">The agreements compared with it, most alike first by the index, each with the full comparison.</param>
/// <param name="Clauses">Every clause of the agreement in document order, with its counterparts.</param>
public sealed record AgreementCounterparts(Agreement Agreement, IReadOnlyList<CorpusNeighbour> Neighbours, IReadOnlyList<ClauseCounterparts> Clauses)
{
    /// <summary>Gets the counterparts of <paramref name="clause"/>, best first; empty when it has none or is not of <see cref="Agreement"/>.</summary>
    /// <param name="clause">A clause of <see cref="Agreement"/>.</param>
    /// <returns>The counterparts.</returns>
    public IReadOnlyList<Counterpart> Of(Clause clause) => Clauses.FirstOrDefault(c => ReferenceEquals(c.Clause, clause))?.Counterparts ?? [];
}

/// <summary>An agreement of the corpus compared with the agreement looked up.</summary>
/// <param name="AgreementId">The id it is indexed under.</param>
/// <param name="Votes">How many of the looked-up agreement's clauses the index found alike in it (each clause adds its best hit's score there over its best hit's anywhere, at most 1).</param>
/// <param name="Comparison">The full comparison of the looked-up agreement (left) with this one (right).</param>
public sealed record CorpusNeighbour(string AgreementId, double Votes, AgreementComparison Comparison);

/// <summary>One clause and its counterparts in the corpus.</summary>
/// <param name="Clause">The clause.</param>
/// <param name="Counterparts">Its matches in the compared agreements, best score first (ties: the agreement the index ranks first).</param>
public sealed record ClauseCounterparts(Clause Clause, IReadOnlyList<Counterpart> Counterparts);

/// <summary>A clause's counterpart in one agreement of the corpus, as the pairwise comparer matched it.</summary>
/// <param name="AgreementId">The id the counterpart's agreement is indexed under.</param>
/// <param name="Match">The match, exactly as <see cref="AgreementComparer.Compare"/> gives it: score, change, explanation and diff.</param>
public sealed record Counterpart(string AgreementId, ClauseMatch Match)
{
    /// <summary>Gets the counterpart clause.</summary>
    public Clause Clause => Match.Right;

    /// <summary>Gets the fitted score of the match, in [0, 1].</summary>
    public double Score => Match.Score;
}
