using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Features;

/// <summary>Passage against passage: a phrase of one clause restated in the other, however different the rest.</summary>
/// <remarks>
/// A renewal often joins phrases of two old clauses into one, or spreads one over two; over whole clauses the shared
/// phrase is diluted, phrase against phrase it stands out. Only passages of at least a minimum of distinct distinctive
/// terms count (shorter ones are formulas: 加強兩地交流合作). Each clause's passages are indexed once per level (postings
/// from term to passage), so comparing two clauses scores only the passage pairs that share a term.
/// </remarks>
internal sealed class Passages(TermWeights terms, int minTerms)
{
    private readonly Dictionary<AlignmentNode, Entry> _entries = new(ReferenceEqualityComparer.Instance);

    /// <summary>How alike the two clauses' most alike passages are (the mean of their cosine and containment), and the idf the two passages share.</summary>
    public (double Similarity, double SharedMass) Best(AlignmentNode left, AlignmentNode right)
    {
        var (similarity, mass, _) = BestOf(left, right);
        return (similarity, mass);
    }

    /// <summary>As <see cref="Best"/>, with the passage of <paramref name="left"/> that is most like one of <paramref name="right"/>'s.</summary>
    /// <remarks>Ties go to the pair that shares more, then to the earliest passages (left's first, then right's).</remarks>
    public (double Similarity, double SharedMass, TermBag? Passage) BestOf(AlignmentNode left, AlignmentNode right)
    {
        var best = (Similarity: 0.0, SharedMass: 0.0, Passage: (TermBag?)null);
        var (a, b) = (Of(left), Of(right));
        if (a.Passages.Count == 0 || b.Passages.Count == 0)
        {
            return best;
        }

        var dot = new double[b.Passages.Count];
        var held = new double[b.Passages.Count];
        var touched = new List<int>();
        for (var i = 0; i < a.Passages.Count; i++)
        {
            var passage = a.Passages[i];
            for (var k = 0; k < passage.Ids.Length; k++)
            {
                if (!b.Postings.TryGetValue(passage.Ids[k], out var postings))
                {
                    continue;
                }

                var idf = terms.IdfOf(passage.Ids[k]);
                var weight = idf * (1 + Math.Log(passage.Counts[k]));
                foreach (var (j, other) in postings)
                {
                    if (held[j] == 0)
                    {
                        touched.Add(j);
                    }

                    dot[j] += weight * other;
                    held[j] += idf;
                }
            }

            touched.Sort();
            foreach (var j in touched)
            {
                var cosine = a.Norms[i] == 0 || b.Norms[j] == 0 ? 0 : Math.Min(1, dot[j] / (a.Norms[i] * b.Norms[j]));
                var lighter = Math.Min(a.Masses[i], b.Masses[j]);
                var score = (cosine + (lighter == 0 ? 0 : Math.Min(1, held[j] / lighter))) / 2;
                if (score > best.Similarity || (score == best.Similarity && held[j] > best.SharedMass))
                {
                    best = (score, held[j], passage);
                }

                dot[j] = 0;
                held[j] = 0;
            }

            touched.Clear();
        }

        return best;
    }

    /// <summary>Whether one of the node's partners already restates <paramref name="passage"/> at least as closely as <paramref name="similarity"/>: then a new link for it would repeat them.</summary>
    public bool Explained(AlignmentNode node, TermBag passage, double similarity) =>
        node.Partners.SelectMany(p => p.SubtreePassages).Any(other => terms.Compare(passage, other) is var s && (s.Cosine + s.Containment) / 2 >= similarity - 1e-9);

    private Entry Of(AlignmentNode node)
    {
        if (!_entries.TryGetValue(node, out var entry))
        {
            var passages = node.SubtreePassages.Where(p => terms.DistinctiveCount(p) >= minTerms).ToList();
            var postings = new Dictionary<int, List<(int Passage, double Weight)>>();
            for (var j = 0; j < passages.Count; j++)
            {
                var passage = passages[j];
                for (var k = 0; k < passage.Ids.Length; k++)
                {
                    if (!postings.TryGetValue(passage.Ids[k], out var list))
                    {
                        postings[passage.Ids[k]] = list = [];
                    }

                    list.Add((j, terms.IdfOf(passage.Ids[k]) * (1 + Math.Log(passage.Counts[k]))));
                }
            }

            entry = new Entry(passages, [.. passages.Select(p => terms.Stats(p).Norm)], [.. passages.Select(p => terms.Stats(p).Mass)], postings);
            _entries[node] = entry;
        }

        return entry;
    }

    private sealed record Entry(List<TermBag> Passages, double[] Norms, double[] Masses, Dictionary<int, List<(int Passage, double Weight)>> Postings);
}
