using AgreementDiff.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AgreementDiff.Index;

/// <summary>A Lucene index of clauses: one document per clause, searchable by query and by similarity.</summary>
/// <remarks>
/// <para>Fields: each clause's heading and text are indexed twice, as CJK bigrams (and English words) and, unless
/// <see cref="ClauseIndexOptions.Words"/> is off, as words (folding, then SmartCn). <see cref="Search"/> asks both for every
/// query term (words for precision, bigrams for the names the dictionary lacks); <see cref="FindSimilar"/> uses the bigrams.</para>
/// <para>Thread safe: any number of searches may run while an agreement is added; they see the index as of the last
/// completed <see cref="Add"/> or <see cref="Remove"/> (a near-real-time reader from <see cref="SearcherManager"/>).</para>
/// <para>Commit semantics: <see cref="Add"/> and <see cref="Remove"/> commit before they return. The old clauses of an
/// agreement are deleted and its new ones added in one commit, so after a crash an on-disk index holds either the
/// agreement as it was or as it became, never a mix; a call that had not returned is lost.</para>
/// </remarks>
public sealed partial class ClauseIndex : IDisposable
{
    private const string AgreementField = "agreement";
    private const string PathField = "path";
    private const string LabelField = "label";
    private const string DepthField = "depth";
    private const string HeadingField = "heading";
    private const string ContentField = "content";
    private const string WordField = "words";
    private const string RecordField = "record";
    private const string AgreementRecord = "agreement";
    private const string SourceField = "source";

    /// <summary>The stored fields a search hit reads: not the agreement's source text, which the first clause of each agreement carries.</summary>
    private static readonly ISet<string> HitFields = new HashSet<string>(StringComparer.Ordinal) { AgreementField, PathField, LabelField, HeadingField, DepthField, ContentField };
    private const string SourceNameField = "sourceName";
    private const string SourceFormatField = "sourceFormat";
    private const string SourceEncodingField = "sourceEncoding";
    private const string WriterLockFile = "agreementdiff-writer.lock";
    /// <summary>Gets the names of the fields of a clause document, as an index mapping elsewhere must name them (docs/scale-out.md).</summary>
    internal static IReadOnlyList<string> FieldNames { get; } =
        [AgreementField, PathField, LabelField, DepthField, HeadingField, ContentField, WordField, RecordField, SourceField, SourceNameField, SourceFormatField, SourceEncodingField];

    /// <summary>The on-disk format this version writes, recorded in every commit: 1 (no record) had no word field, 2 no agreement texts.</summary>
    internal const int Format = 3;
    private const string FormatKey = "agreementdiff.format";
    private const string WordsKey = "agreementdiff.words";

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly TextAnalysis _analysis;
    private readonly Analyzer _queryAnalyzer;
    private readonly System.Threading.Lock _writeLock = new();
    private FileStream? _writerLock;
    private bool _disposed;

