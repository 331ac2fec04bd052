using AgreementDiff.Analysis;
using AgreementDiff.Index;
using BenchmarkDotNet.Attributes;

namespace AgreementDiff.Benchmarks;

/// <summary>
/// Finding each clause of seed 001 its best counterpart in a corpus of N synthetic agreements: a naive aligner that scores
/// every clause pair by bigram cosine (the baseline) against the indexed one, which scores only the index's top candidates.
/// </summary>
/// <remarks>
/// Both use the same bigram vectors, computed for the corpus beforehand (as the index is built beforehand), and both pick
/// the candidate with the highest cosine; the indexed aligner scores the 10 clauses "more like this" proposes, asked for all
/// clauses in one call (one searcher and its term look-ups for the batch). The setup prints how often the two choose the
/// same counterpart.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ScalingConfig))]
public class AlignerScalingBenchmarks
{
    private const int Candidates = 10;

    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Agreement, string Path), int> _byKey = [];
    private readonly List<BigramVector> _corpus = [];
    private ClauseIndex _index = null!;
    private Clause[] _query = [];

    [ParamsSource(typeof(CorpusSizes), nameof(CorpusSizes.All))]
    public int Agreements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _index = CorpusIndex.Open(Agreements, words: false);  // "more like this" asks the bigram field only
        for (var k = 0; k < Agreements; k++)
        {
            foreach (var clause in SyntheticCorpus.Default.Agreement(k).AllClauses())
            {
                _byKey[(CorpusIndex.Id(k), clause.Path)] = _corpus.Count;
                _corpus.Add(Vector(clause.Content, grow: true));
            }
        }

        _query = [.. BenchmarkSeeds.Read("001").AllClauses()];
        var naive = NaiveAllPairs();
        var indexed = Indexed();
        var equal = Enumerable.Range(0, _query.Length).Count(q => Score(q, naive[q]) == Score(q, indexed[q]));
        Console.WriteLine($"// {_query.Length} clauses against {_corpus.Count} clauses of {Agreements} agreements: the indexed aligner finds a counterpart as good as the naive one's for {equal}");
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark(Baseline = true, Description = "naive all pairs (bigram cosine)")]
    public int[] NaiveAllPairs()
    {
        var best = new int[_query.Length];
        for (var q = 0; q < _query.Length; q++)
        {
            var vector = Vector(_query[q].Content);
            var (bestIndex, bestScore) = (-1, 0.0);
            for (var c = 0; c < _corpus.Count; c++)
            {
                var score = vector.Cosine(_corpus[c]);
                if (score > bestScore)
                {
                    (bestIndex, bestScore) = (c, score);
                }
            }

            best[q] = bestIndex;
        }

        return best;
    }

    [Benchmark(Description = "indexed (more like this, top 10)")]
    public int[] Indexed()
    {
        var best = new int[_query.Length];
        var found = _index.FindSimilarEach(_query, new SearchOptions { Top = Candidates });
        for (var q = 0; q < _query.Length; q++)
        {
            var vector = Vector(_query[q].Content);
            var (bestIndex, bestScore) = (-1, 0.0);
            foreach (var hit in found[q])
            {
                var c = _byKey[(hit.AgreementId, hit.Path)];
                var score = vector.Cosine(_corpus[c]);
                if (score > bestScore || (score == bestScore && c < bestIndex))
                {
                    (bestIndex, bestScore) = (c, score);
                }
            }

            best[q] = bestIndex;
        }

        return best;
    }

    private double Score(int query, int candidate) => candidate < 0 ? 0 : Vector(_query[query].Content).Cosine(_corpus[candidate]);

    /// <summary>A text's CJK bigrams and words (the analysis' query tokens) as a unit vector of term frequencies, sorted by term id.</summary>
    private BigramVector Vector(string text, bool grow = false)
    {
        var counts = new Dictionary<int, int>();
        var unknown = 0;
        foreach (var token in TextAnalysis.Default.Tokenize(text, forQuery: true))
        {
            if (!_termIds.TryGetValue(token.Term, out var id))
            {
                if (!grow)
                {
                    // A term no corpus clause has adds to the norm only; each gets its own negative id.
                    counts[--unknown] = 1;
                    continue;
                }

                id = _termIds[token.Term] = _termIds.Count;
            }

            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        var norm = Math.Sqrt(counts.Values.Sum(v => (double)v * v));
        var known = counts.Where(p => p.Key >= 0).OrderBy(p => p.Key).ToArray();
        return new BigramVector([.. known.Select(p => p.Key)], [.. known.Select(p => (float)(p.Value / norm))]);
    }

    private sealed record BigramVector(int[] Terms, float[] Weights)
    {
        public double Cosine(BigramVector other)
        {
            double dot = 0;
            int i = 0, j = 0;
            while (i < Terms.Length && j < other.Terms.Length)
            {
                var (a, b) = (Terms[i], other.Terms[j]);
                if (a == b)
                {
                    dot += Weights[i++] * other.Weights[j++];
                }
                else if (a < b)
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }

            return dot;
        }
    }
}
