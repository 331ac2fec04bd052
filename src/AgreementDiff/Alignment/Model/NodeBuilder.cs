using AgreementDiff.Analysis;
using AgreementDiff.Diff;

namespace AgreementDiff.Alignment.Model;

/// <summary>Builds one side's alignment nodes: the tree, each clause's role and level, and its terms, passages and diff units, analysed in one stream per side.</summary>
internal static partial class NodeBuilder
{
    /// <summary>English function words (Lucene's list: a, of, the, will …), left out of the terms clauses are compared by; the diff keeps them.</summary>
    private static readonly Lucene.Net.Analysis.Util.CharArraySet StopWords = Lucene.Net.Analysis.Core.StopAnalyzer.ENGLISH_STOP_WORDS_SET;

    public static List<AlignmentNode> Build(int side, IReadOnlyList<Clause> roots, TextAnalysis analysis, Vocabulary vocabulary, AlignmentTerms terms = AlignmentTerms.Bigrams, Lucene.Net.Analysis.Analyzer? concepts = null)
    {
        var nodes = new List<AlignmentNode>();
        foreach (var root in roots)
        {
            Add(nodes, side, root, null);
        }

        // One stream of the index analyzer per side: its units are the diff's, and its pairs the terms (see QueryTerms).
        var texts = nodes.Select(n => AlignmentNode.TextOf(n.Clause)).ToList();
        var index = analysis.TokenizeEach(texts, forQuery: false);
        // Across languages both sides are compared by English terms: English stems, and the lexicon's terms of Chinese words.
        // With words on, the diff's units are words too (航線, not 航 and 線).
        var words = concepts is null && terms.HasFlag(AlignmentTerms.Words) ? analysis.TokenizeEachWords(texts) : null;
        var tokens = concepts is null ? Terms(index, words, terms) : TextAnalysis.TokenizeEachWith(texts, concepts);
        for (var i = 0; i < nodes.Count; i++)
        {
            AddTerms(nodes[i], texts[i], tokens[i], vocabulary);
            nodes[i].Chunks = DiffChunks.Cut(texts[i], index[i], analysis, words?[i]);

            // The content starts with the heading: its terms are those that end within it.
            var heading = nodes[i].Clause.Content.Length > 0 ? nodes[i].Clause.Heading?.Length ?? 0 : 0;
            nodes[i].Heading = heading == 0 ? TermBag.Empty
                : TermBag.FromTerms([.. tokens[i].Where(t => t.EndOffset <= heading && !StopWords.Contains(t.Term)).Select(t => vocabulary.Id(t.Term))]);
        }

        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            var node = nodes[i];
            node.Height = node.Children.Count == 0 ? 0 : node.Children.Max(c => c.Height) + 1;
            node.Subtree = node.Children.Count == 0 ? node.Own : TermBag.Sum([node.Own, .. node.Children.Select(c => c.Subtree)]);
        }

