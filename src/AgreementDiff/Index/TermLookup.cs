using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AgreementDiff.Index;

/// <summary>Looks terms up in every segment of one searcher's reader, once per term, reusing one terms enumerator per segment.</summary>
/// <remarks>
/// <para>"More like this" needs the document frequency of every distinct term of its text, and searching then looks the
/// chosen terms up again. Through <see cref="IndexReader.DocFreq"/> and <see cref="TermQuery"/> each look-up builds a new
/// terms enumerator per segment (kilobytes of frames and buffers); a section's text has hundreds of terms, so that was most
/// of the aligner's time and allocation. Here each segment's enumerator is made once and each term's state is kept, and
/// the <see cref="TermContext"/> goes to the <see cref="TermQuery"/>, which need not rebuild it.</para>
/// <para>Not thread safe: one instance serves one session on one searcher.</para>
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
}
