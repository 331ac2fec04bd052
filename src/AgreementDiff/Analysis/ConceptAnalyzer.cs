using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace AgreementDiff.Analysis;

/// <summary>Analyses English and Chinese into one set of terms, English stems: English words are stemmed, and each Chinese word the lexicon holds becomes the stems of its senses.</summary>
/// <remarks>
/// Folding, the standard tokenizer, English possessives, lower case and English stop words, then <see cref="LexiconFilter"/>
/// (runs of Chinese characters cut into the lexicon's words by forward maximum matching, each word replaced by its English
/// terms, marked as keywords), then the Porter stemmer, which leaves the keywords alone. A Chinese word the lexicon lacks
/// gives no term; numbers and Latin words come through as in English text.
/// </remarks>
internal sealed class ConceptAnalyzer(BilingualLexicon lexicon, AnalysisOptions options) : Analyzer
{
    /// <summary>Gets the analyzer of English text alone, as the lexicon's tables are written with.</summary>
    public static ConceptAnalyzer EnglishOnly { get; } = new(BilingualLexicon.Empty(), AnalysisOptions.Default);

    /// <summary>English stop words: the Snowball project's list (which, would, our …) and Lucene's shorter default (will, such …), both in Analysis.Common. A table's terms and a text's leave out the same words.</summary>
    private static readonly Lazy<CharArraySet> StopWords = new(() =>
    {
        using var stream = typeof(Lucene.Net.Analysis.Snowball.SnowballFilter).Assembly.GetManifestResourceStream("Lucene.Net.Analysis.Common.Analysis.Snowball.english_stop.txt")
            ?? throw new InvalidOperationException("Lucene.Net.Analysis.Common lacks its Snowball English stop words.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var words = WordlistLoader.GetSnowballWordSet(reader, ClauseAnalyzer.Version);
        words.UnionWith(EnglishAnalyzer.DefaultStopSet);
        return words.AsReadOnly();
    });

    /// <summary>A hyphen after a prefix British and Hong Kong English keep apart (co-operation, co-ordinate, pre-school, re-elect, non-profit): the dictionary writes the word whole. (No look-ahead: Lucene.NET's PatternReplaceCharFilter then replaces nothing.)</summary>
    private static readonly System.Text.RegularExpressions.Regex Prefix = new(@"\b(co|pre|re|non)-([a-z])", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(ClauseAnalyzer.Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(ClauseAnalyzer.Version, tokenizer);
        stream = new Lucene.Net.Analysis.Core.LowerCaseFilter(ClauseAnalyzer.Version, stream);
        stream = new Lucene.Net.Analysis.Core.StopFilter(ClauseAnalyzer.Version, stream, StopWords.Value);
        stream = new LexiconFilter(stream, lexicon);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new Lucene.Net.Analysis.Pattern.PatternReplaceCharFilter(Prefix, "$1$2", new FoldingCharFilter(reader, options));
}

/// <summary>Replaces each run of Chinese characters (the standard tokenizer emits one token per character) by the English terms of the lexicon's words in it, longest word first from the left.</summary>
internal sealed class LexiconFilter : TokenFilter
{
    private const string Ideographic = "<IDEOGRAPHIC>";

    private readonly BilingualLexicon _lexicon;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;
    private readonly IPositionIncrementAttribute _increment;
    private readonly Queue<State> _pending = new();
    private readonly List<(int Start, int End)> _run = [];
    private readonly System.Text.StringBuilder _text = new();
    private readonly List<int> _at = [];
    private State? _held;

    public LexiconFilter(TokenStream input, BilingualLexicon lexicon)
        : base(input)
    {
        _lexicon = lexicon;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        while (true)
        {
            if (_pending.Count > 0)
            {
                RestoreState(_pending.Dequeue());
                return true;
            }

            if (_held is not null)
            {
                RestoreState(_held);
                _held = null;
            }
            else if (!m_input.IncrementToken())
            {
                return false;
            }

            if (_type.Type != Ideographic)
            {
                return true;
            }

            ReadRun();
            Translate();
        }
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _run.Clear();
        _text.Clear();
        _at.Clear();
        _held = null;
    }

    /// <summary>Collects the current character and those that follow it without a gap; keeps the token that ends the run.</summary>
    private void ReadRun()
    {
        _run.Clear();
        _text.Clear();
        _at.Clear();
        Add();
        while (m_input.IncrementToken())
        {
            if (_type.Type == Ideographic && _offset.StartOffset == _run[^1].End)
            {
                Add();
                continue;
            }

            _held = CaptureState();
            return;
        }
    }

    private void Add()
    {
        _run.Add((_offset.StartOffset, _offset.EndOffset));
        _at.Add(_text.Length);
        _text.Append(_term.Buffer, 0, _term.Length);
    }

    /// <summary>Forward maximum matching over the run; each word found becomes its English terms.</summary>
    private void Translate()
    {
        _at.Add(_text.Length);
        var text = _text.ToString().AsSpan();
        var at = 0;
        while (at < _run.Count)
        {
            var found = 0;
            string[]? terms = null;
            for (var length = Math.Min(_lexicon.MaxWordLength, _run.Count - at); length >= 2 && found == 0; length--)
            {
                if (_lexicon.TryGet(text[_at[at].._at[at + length]], out terms))
                {
                    found = length;
                }
            }

            if (found == 0)
            {
                at++;
                continue;
            }

            foreach (var english in terms!)
            {
                ClearAttributes();
                _term.SetEmpty().Append(english);
                _offset.SetOffset(_run[at].Start, _run[at + found - 1].End);
                _type.Type = "<CONCEPT>";
                _keyword.IsKeyword = true;
                _increment.PositionIncrement = 1;
                _pending.Enqueue(CaptureState());
            }

            at += found;
        }
    }
}
