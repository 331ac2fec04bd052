using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Candidates;

/// <summary>Each unit's most alike units on the other side by idf-weighted cosine, found through in-memory postings of the level's terms.</summary>
/// <remarks>Every dot product the two sides share a term for is accumulated once (posting list by posting list), so the
/// cost grows with the pairs that share a term, not with all pairs; no index is built.</remarks>
internal sealed class PostingsCandidates : ICandidateSource
{
    public IEnumerable<(AlignmentNode Left, AlignmentNode Right)> Propose(AlignmentContext context, LevelState level)
    {
        var (lefts, rights) = (level.Units[0], level.Units[1]);
        if (lefts.Count == 0 || rights.Count == 0)
        {
            return [];
        }

        var terms = level.Terms;
        var postings = new Dictionary<int, List<(int Unit, double Weight)>>();
        for (var r = 0; r < rights.Count; r++)
        {
            var bag = rights[r].Subtree;
            for (var i = 0; i < bag.Ids.Length; i++)
            {
                if (terms.IdfOf(bag.Ids[i]) <= 0)
                {
                    continue;
                }

                if (!postings.TryGetValue(bag.Ids[i], out var list))
                {
                    postings[bag.Ids[i]] = list = [];
                }

                list.Add((r, terms.IdfOf(bag.Ids[i]) * (1 + Math.Log(bag.Counts[i]))));
            }
        }

        var scores = new List<(int Left, int Right, double Cosine)>();
        var accumulator = new double[rights.Count];
        var touched = new List<int>();
        for (var l = 0; l < lefts.Count; l++)
        {
            var bag = lefts[l].Subtree;
            for (var i = 0; i < bag.Ids.Length; i++)
            {
                if (!postings.TryGetValue(bag.Ids[i], out var list))
                {
                    continue;
                }

                var weight = terms.IdfOf(bag.Ids[i]) * (1 + Math.Log(bag.Counts[i]));
                foreach (var (unit, other) in list)
                {
                    if (accumulator[unit] == 0)
                    {
                        touched.Add(unit);
                    }

                    accumulator[unit] += weight * other;
                }
            }

            var norm = terms.Stats(bag).Norm;
            foreach (var r in touched)
            {
                var cosine = accumulator[r] / (norm * terms.Stats(rights[r].Subtree).Norm);
                scores.Add((l, r, cosine));
                accumulator[r] = 0;
            }

            touched.Clear();
        }

        var k = context.Options.Candidates;
        var best = scores.GroupBy(s => s.Left).SelectMany(g => g.OrderByDescending(s => s.Cosine).ThenBy(s => s.Right).Take(k))
            .Concat(scores.GroupBy(s => s.Right).SelectMany(g => g.OrderByDescending(s => s.Cosine).ThenBy(s => s.Left).Take(k)));
        return best.Select(s => (lefts[s.Left], rights[s.Right]));
    }
}
