using System.Text.RegularExpressions;
using AgreementDiff.Reading.Formats;

namespace AgreementDiff.Reading;

/// <summary>The parser's legal-document family: articles and their paragraphs, a law's preamble heading, annexes after the articles, contents lists.</summary>
internal sealed partial class AgreementParser
{
    /// <summary>The clause a new paragraph of the body belongs to: the innermost open clause, except that a paragraph after the items of an article of a law is the article's next 款, not part of its last item.</summary>
    private Node ArticleParagraphTarget()
    {
        var article = _stack.FindLastIndex(IsChineseArticle);
        if (article >= 0 && article < _stack.Count - 1)
        {
            _stack.RemoveRange(article + 1, _stack.Count - article - 1);
        }

        return _stack[^1];
    }

    /// <summary>Makes the article's last paragraph a 款 of its own (第二款), which the list that follows it nests in: an article with a list in each of two 款 would otherwise hold two items (一).</summary>
    private void OpenArticleParagraph(Node article)
    {
        var lead = article.Paragraphs[^1];
        article.Paragraphs.RemoveAt(article.Paragraphs.Count - 1);
        var number = article.Paragraphs.Count + article.Children.Count(c => c.Style == NumberingStyle.ArticleParagraph) + 1;
        var node = new Node(ClauseKind.Item, "第" + ListNumbers.Chinese(number) + "款", NumberingStyle.ArticleParagraph, number, lead.StartLine);
        node.Paragraphs.Add(lead);
        Attach(node);
    }

    /// <summary>Opens the preamble of a law under its heading (序言, Preamble) before any numbered clause: the chapters that follow are its siblings, not its children.</summary>
    private bool TryOpenPreamble(Line line)
    {
        if (_zone != Zone.Front || _preamble is not null || !DocumentPatterns.IsPreambleHeading(TextCleaner.RemoveCjkSpaces(line.Clean)))
        {
            return false;
        }

        FlushParagraph();
        _preamble = new Node(ClauseKind.Preamble, UniqueLabel("preamble"), NumberingStyle.None, null, line.Number) { FixedHeading = TextCleaner.RemoveCjkSpaces(line.Clean) };
        _roots.Add(_preamble);
        _paragraph = null;
        return true;
    }

    /// <summary>Opens an annex printed after the articles of a law (附件:, 附件一:title): a top-level clause whose numbered paragraphs nest under it, so that two annexes numbered alike keep their paths apart (附件一/三, 附件二/三).</summary>
    private bool TryOpenLawAnnex(Line line)
    {
        if (_zone != Zone.Body || !_stack.Exists(IsChineseArticle) && !_roots.Exists(r => r.Kind == ClauseKind.Annex && r.Style == NumberingStyle.Heading))
        {
            return false;
        }

        var text = TextCleaner.RemoveCjkSpaces(line.Clean);
        var (label, title) = DocumentPatterns.AnnexHeading(text) is { } heading ? heading
            : DocumentPatterns.IsAnnexLabel(text) ? (text.TrimEnd(':', ' '), (string?)null)
            : (null!, null);
        if (label is null)
        {
            _annexesListed = false;
            return false;
        }

        // An article that lists its annexes (本协议包括以下附件：, then 附件一：…, 附件二：…) keeps them as its text.
        if (_annexesListed || _paragraph is { } open && EndsWithColon(open.Text))
        {
            _annexesListed = true;
            return false;
        }

        FlushParagraph();
        _stack.Clear();
        Attach(new Node(ClauseKind.Annex, UniqueLabel(label), NumberingStyle.Heading, null, line.Number) { FixedHeading = title });
        _paragraph = null;
        return true;
    }

    private static bool EndsWithColon(System.Text.StringBuilder text)
    {
        var end = text.Length - 1;
        while (end >= 0 && char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return end >= 0 && text[end] is '：' or ':';
    }

    /// <summary>Reads a contents list (目录, Contents) into <see cref="_contents"/>: the headings listed under it, up to the one that starts the text again; <see langword="null"/> when fewer than two follow.</summary>
    private int? ReadContents(int start)
    {
        var entries = new List<string>();
        var last = start;
        for (var j = Next(start + 1); j < _lines.Length; j = Next(j + 1))
        {
            var line = _lines[j];
            var entry = ContentsEntry().Replace(TextCleaner.RemoveCjkSpaces(line.Clean), string.Empty);
            var marker = NumberingMarker.TryParse(entry);
            var isEntry = line.Kind == LineKind.Text && entry.Length > 0
                && (marker is { Style: NumberingStyle.Part or NumberingStyle.Chapter or NumberingStyle.ChapterSection } ? marker.Rest.Length == 0 || IsHeadingLike(marker.Rest)
                    : entries.Count > 0 && marker is null && IsHeadingLike(entry) && TextCleaner.VisibleLength(entry) <= 15);
            if (!isEntry || (entries.Count > 0 && entry == entries[0]))
            {
                break;
            }

            entries.Add(entry);
            last = j;
        }

        if (entries.Count < 2)
        {
            return null;
        }

        _contents.AddRange(entries);
        return last;
    }

    /// <summary>Tells whether a line standing alone between articles of a law divided into chapters is an unnumbered chapter heading (附 则): a few characters, no punctuation, and an article right after it.</summary>
    private bool IsBareLegalHeading(int i)
    {
        var text = TextCleaner.RemoveCjkSpaces(_lines[i].Clean);
        var next = Next(i + 1);
        return text.Length is >= 2 and <= 12 && text.All(char.IsLetter) && !TextCleaner.IsMostlyLatin(text)
            && _stack.Exists(n => n.Style is NumberingStyle.Part or NumberingStyle.Chapter or NumberingStyle.ChapterSection)
            && next < _lines.Length && NumberingMarker.TryParse(_lines[next].Clean) is { Style: NumberingStyle.Article };
    }

    /// <summary>The depth of the outermost open division of a law (编, 章, 节): an unnumbered chapter heading goes beside it.</summary>
    private int OutermostDivision() =>
        _stack.FindIndex(n => n.Style is NumberingStyle.Part or NumberingStyle.Chapter or NumberingStyle.ChapterSection);

    /// <summary>Whether the clause is an article of a Chinese law or agreement (第十二条, 第3條), whose paragraphs are its 款.</summary>
    private static bool IsChineseArticle(Node node) => node.Style == NumberingStyle.Article && node.Label.StartsWith('第');

    /// <summary>Leaders and a page number after a contents entry (第一章 总则 ………… 1).</summary>
    [GeneratedRegex(@"[.·…。\s]{2,}[0-9]+$|[.·…\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentsEntry();
}