        AssignRoles(nodes);
        return nodes;
    }

    /// <summary>Each text's terms in text order: bigrams, words (marked so a word is never the same term as a bigram), or both.</summary>
    private static List<AnalyzedToken>[] Terms(List<AnalyzedToken>[] index, List<AnalyzedToken>[]? words, AlignmentTerms terms)
    {
        List<AnalyzedToken>[]? bigrams = terms.HasFlag(AlignmentTerms.Bigrams) ? [.. index.Select(QueryTerms)] : null;
        if (words is null)
        {
            return bigrams!;
        }

        var result = new List<AnalyzedToken>[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var marked = words[i].Select(w => w with { Term = WordMark + w.Term });
            result[i] = bigrams is null ? [.. marked] : [.. bigrams[i].Concat(marked).OrderBy(t => t.StartOffset).ThenBy(t => t.EndOffset)];
        }

        return result;
    }

    /// <summary>The query analyzer's terms, taken from the index analyzer's: the index emits every Chinese character beside its pairs, a query only a lone character no pair covers.</summary>
    /// <remarks>Equal to analysing the text again as a query (a test holds them equal on the seeds), at no second pass.</remarks>
    internal static List<AnalyzedToken> QueryTerms(List<AnalyzedToken> tokens)
    {
        var terms = new List<AnalyzedToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (CjkCharacters(token.Term) == 1 && Covered(tokens, i))
            {
                continue;
            }

            terms.Add(token);
        }

        return terms;
    }

    /// <summary>Whether a pair of Chinese characters near token <paramref name="i"/> overlaps it.</summary>
    private static bool Covered(List<AnalyzedToken> tokens, int i)
    {
        for (var j = Math.Max(0, i - 2); j <= Math.Min(tokens.Count - 1, i + 2); j++)
        {
            if (j != i && CjkCharacters(tokens[j].Term) == 2 && tokens[j].StartOffset < tokens[i].EndOffset && tokens[i].StartOffset < tokens[j].EndOffset)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number of characters of the term when all are Chinese (or Japanese, Korean), else 0.</summary>
    private static int CjkCharacters(string term)
    {
        var count = 0;
        foreach (var rune in term.EnumerateRunes())
        {
            if (!IsCjk(rune))
            {
                return 0;
            }

            count++;
        }

        return count;
    }

    private static bool IsCjk(System.Text.Rune rune) =>
        rune.Value is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);

    /// <summary>The mark that keeps a word apart from a bigram of the same two characters.</summary>
    private const char WordMark = '\u0001';

    private static void Add(List<AlignmentNode> nodes, int side, Clause clause, AlignmentNode? parent)
    {
        var node = new AlignmentNode(clause, side, nodes.Count, parent);
        nodes.Add(node);
        parent?.Children.Add(node);
        foreach (var child in clause.Children)
        {
            Add(nodes, side, child, node);
        }
    }

    private static void AddTerms(AlignmentNode node, string text, List<AnalyzedToken> tokens, Vocabulary vocabulary)
    {
        var own = new List<int>(tokens.Count);
        var passage = new List<int>();
        var passageEnd = -1;
        foreach (var token in tokens)
        {
            if (StopWords.Contains(token.Term))
            {
                continue;
            }

            var id = vocabulary.Id(token.Term);
            own.Add(id);
            if (token.EndOffset > token.StartOffset)
            {
                vocabulary.Surface(id, node.Side, text[token.StartOffset..token.EndOffset]);
            }

            if (token.StartOffset > passageEnd)
            {
                AddPassage(node, passage);
                passage = [];
                passageEnd = PassageEnd(text, token.StartOffset);
            }

            passage.Add(id);
        }

        AddPassage(node, passage);
        node.Own = TermBag.FromTerms(own);
    }

    private static void AddPassage(AlignmentNode node, List<int> passage)
    {
        if (passage.Count > 0)
        {
            node.Passages.Add(TermBag.FromTerms(passage));
        }
    }

    /// <summary>The offset of the mark that ends the passage holding <paramref name="from"/>: a sentence's end (。；！？, a line break, a full stop before a space) or a comma, unless the comma sits in Latin text between a letter or digit and an ASCII character (1,000; Limited, and), where only a comma that opens a second commitment of the same subject ends it (", and will train …").</summary>
    /// <remarks>Chinese writes one commitment per comma-separated phrase (支持港資企業落戶本省，定期開展招商引資活動); a renewal keeps a phrase and rewrites its sentence around it. English joins two commitments of one subject with ", and will …" or ", and shall …" (not ", and will be reviewed …", a passive tail). The reader folds ， to ,.</remarks>
    private static int PassageEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '。' or '；' or ';' or '！' or '？' or '!' or '?' or '\n' or '，':
                case ',' when i == 0 || i + 1 == text.Length || !char.IsAsciiLetterOrDigit(text[i - 1]) || !char.IsAscii(text[i + 1]) || SecondCommitment().IsMatch(text, i + 1):
                case '.' when i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]):
                    return i;
            }
        }

        return text.Length;
    }

    /// <summary>Assigns each node its role and level: groups hold sections, sections are the largest clauses below them, items nest in sections.</summary>
    /// <remarks>
    /// A clause with grandchildren is a group (二、合作內容 holding （一）…（十二）). The divisions of a law (编, 章, 节) are
    /// groups together or not at all: one chapter whose articles have no items would otherwise be a section beside chapters
    /// that are groups, and its articles items beside articles that are sections, so articles could not be compared with
    /// articles across the law. In a law divided so (its divisions hold articles), only divisions are groups: an article
    /// whose items have items of their own is still an article. Parts that hold lettered items (Part A, (a)) are sections.
    /// </remarks>
    private static void AssignRoles(List<AlignmentNode> nodes)
    {
        var divisions = nodes.Where(IsDivision).ToList();
        var divisionsAreGroups = divisions.Exists(d => d.Height >= 2) && divisions.Exists(d => d.Children.Exists(c => c.Clause.Style == NumberingStyle.Article));
        foreach (var node in nodes)
        {
            var group = divisionsAreGroups
                ? node.Children.Count > 0 && IsDivision(node)
                : node.Height >= 2;
            if (group)
            {
                node.Role = ClauseRole.Group;
                node.Level = 0;
            }
            else if (node.Parent is null || node.Parent.Role == ClauseRole.Group)
            {
                node.Role = ClauseRole.Section;
                node.Level = 1;
            }
            else
            {
                node.Role = ClauseRole.Item;
                node.Level = node.Parent.Level + 1;
            }
        }

        foreach (var level in nodes.GroupBy(n => n.Level))
        {
            var units = level.ToList();
            for (var i = 0; i < units.Count; i++)
            {
                units[i].Position = units.Count == 1 ? 0.5 : (double)i / (units.Count - 1);
            }
        }
    }

    private static bool IsDivision(AlignmentNode node) =>
        node.Clause.Style is NumberingStyle.Part or NumberingStyle.Chapter or NumberingStyle.ChapterSection
        || (node.Clause.Style == NumberingStyle.Heading && node.Children.Exists(c => c.Clause.Style is NumberingStyle.Article or NumberingStyle.ChapterSection));

    /// <summary>An English comma's continuation that opens a second commitment of the same subject: " and will train", " and shall …"; not " and will be …".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s+and\s+(?:will|shall)\s+(?!be\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SecondCommitment();
}
