using System.Text;

namespace AgreementDiff.Analysis;

/// <summary>A Chinese → English term table that lets an English text be compared with a Chinese one: each Chinese word maps to the English terms of its senses.</summary>
/// <remarks>
/// A table is plain UTF-8 text, one word to a line: the word in Simplified characters (as the folding writes it), a tab,
/// then its English terms separated by spaces, each already analysed as <see cref="EnglishTerms"/> analyses English
/// (lower case, stop words out, Porter stems). Lines starting with <c>#</c> are comments. The core package ships no table;
/// the package <c>AgreementDiff.Dictionaries.CcCedict</c> holds one generated from CC-CEDICT (CC BY-SA 4.0), and any file
/// in this form loads with <see cref="LoadFile"/>. Immutable and thread safe.
/// </remarks>
public sealed class BilingualLexicon
{
    private readonly Dictionary<string, string[]> _terms;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private BilingualLexicon(Dictionary<string, string[]> terms, string source)
    {
        _terms = terms;
        _bySpan = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        Source = source;
        MaxWordLength = terms.Count == 0 ? 0 : terms.Keys.Max(k => k.Length);
    }

    /// <summary>Gets the name of the table's source (a file name or the data set's name).</summary>
    public string Source { get; }

    /// <summary>Gets the number of Chinese words in the table.</summary>
    public int Count => _terms.Count;

    /// <summary>Gets the length, in UTF-16 units, of the longest word in the table.</summary>
    public int MaxWordLength { get; }

    /// <summary>Reads a table (see the remarks on the type for its form).</summary>
    /// <param name="stream">The table's text, UTF-8.</param>
    /// <param name="source">A name for the table in errors and explanations, such as its file name.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="LexiconFormatException">A line is not a word, a tab and terms.</exception>
    public static BilingualLexicon Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        string text;
        try
        {
            using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new LexiconFormatException(source, LineOfBadByte(stream), "the text is not UTF-8");
        }

        // Terms repeat across words (financ, cooper …): one string each, looked up by span, keeps the table small.
        var terms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        var number = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            number++;
            var line = text.AsSpan(range).TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0 || line[(tab + 1)..].IsWhiteSpace())
            {
                throw new LexiconFormatException(source, number, "expected a word, a tab and its English terms");
            }

            var list = new List<string>(4);
            foreach (var part in line[(tab + 1)..].Split(' '))
            {
                var term = line[(tab + 1)..][part];
                if (term.Length > 0)
                {
                    if (!shared.TryGetValue(term, out var one))
                    {
                        one = term.ToString();
                        pool[one] = one;
                    }

                    list.Add(one);
                }
            }

            terms[line[..tab].ToString()] = [.. list];
        }

        return terms.Count > 0 ? new BilingualLexicon(terms, source) : throw new LexiconFormatException(source, Math.Max(1, number - 1), "the table holds no word");
    }

    /// <summary>The line of the first byte that is not UTF-8, when the stream can be read again; else 1.</summary>
    private static int LineOfBadByte(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return 1;
        }

        stream.Position = 0;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var line = 1;
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                try
                {
                    strict.GetCharCount(bytes, start, i - start);
                }
                catch (DecoderFallbackException)
                {
                    return line;
                }

                line++;
                start = i + 1;
            }
        }

        return 1;
    }

    /// <summary>Reads a table from a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="LexiconFormatException">A line is not a word, a tab and terms.</exception>
    public static BilingualLexicon LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path));
    }

    /// <summary>Gets the English terms of a Chinese word (Simplified, as folding writes it), or an empty list when the table lacks it.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The English terms, most common sense first.</returns>
    public IReadOnlyList<string> Lookup(string word) => _terms.TryGetValue(word, out var found) ? found : [];

    /// <summary>Analyses English text into the terms a table maps Chinese words to: folded, lower-cased, without stop words, Porter-stemmed (co-operation → co, oper; financial → financi).</summary>
    /// <param name="text">English text.</param>
    /// <returns>The terms in order.</returns>
    public static IReadOnlyList<string> EnglishTerms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. TextAnalysis.Tokenize(ConceptAnalyzer.EnglishOnly, text).Select(t => t.Term)];
    }

    /// <summary>Tells whether the table holds the word.</summary>
    internal bool Contains(string word) => _terms.ContainsKey(word);

    internal bool TryGet(ReadOnlySpan<char> word, out string[] terms) => _bySpan.TryGetValue(word, out terms!);

    /// <summary>Creates an empty lexicon: the English half of the analysis alone.</summary>
    internal static BilingualLexicon Empty() => new(new Dictionary<string, string[]>(StringComparer.Ordinal), "none");
}

/// <summary>A bilingual table that cannot be read: names the source, the line and the problem.</summary>
public sealed class LexiconFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The table's name.</param>
    /// <param name="line">The 1-based line of the problem.</param>
    /// <param name="problem">What is wrong there.</param>
    public LexiconFormatException(string sourceName, int line, string problem)
        : base($"{sourceName}, line {line}: {problem}")
    {
        (SourceName, Line, Problem) = (sourceName, line, problem);
    }

    /// <summary>Gets the table's name.</summary>
    public string SourceName { get; }

    /// <summary>Gets the 1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Problem { get; }
}
