using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AgreementDiff.Index;

/// <summary>How a "more like this" query is built and run: how many terms, whether it runs in two steps, whether filters are cached.</summary>
/// <param name="MaxTerms">The most terms a query uses, the most distinctive by tf × idf.</param>
/// <param name="RareTerms">The fewest terms of highest idf that choose the pool; more are taken while their postings stay within <paramref name="PoolPostings"/>.</param>
/// <param name="PoolPostings">The most postings (documents, summed over terms) the rare terms may read; a query whose terms all fit runs in one step.</param>
/// <param name="Pool">The number of candidates the rare terms choose for the whole query to score; 0 scores the whole query over the whole index.</param>
/// <param name="CacheFilters">Whether a session builds each filter (agreements, depth, an agreement left out) once and caches it per segment.</param>
/// <param name="InOrder">Whether hits are collected in document order: a disjunction then advances its terms' postings together
/// instead of filling a table of 2,048 buckets per segment for each query (Lucene's out-of-order <c>BooleanScorer</c>).</param>
internal sealed record SimilarQueryPlan(int MaxTerms, int RareTerms, int PoolPostings, int Pool, bool CacheFilters, bool InOrder = false)
{
    /// <summary>Gets the plan measured best (benchmarks' README, <c>CandidateQueryBenchmarks</c>).</summary>
    public static SimilarQueryPlan Default { get; } = new(MaxTerms: 32, RareTerms: 8, PoolPostings: 20_000, Pool: 100, CacheFilters: true, InOrder: true);

    /// <summary>Gets the plan before issue 23: up to 64 terms, one step, a filter built per query.</summary>
    public static SimilarQueryPlan Single64 { get; } = new(MaxTerms: 64, RareTerms: 0, PoolPostings: 0, Pool: 0, CacheFilters: false);
}

/// <summary>Lets through the documents of a list of hits (global document ids), one bit set per segment.</summary>
internal sealed class DocumentsFilter(ScoreDoc[] hits) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var (start, end) = (context.DocBase, context.DocBase + context.AtomicReader.MaxDoc);
        FixedBitSet? bits = null;
        foreach (var hit in hits)
        {
            if (hit.Doc >= start && hit.Doc < end && (acceptDocs is null || acceptDocs.Get(hit.Doc - start)))
            {
                bits ??= new FixedBitSet(end - start);
                bits.Set(hit.Doc - start);
            }
        }

        return bits;
    }
}
