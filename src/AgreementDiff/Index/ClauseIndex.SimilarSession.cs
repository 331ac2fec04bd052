using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AgreementDiff.Index;

/// <summary>The index's "more like this" queries: a searcher and its term look-ups held for a run of them.</summary>
public sealed partial class ClauseIndex
{
    /// <summary>Holds one searcher for a run of "more like this" queries (the aligner asks one per clause), sharing term look-ups.</summary>
    /// <remarks>Not thread safe: one session serves one caller; the index's later changes are not seen until a new session.</remarks>
    internal SimilarSession OpenSimilarSession()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writer is null)
        {
            _searchers.MaybeRefresh();
        }

        return new SimilarSession(this, _searchers.Acquire());
    }

    /// <summary>Gets or sets how "more like this" queries are built and run; the benchmarks switch its steps off one by one to measure each.</summary>
    internal SimilarQueryPlan QueryPlan { get; set; } = SimilarQueryPlan.Default;

    /// <summary>A searcher and its term look-ups, held for a run of "more like this" queries.</summary>
    internal sealed class SimilarSession : IDisposable
    {
        /// <summary>The shortest term a query uses: single characters (CJK unigrams, English letters) say too little.</summary>
        private const int MinTermLength = 2;

        private readonly ClauseIndex _index;
        private readonly IndexSearcher _searcher;
        private readonly TermLookup _lookup;
        private readonly SimilarQueryPlan _plan;
        private readonly Lucene.Net.Util.BytesRef _value = new();
        private readonly Lucene.Net.Search.Similarities.DefaultSimilarity _similarity = new();
        private readonly Dictionary<SearchOptions, Filter?> _filters = [];
        private bool _released;

        public SimilarSession(ClauseIndex index, IndexSearcher searcher)
        {
            _index = index;
            _searcher = searcher;
            _plan = index.QueryPlan;
            _lookup = new TermLookup(searcher, ContentField);
        }

        /// <summary>The clauses most like <paramref name="text"/>, most similar first.</summary>
        public IReadOnlyList<SimilarClause> Find(string text, SearchOptions options)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var token in _index._analysis.Tokenize(text, forQuery: true))
            {
                counts[token.Term] = counts.GetValueOrDefault(token.Term) + 1;
            }

            return Find(counts, options);
        }

        /// <summary>The clauses most like a text already analysed into term counts ("more like this").</summary>
        /// <remarks>
        /// <para>The query is the text's most distinctive terms by tf × idf, as Lucene's <c>MoreLikeThis</c> chooses them: terms
        /// of at least two characters that the index holds, at most <see cref="SimilarQueryPlan.MaxTerms"/>; ties go to the
        /// ordinally first term, so the query does not depend on the counts' order.</para>
        /// <para>A disjunction scores every document of every term's postings, and the common terms (合作, 香港) are in a
        /// large share of a corpus. So the query runs in two steps (<see cref="SimilarQueryPlan.Pool"/>): the
        /// <see cref="SimilarQueryPlan.RareTerms"/> most distinctive terms, whose postings are short, choose a pool of
        /// candidates; then the whole query scores only the pool, advancing the common terms' postings to its documents by
        /// their skip lists. The pool's scores are the whole query's; a clause that shares none of the rare terms is not found.</para>
        /// </remarks>
        public IReadOnlyList<SimilarClause> Find(IEnumerable<KeyValuePair<string, int>> termCounts, SearchOptions options)
        {
            ObjectDisposedException.ThrowIf(_released, this);
            var documents = _searcher.IndexReader.NumDocs;
            var picked = termCounts
                .Where(t => t.Key.Length >= MinTermLength)
                .Select(t => (Term: t.Key, Count: t.Value, Context: _lookup.Get(t.Key)))
                .Where(t => t.Context.DocFreq > 0)
                .Select(t => (t.Term, t.Context, Score: t.Count * _similarity.Idf(t.Context.DocFreq, documents)))
                .OrderByDescending(t => t.Score)
                .ThenBy(t => t.Term, StringComparer.Ordinal)
                .Take(_plan.MaxTerms)
                .ToList();
            var query = new BooleanQuery();
            foreach (var (term, context, _) in picked)
            {
                query.Add(new TermQuery(new Term(ContentField, term), context), Occur.SHOULD);
            }

            var filter = FilterOf(options);
            var top = Math.Max(1, options.Top);
            if (_plan.Pool > 0 && RareTerms(picked.Select(t => t.Context)) is var rareCount && rareCount < picked.Count)
            {
                // The rare terms are those of highest idf, not of highest tf × idf: their postings are the short ones.
                var rare = new BooleanQuery();
                foreach (var (term, context, _) in picked.OrderBy(t => t.Context.DocFreq).ThenBy(t => t.Term, StringComparer.Ordinal).Take(rareCount))
                {
                    rare.Add(new TermQuery(new Term(ContentField, term), context), Occur.SHOULD);
                }

                var pool = Search(filter is null ? rare : new FilteredQuery(rare, filter), Math.Max(top, _plan.Pool));
                var chosen = new FilteredQuery(query, new DocumentsFilter(pool.ScoreDocs), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
                return Collect(Search(chosen, top));
            }

            return Collect(Search(filter is null ? query : new FilteredQuery(query, filter), top));
        }

        /// <summary>The top hits of a query, collected in document order when the plan says so.</summary>
        private TopDocs Search(Query query, int top)
        {
            if (!_plan.InOrder)
            {
                return _searcher.Search(query, top);
            }

            var collector = TopScoreDocCollector.Create(top, docsScoredInOrder: true);
            _searcher.Search(query, collector);
            return collector.GetTopDocs();
        }

        /// <summary>How many of the terms, rarest first, choose the pool: at least <see cref="SimilarQueryPlan.RareTerms"/>, more while their postings fit <see cref="SimilarQueryPlan.PoolPostings"/>.</summary>
        private int RareTerms(IEnumerable<TermContext> terms)
        {
            var (count, postings) = (0, 0L);
            foreach (var frequency in terms.Select(t => t.DocFreq).Order())
            {
                postings += frequency;
                if (count >= _plan.RareTerms && postings > _plan.PoolPostings)
                {
                    break;
                }

                count++;
            }

            return count;
        }

        /// <summary>The filter of the options, made once per session (a batch asks with the same options) and cached per segment.</summary>
        private Filter? FilterOf(SearchOptions options)
        {
            if (!_plan.CacheFilters)
            {
                return Filter(options);
            }

            if (!_filters.TryGetValue(options, out var filter))
            {
                _filters[options] = filter = Filter(options) is { } made ? new CachingWrapperFilter(made) : null;
            }

            return filter;
        }

        private List<SimilarClause> Collect(TopDocs top)
        {
            var leaves = _searcher.IndexReader.Leaves;

            // The fields come from Lucene's per-segment field cache, not from stored documents: a stored document is
            // decompressed whole (content included) to read four short fields, and the aligner asks for many hits.
            return [.. top.ScoreDocs.Select(hit =>
            {
                var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                var (reader, doc) = (leaf.AtomicReader, hit.Doc - leaf.DocBase);
                var depth = FieldCache.DEFAULT.GetInt32s(reader, DepthField, FieldCache.NUMERIC_UTILS_INT32_PARSER, false).Get(doc);
                return new SimilarClause(Text(reader, AgreementField, doc), Text(reader, PathField, doc), Text(reader, LabelField, doc), depth, hit.Score);
            })];
        }

        /// <summary>Gives the searcher back to the index.</summary>
        public void Dispose()
        {
            if (!_released)
            {
                _released = true;
                _index._searchers.Release(_searcher);
            }
        }

        private string Text(AtomicReader reader, string field, int doc)
        {
            FieldCache.DEFAULT.GetTerms(reader, field, false).Get(doc, _value);
            return _value.Utf8ToString();
        }
    }
}