    private ClauseIndex(LuceneDirectory directory, ClauseIndexOptions options, bool readOnly, string location)
    {
        _directory = directory;
        _analysis = options.Analysis ?? TextAnalysis.Default;
        try
        {
            if (readOnly)
            {
                _searchers = new SearcherManager(directory, null);
                var searcher = _searchers.Acquire();
                try
                {
                    UsesWords = options.Words && StoredFormat(((DirectoryReader)searcher.IndexReader).IndexCommit.UserData, location).Words;
                }
                finally
                {
                    _searchers.Release(searcher);
                }
            }
            else
            {
                var config = new IndexWriterConfig(ClauseAnalyzer.Version, WithWords(_analysis.IndexAnalyzer, options.Words)) { OpenMode = OpenMode.CREATE_OR_APPEND };
                _writer = new IndexWriter(directory, config);
                var stored = StoredFormat(_writer.CommitData, location);
                if (_writer.NumDocs > 0 && stored.Words != options.Words)
                {
                    throw new ClauseIndexException(stored.Words
                        ? $"The index {location} holds words: adding to it without them would leave the new clauses with none. Open it with words (the default), or rebuild it without."
                        : $"The index {location} has no word field (it was built by an earlier version of AgreementDiff, or without words): adding to it with words would leave its older clauses with none. Rebuild it, or add to it without words (ClauseIndexOptions.Words = false; agreement-diff index --no-words).");
                }

                UsesWords = options.Words;

                // An older index keeps its format: its agreements written before texts were stored still have none.
                var format = _writer.NumDocs > 0 ? Math.Min(stored.Format, Format) : Format;
                _writer.SetCommitData(new Dictionary<string, string>
                {
                    [FormatKey] = format.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    [WordsKey] = UsesWords ? "true" : "false",
                });
                _writer.Commit();
                _searchers = new SearcherManager(_writer, true, null);
            }

            _queryAnalyzer = WithWords(_analysis.QueryAnalyzer, UsesWords);
        }
        catch (Exception e)
        {
            _searchers?.Dispose();
            _writer?.Dispose();
            directory.Dispose();
            if (e is LockObtainFailedException or IOException or IndexNotFoundException)
            {
                throw new ClauseIndexException(e is LockObtainFailedException
                    ? "The index is open for writing elsewhere (another process holds its write lock)."
                    : $"The index cannot be opened: {e.Message}", e);
            }

            throw;
        }
    }

    /// <summary>Creates an empty index in memory.</summary>
    /// <param name="options">The analysis and fields, or <see langword="null"/> for <see cref="ClauseIndexOptions.Default"/>.</param>
    public ClauseIndex(ClauseIndexOptions? options = null)
        : this(new RAMDirectory(), options ?? ClauseIndexOptions.Default, readOnly: false, "in memory")
    {
    }

