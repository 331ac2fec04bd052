using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Candidates;

/// <summary>Each unit's most alike units on the other side by idf-weighted cosine, found through in-memory postings of the level's terms.</summary>
/// <remarks>Every dot product the two sides share a term for is accumulated once (posting list by posting list), so the
/// cost grows with the pairs that share a term, not with all pairs; no index is built. Each unit keeps its best
/// <see cref="ComparisonOptions.Candidates"/> (ties to the earlier unit), on both sides.</remarks>
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
                if (!postings.TryGetValue(bag.Ids[i], out var list))
                {
                    postings[bag.Ids[i]] = list = [];
                }

                list.Add((r, terms.IdfOf(bag.Ids[i]) * (1 + Math.Log(bag.Counts[i]))));
            }
        }

        var k = context.Options.Candidates;
        var result = new List<(AlignmentNode, AlignmentNode)>();
        var bestOfRight = new PriorityQueue<int, (double Cosine, int Left)>[rights.Count];
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
            var scored = new List<(double Cosine, int Right)>(touched.Count);
            foreach (var r in touched)
            {
                var cosine = accumulator[r] / (norm * terms.Stats(rights[r].Subtree).Norm);
                scored.Add((cosine, r));
                accumulator[r] = 0;

                // Each right unit keeps its k best lefts in a min-heap: the worst of them on top.
                var heap = bestOfRight[r] ??= new PriorityQueue<int, (double Cosine, int Left)>(Comparer<(double Cosine, int Left)>.Create((a, b) => a.Cosine != b.Cosine ? a.Cosine.CompareTo(b.Cosine) : b.Left.CompareTo(a.Left)));
                heap.Enqueue(l, (cosine, l));
                if (heap.Count > k)
                {
                    heap.Dequeue();
                }
            }

            touched.Clear();
            scored.Sort((a, b) => a.Cosine != b.Cosine ? b.Cosine.CompareTo(a.Cosine) : a.Right.CompareTo(b.Right));
            for (var i = 0; i < Math.Min(k, scored.Count); i++)
            {
                result.Add((lefts[l], rights[scored[i].Right]));
            }
        }

        for (var r = 0; r < rights.Count; r++)
        {
            while (bestOfRight[r] is { Count: > 0 } heap)
            {
                result.Add((lefts[heap.Dequeue()], rights[r]));
            }
        }

        return result;
    }
}
