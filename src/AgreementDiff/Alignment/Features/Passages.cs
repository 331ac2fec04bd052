using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Features;

/// <summary>Passage against passage: a phrase of one clause restated in the other, however different the rest.</summary>
/// <remarks>A renewal often joins phrases of two old clauses into one, or spreads one over two; over whole clauses the
/// shared phrase is diluted, phrase against phrase it stands out.</remarks>
internal static class Passages
{
    /// <summary>How alike the two clauses' most alike passages are (the mean of their cosine and containment), over passages of at least <paramref name="minTerms"/> distinct distinctive terms (shorter ones are formulas: 加強兩地交流合作), and the idf the two passages share.</summary>
    public static (double Similarity, double SharedMass) Best(AlignmentNode left, AlignmentNode right, TermWeights terms, int minTerms)
    {
        var (similarity, mass, _) = BestOf(left, right, terms, minTerms);
        return (similarity, mass);
    }

    /// <summary>As <see cref="Best"/>, with the passage of <paramref name="left"/> that is most like one of <paramref name="right"/>'s.</summary>
    public static (double Similarity, double SharedMass, TermBag? Passage) BestOf(AlignmentNode left, AlignmentNode right, TermWeights terms, int minTerms)
    {
        var best = (Similarity: 0.0, SharedMass: 0.0, Passage: (TermBag?)null);
        var rights = right.SubtreePassages.Where(p => terms.DistinctiveCount(p) >= minTerms).ToList();
        if (rights.Count == 0)
        {
            return best;
        }

        foreach (var a in left.SubtreePassages)
        {
            if (terms.DistinctiveCount(a) < minTerms)
            {
                continue;
            }

            foreach (var b in rights)
            {
                var similarity = terms.Compare(a, b);
                var score = (similarity.Cosine + similarity.Containment) / 2;
                if (score > best.Similarity || (score == best.Similarity && similarity.SharedMass > best.SharedMass))
                {
                    best = (score, similarity.SharedMass, a);
                }
            }
        }

        return best;
    }

    /// <summary>Whether one of the node's partners already restates <paramref name="passage"/> at least as closely as <paramref name="similarity"/>: then a new link for it would repeat them.</summary>
    public static bool Explained(AlignmentNode node, TermBag passage, double similarity, TermWeights terms) =>
        node.Partners.SelectMany(p => p.SubtreePassages).Any(other => terms.Compare(passage, other) is var s && (s.Cosine + s.Containment) / 2 >= similarity - 1e-9);
}