    /// <summary>Opens the index in <paramref name="folder"/> for reading and writing, creating it when the folder holds none.</summary>
    /// <param name="folder">The folder of the index; created when missing.</param>
    /// <param name="options">The analysis the index was built with and its fields, or <see langword="null"/> for the defaults.</param>
    /// <returns>The index; dispose it to release the folder's write lock.</returns>
    /// <exception cref="ClauseIndexException">Another process is writing to the index, it cannot be opened, or its fields are not
    /// the ones <paramref name="options"/> ask for (see <see cref="ClauseIndexOptions.Words"/>).</exception>
    public static ClauseIndex Open(string folder, ClauseIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (File.Exists(folder))
        {
            throw new ClauseIndexException($"Cannot open an index at {folder}: it is a file, not a folder.");
        }

        FileStream writerLock;
        try
        {
            System.IO.Directory.CreateDirectory(folder);

            // Lucene's native lock is advisory and shared on Linux, so two processes could both write and corrupt
            // the index; this exclusive handle is held for the index's lifetime and released by the OS on a crash.
            writerLock = new FileStream(Path.Combine(folder, WriterLockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new ClauseIndexException(e is IOException && System.IO.Directory.Exists(folder) && File.Exists(Path.Combine(folder, WriterLockFile))
                ? $"The index at {folder} is open for writing by another process."
                : $"Cannot open an index at {folder}: {e.Message}", e);
        }

        try
        {
            return new ClauseIndex(FSDirectory.Open(folder), options ?? ClauseIndexOptions.Default, readOnly: false, "at " + folder) { _writerLock = writerLock };
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>Opens an existing index in <paramref name="folder"/> for searching only; other processes may write to it meanwhile.</summary>
    /// <param name="folder">The folder of the index.</param>
    /// <param name="options">The analysis the index was built with, and whether to search its words (when it has them), or <see langword="null"/> for the defaults.</param>
    /// <returns>The index; <see cref="Add"/> and <see cref="Remove"/> throw on it. An index built without words (or by a version before
    /// words) is searched by its bigrams.</returns>
    /// <exception cref="ClauseIndexException">The folder holds no index, or one written by a newer version.</exception>
    public static ClauseIndex OpenReadOnly(string folder, ClauseIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!System.IO.Directory.Exists(folder))
        {
            throw new ClauseIndexException($"There is no index at {folder}: the folder does not exist.");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new ClauseIndex(FSDirectory.Open(folder), options ?? ClauseIndexOptions.Default, readOnly: true, "at " + folder);
            }
            catch (ClauseIndexException e) when (attempt < 6 && e.InnerException is IOException and not IndexNotFoundException)
            {
                // Another process may be writing the index's first commit (a segments file not yet complete): let it finish.
                Thread.Sleep(25 * attempt);
            }
        }
    }

    /// <summary>Gets the ids of the indexed agreements, in ordinal order.</summary>
    public IReadOnlyList<string> AgreementIds => WithSearcher(searcher =>
    {
        var ids = new List<string>();
        var terms = MultiFields.GetTerms(searcher.IndexReader, AgreementField);
        if (terms is not null)
        {
            var e = terms.GetEnumerator();
            while (e.MoveNext())
            {
                // DocFreq still counts deleted documents until segments merge; ask for a live one.
                if (searcher.Search(new TermQuery(new Term(AgreementField, Lucene.Net.Util.BytesRef.DeepCopyOf(e.Term))), 1).TotalHits > 0)
                {
                    ids.Add(e.Term.Utf8ToString());
                }
            }
        }

        return (IReadOnlyList<string>)ids.Order(StringComparer.Ordinal).ToList();
    });

    /// <summary>Gets a value indicating whether the index holds words and searches query them: the options ask for words and the index was built with them.</summary>
    public bool UsesWords { get; }

    /// <summary>Gets the number of indexed clauses.</summary>
    public int ClauseCount => WithSearcher(searcher => searcher.IndexReader.NumDocs);

    /// <summary>Gets the id an agreement is indexed under by default: its file name without the extension.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The id.</returns>
    public static string DefaultId(Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return Path.GetFileNameWithoutExtension(agreement.SourceName);
    }

    /// <summary>Indexes every clause of <paramref name="agreement"/>, replacing the clauses of any agreement indexed under the same id.</summary>
    /// <param name="agreement">The agreement to index.</param>
    /// <param name="agreementId">The id to index it under, or <see langword="null"/> for <see cref="DefaultId"/>.</param>
    /// <returns>The id the agreement was indexed under.</returns>
    public string Add(Agreement agreement, string? agreementId = null)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return AddRange([(agreement, agreementId)])[0];
    }

    /// <summary>Adds or replaces several agreements, each under its default id, in one commit (much faster than one by one).</summary>
    /// <param name="agreements">The agreements to index.</param>
    /// <returns>The ids they were indexed under, in order.</returns>
    public IReadOnlyList<string> AddRange(IEnumerable<Agreement> agreements)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        return AddRange(agreements.Select(a => (a, (string?)null)));
    }

    /// <summary>Adds or replaces several agreements under the given ids (or their default ids, for null) in one commit.</summary>
    /// <param name="agreements">The agreements to index, each with its id; an id given twice ends with the last agreement.</param>
    /// <returns>The ids they were indexed under, in order.</returns>
    public IReadOnlyList<string> AddRange(IEnumerable<(Agreement Agreement, string? Id)> agreements)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        var batch = agreements.Select(a => (Id: a.Id ?? DefaultId(a.Agreement ?? throw new ArgumentException("An agreement is null.", nameof(agreements))), a.Agreement)).ToList();

