using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AgreementDiff.Index;

/// <summary>Looks terms up in every segment of one searcher's reader, once per term, reusing one terms enumerator per segment.</summary>
/// <remarks>
/// <para>"More like this" asks for the document frequency of every distinct term of its text, and searching then looks the
/// chosen terms up again. Through <see cref="IndexReader.DocFreq"/> and <see cref="TermQuery"/> each look-up builds a new
/// terms enumerator per segment (kilobytes of frames and buffers); a section's text has hundreds of terms, so that was most
/// of the aligner's time and allocation. Here each segment's enumerator is made once and each term's state is kept, so
/// <see cref="Query"/> hands the search a <see cref="TermContext"/> it need not rebuild.</para>
/// <para>Not thread safe: one instance serves one call on one searcher.</para>
/// </remarks>
internal sealed class TermLookup
{
    private readonly IndexReaderContext _top;
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly TermsEnum?[] _enums;
    private readonly string _field;
    private readonly Dictionary<string, TermContext> _contexts = new(StringComparer.Ordinal);

    public TermLookup(IndexSearcher searcher, string field)
    {
        _top = searcher.TopReaderContext;
        _leaves = _top.Leaves;
        _enums = new TermsEnum?[_leaves.Count];
        _field = field;
        for (var i = 0; i < _leaves.Count; i++)
        {
            _enums[i] = _leaves[i].AtomicReader.GetTerms(field)?.GetEnumerator();
        }
    }

    /// <summary>Gets the term's statistics and per-segment states.</summary>
    public TermContext Get(string text)
    {
        if (_contexts.TryGetValue(text, out var context))
        {
            return context;
        }

        context = new TermContext(_top);
        var bytes = new BytesRef(text);
        for (var i = 0; i < _leaves.Count; i++)
        {
            var terms = _enums[i];
            if (terms is not null && terms.SeekExact(bytes))
            {
                context.Register(terms.GetTermState(), _leaves[i].Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }

        _contexts[text] = context;
        return context;
    }

    /// <summary>The same query with each term query of the field given the term's looked-up state (clause order and boosts kept).</summary>
    public Query Query(Query query)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        var result = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            var inner = clause.Query is TermQuery term && term.Term.Field == _field
                ? new TermQuery(term.Term, Get(term.Term.Text)) { Boost = term.Boost }
                : clause.Query;
            result.Add(inner, clause.Occur);
        }

        return result;
    }

    /// <summary>A reader that answers only what <see cref="Lucene.Net.Queries.Mlt.MoreLikeThis"/> asks (document count and frequencies) from the lookup.</summary>
    public IndexReader AsReader(IndexReader reader) => new DocFreqReader(this, reader);

    private sealed class DocFreqReader(TermLookup lookup, IndexReader inner) : CompositeReader
    {
        public override int NumDocs => inner.NumDocs;

        public override int MaxDoc => inner.MaxDoc;

        public override int DocFreq(Term term) => term.Field == lookup._field ? lookup.Get(term.Text).DocFreq : inner.DocFreq(term);

        public override long TotalTermFreq(Term term) => inner.TotalTermFreq(term);

        public override long GetSumDocFreq(string field) => inner.GetSumDocFreq(field);

        public override int GetDocCount(string field) => inner.GetDocCount(field);

        public override long GetSumTotalTermFreq(string field) => inner.GetSumTotalTermFreq(field);

        public override Fields GetTermVectors(int docID) => inner.GetTermVectors(docID);

        public override void Document(int docID, StoredFieldVisitor visitor) => inner.Document(docID, visitor);

        protected override IList<IndexReader> GetSequentialSubReaders() => [];

        protected override void DoClose()
        {
            // The searcher's reader belongs to the searcher manager.
        }
    }
}