        // As one by one: an id given twice ends with the last agreement given under it.
        var last = batch.Select((a, i) => (a.Id, i)).GroupBy(a => a.Id, StringComparer.Ordinal).Select(g => g.Last().i).ToHashSet();
        var documents = batch.Where((_, i) => last.Contains(i)).SelectMany(a => a.Agreement.AllClauses().Select((c, k) => ToDocument(a.Id, c, k == 0 ? a.Agreement : null))).ToList();
        Write(writer =>
        {
            foreach (var (id, _) in batch)
            {
                writer.DeleteDocuments(new Term(AgreementField, id));
            }

            writer.AddDocuments(documents);
        });
        return [.. batch.Select(a => a.Id)];
    }

    /// <summary>Removes every clause of the agreement indexed under <paramref name="agreementId"/>.</summary>
    /// <param name="agreementId">The agreement's id.</param>
    /// <returns><see langword="true"/> when the agreement was in the index.</returns>
    public bool Remove(string agreementId)
    {
        ArgumentNullException.ThrowIfNull(agreementId);
        var present = AgreementIds.Contains(agreementId, StringComparer.Ordinal);
        Write(writer => writer.DeleteDocuments(new Term(AgreementField, agreementId)));
        return present;
    }

    /// <summary>Reads the agreement indexed under <paramref name="agreementId"/> again from the text the index stores with it.</summary>
    /// <param name="agreementId">The agreement's id.</param>
    /// <returns>The agreement, read from its stored lines as they were read the first time (its clause tree, labels and paths the same).</returns>
    /// <exception cref="ClauseIndexException">No agreement has the id, or the index was written before it stored texts (format 2 or older): rebuild it.</exception>
    /// <remarks>A Markdown document is read again from its text without the Markdown markers, so its headings' levels are no longer hints.</remarks>
    public Agreement ReadAgreement(string agreementId)
    {
        ArgumentNullException.ThrowIfNull(agreementId);
        var stored = WithSearcher(searcher =>
        {
            var query = new BooleanQuery
            {
                { new TermQuery(new Term(AgreementField, agreementId)), Occur.MUST },
                { new TermQuery(new Term(RecordField, AgreementRecord)), Occur.MUST },
            };
            var top = searcher.Search(query, 1);
            if (top.TotalHits > 0)
            {
                return searcher.Doc(top.ScoreDocs[0].Doc);
            }

            return searcher.Search(new TermQuery(new Term(AgreementField, agreementId)), 1).TotalHits > 0
                ? throw new ClauseIndexException($"The index holds the clauses of '{agreementId}' but not its text: it was written by an earlier version of AgreementDiff (index format 2 or older). Rebuild the index (agreement-diff index DIR FILES…).")
                : throw new ClauseIndexException($"The index holds no agreement '{agreementId}'.");
        });

        var format = Enum.TryParse<Reading.InputFormat>(stored.Get(SourceFormatField), out var f) ? f : Reading.InputFormat.Text;
        return Reading.AgreementParser.Parse(stored.Get(SourceNameField), stored.Get(SourceField), stored.Get(SourceEncodingField), Reading.AgreementReaderOptions.Default, format);
    }

    /// <summary>Searches clause headings and text with Lucene query syntax; all words must match unless the query says otherwise.</summary>
    /// <param name="query">The query, for example <c>仲裁</c>, <c>"dispute resolution"</c>, <c>卫生 AND 应急</c>.</param>
    /// <param name="options">Filters and the number of results, or <see langword="null"/> for <see cref="SearchOptions.Default"/>.</param>
    /// <returns>The matching clauses, best first (ties in index order).</returns>
    /// <exception cref="ClauseIndexException">The query is not valid Lucene query syntax.</exception>
    /// <remarks>
    /// With words (<see cref="UsesWords"/>), every term of the query becomes a choice of two, its bigrams or its words
    /// (<c>+(content:… words:…)</c>, Lucene's <c>MultiFieldQueryParser</c>), and a clause's score is the sum of the two: a
    /// clause that holds the query as words ranks above one where its bigrams only straddle two words (香港澳門 for 港澳),
    /// and a name the dictionary splits into characters is still found by its bigrams. Every clause the bigrams alone find
    /// is still found; a negated term excludes a clause that holds it either way.
    /// </remarks>
    public IReadOnlyList<SearchHit> Search(string query, SearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        options ??= SearchOptions.Default;
        Query parsed;
        try
        {
            var parser = UsesWords
                ? new MultiFieldQueryParser(ClauseAnalyzer.Version, [ContentField, WordField], _queryAnalyzer)
                : new QueryParser(ClauseAnalyzer.Version, ContentField, _queryAnalyzer);
            parser.DefaultOperator = Operator.AND;
            parser.AutoGeneratePhraseQueries = true;
            parsed = parser.Parse(query);
        }
        catch (Exception e) when (e is ParseException or ArgumentException)
        {
            throw new ClauseIndexException($"The query '{query}' is not valid: {e.Message}", e);
        }

        return WithSearcher(searcher =>
        {
            var terms = new HashSet<Term>();
            searcher.Rewrite(parsed).ExtractTerms(terms);
            var bigrams = terms.Where(t => t.Field == ContentField).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);


            // Words are marked only where the bigrams cannot mark them. Not a word of one character: the dictionary splits words
            // it lacks (and some it knows, out of context: 会展 alone is 会|展) into characters, which would mark every 展 of the
            // clause. Nor a word whose bigrams are all query terms: wherever it occurs they do too, so the clause need not be
            // segmented again (SmartCn is several times slower than the bigram chain) to mark it.
            var words = terms.Where(t => t.Field == WordField && t.Text.EnumerateRunes().Skip(1).Any())
                .Select(t => t.Text)
                .Where(word => !_analysis.Tokenize(word, forQuery: true).All(t => bigrams.Contains(t.Term)))
                .ToHashSet(StringComparer.Ordinal);
            var top = searcher.Search(Filter(parsed, options), Math.Max(1, options.Top));
            return (IReadOnlyList<SearchHit>)top.ScoreDocs.Select(hit =>
            {
                var doc = searcher.Doc(hit.Doc, HitFields);
                var (snippet, highlights) = Snippet(doc.Get(ContentField) ?? string.Empty, bigrams, words);
                return new SearchHit(doc.Get(AgreementField), doc.Get(PathField), doc.Get(LabelField), NullIfEmpty(doc.Get(HeadingField)), doc.GetField(DepthField).GetInt32Value() ?? 0, hit.Score, snippet, highlights);
            }).ToList();
        });
    }

    /// <summary>Finds the clauses most like <paramref name="clause"/> by their distinctive terms ("more like this").</summary>
    /// <param name="clause">The clause to find counterparts of; it need not be indexed.</param>
    /// <param name="options">Filters and the number of results, or <see langword="null"/> for the defaults.</param>
    /// <returns>The candidates, most similar first.</returns>
    /// <remarks>The query is built from the clause's bigrams, not its words: bigrams are what the aligner compares by default,
    /// and analysing the clause into words as well would cost more than the look-up (see the benchmarks' README).</remarks>
    public IReadOnlyList<SimilarClause> FindSimilar(Clause clause, SearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return FindSimilarText(clause.Content, options ?? SearchOptions.Default);
    }

    /// <summary>Finds the clauses most like each of <paramref name="clauses"/>, on one searcher (much faster than one call each).</summary>
    /// <param name="clauses">The clauses to find counterparts of; they need not be indexed.</param>
    /// <param name="options">Filters and the number of results per clause, or <see langword="null"/> for the defaults.</param>
    /// <returns>For each clause in order, its candidates, most similar first.</returns>
    public IReadOnlyList<IReadOnlyList<SimilarClause>> FindSimilarEach(IEnumerable<Clause> clauses, SearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        using var session = OpenSimilarSession();
        return [.. clauses.Select(c => session.Find((c ?? throw new ArgumentException("A clause is null.", nameof(clauses))).Content, options ?? SearchOptions.Default))];
    }

    /// <summary>Finds the clauses most like <paramref name="text"/>.</summary>
    internal IReadOnlyList<SimilarClause> FindSimilarText(string text, SearchOptions options)
    {
        using var session = OpenSimilarSession();
        return session.Find(text, options);
    }

    /// <summary>Releases the index's files and, for a writable index, its write lock.</summary>
    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _searchers.Dispose();
            _writer?.Dispose();
            _directory.Dispose();
            _writerLock?.Dispose();
        }
    }

    /// <summary>One clause's document; the agreement's first clause also stores the agreement's text, so it can be read again (<see cref="ReadAgreement"/>).</summary>
    private Document ToDocument(string id, Clause clause, Agreement? agreement)
    {
        Document document =
        [
            new StringField(AgreementField, id, Field.Store.YES),
            new StringField(PathField, clause.Path, Field.Store.YES),
            new StringField(LabelField, clause.Label, Field.Store.YES),
            new Int32Field(DepthField, clause.Depth, Field.Store.YES),
            new StoredField(HeadingField, clause.Heading ?? string.Empty),
            new TextField(ContentField, clause.Content, Field.Store.YES),
        ];
        if (UsesWords)
        {
            document.Add(new TextField(WordField, clause.Content, Field.Store.NO));
        }

        if (agreement is not null)
        {
            // Stored only (and one untokenized marker to find it by): the scores and statistics of the clause fields do not change.
            document.Add(new StringField(RecordField, AgreementRecord, Field.Store.NO));
            document.Add(new StoredField(SourceField, agreement.SourceText));
            document.Add(new StoredField(SourceNameField, agreement.SourceName));
            document.Add(new StoredField(SourceFormatField, agreement.Metadata.Format.ToString()));
            document.Add(new StoredField(SourceEncodingField, agreement.Metadata.Encoding));
        }

        return document;
    }

    /// <summary>The analyzer per field: <paramref name="bigrams"/>, and the word analyzer for the word field when the index has one.</summary>
    /// <remarks>Without words the word analyzer is never asked for, so it is not created (nor are SmartCn's dictionaries loaded).</remarks>
    private Analyzer WithWords(Analyzer bigrams, bool words) =>
        words ? new PerFieldAnalyzerWrapper(bigrams, new Dictionary<string, Analyzer> { [WordField] = _analysis.WordAnalyzer }) : bigrams;

    /// <summary>Reads the format and fields an index records in its commits; an index without the record is format 1, bigrams only.</summary>
    private static (int Format, bool Words) StoredFormat(IDictionary<string, string>? data, string location)
    {
        if (data is null || !data.TryGetValue(FormatKey, out var text))
        {
            return (1, false);
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var format) || format > Format)
        {
            throw new ClauseIndexException($"The index {location} was written by a newer version of AgreementDiff (index format '{text}'; this version reads formats up to {Format}).");
        }

        return (format, data.TryGetValue(WordsKey, out var words) && words == "true");
    }

    private static Query Filter(Query query, SearchOptions options) =>
        Filter(options) is { } filter ? new FilteredQuery(query, filter) : query;

    /// <summary>The clauses the options let through, or <see langword="null"/> for all.</summary>
    private static Filter? Filter(SearchOptions options)
    {
        var filter = new BooleanQuery();
        if (options.Agreements is { } agreements)
        {
            var any = new BooleanQuery();
            foreach (var id in agreements)
            {
                any.Add(new TermQuery(new Term(AgreementField, id)), Occur.SHOULD);
            }

            filter.Add(any, Occur.MUST);
        }

        if (options.ExcludeAgreement is { } excluded)
        {
            filter.Add(new MatchAllDocsQuery(), Occur.MUST);
            filter.Add(new TermQuery(new Term(AgreementField, excluded)), Occur.MUST_NOT);
        }

        if (options.Depth is { } depth)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(DepthField, depth, depth, true, true), Occur.MUST);
        }

        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private void Write(Action<IndexWriter> change)
    {
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_writer is null)
            {
                throw new InvalidOperationException("The index was opened read-only.");
            }

            change(_writer);
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> search)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writer is null)
        {
            _searchers.MaybeRefresh();
        }

        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }
}
