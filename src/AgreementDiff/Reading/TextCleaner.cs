using System.Globalization;
using System.Text;

namespace AgreementDiff.Reading;

/// <summary>Undoes the artefacts of typesetting and text extraction, one line or one joined paragraph at a time.</summary>
internal static class TextCleaner
{
    /// <summary>Unifies widths, quotes and spaces, collapses runs of spaces and trims; keeps spaces between CJK characters.</summary>
    public static string CleanLine(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var c in raw)
        {
            var mapped = Map(c);
            if (mapped == '\0')
            {
                continue;
            }

            if (mapped == ' ')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            if (mapped == '\uFFFF')
            {
                sb.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            else
            {
                sb.Append(mapped);
            }
        }

        return sb.ToString();
    }

    /// <summary>Removes spaces that text extraction put between two CJK characters, or between CJK text and punctuation.</summary>
    public static string RemoveCjkSpaces(string text)
    {
        if (!text.Contains(' '))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' && sb.Length > 0 && i + 1 < text.Length)
            {
                var before = sb[^1];
                var after = text[i + 1];
                var cjkBefore = IsCjk(before);
                var cjkAfter = IsCjk(after);
                if ((cjkBefore && cjkAfter) || (cjkBefore && IsAsciiPunctuation(after)) || (cjkAfter && IsAsciiPunctuation(before)))
                {
                    continue;
                }
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Joins a line to the one before it that it continues: with a space between two words of Latin script, directly otherwise.</summary>
    public static void AppendContinuation(StringBuilder paragraph, string next)
    {
        if (paragraph.Length > 0 && next.Length > 0 && IsLatinWordChar(paragraph[^1]) && IsLatinWordChar(next[0]))
        {
            paragraph.Append(' ');
        }

        paragraph.Append(next);
    }

    /// <summary>Tells whether the text ends a sentence, a clause of a list, or a lead-in (。；：.!? and the like, before any closing quotes).</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        while (text.Length > 0 && IsClosingMark(text[^1]))
        {
            text = text[..^1];
        }

        return text.Length > 0 && text[^1] is '。' or '！' or '？' or '；' or '：' or '.' or '!' or '?' or ';' or ':' or '…';
    }

    /// <summary>Tells whether the text has sentence punctuation other than a single final full stop.</summary>
    public static bool HasInnerPunctuation(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        if (text.Length > 0 && text[^1] is '。' or '.')
        {
            text = text[..^1];
        }

        return text.IndexOfAny("，,。；;：:！!？?") >= 0;
    }

    /// <summary>Counts the characters of the text as a reader sees them (a surrogate pair is one).</summary>
    public static int VisibleLength(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsLowSurrogate(c))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Tells whether the text is mostly Latin script (more letters a–z than CJK characters).</summary>
    public static bool IsMostlyLatin(string text)
    {
        int latin = 0, cjk = 0;
        foreach (var c in text)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                latin++;
            }
            else if (IsCjk(c))
            {
                cjk++;
            }
        }

        return latin > cjk * 2;
    }

    /// <summary>Tells whether a UTF-16 unit belongs to CJK text: ideographs (surrogates included), kana, CJK punctuation, full-width forms.</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u2E80' and <= '\u2FDF') or (>= '\u3000' and <= '\u30FF') or (>= '\u3100' and <= '\u31FF')
            or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFFEF') or (>= '\uD800' and <= '\uDFFF');

    private static bool IsAsciiPunctuation(char c) => c is ',' or '.' or ';' or ':' or '!' or '?' or '"' or '\'' or '(' or ')' or '[' or ']' or '/' or '%';

    private static bool IsLatinWordChar(char c) => c < 0x250 && (char.IsLetterOrDigit(c) || c is ',' or ';' or ')' or '"' or '\'');

    private static bool IsClosingMark(char c) => c is '"' or '\'' or ')' or ']' or '」' or '』' or '》' or '〉' or '】' or '”' or '’';

    // '\0' drops the character, ' ' is whitespace, '\uFFFF' asks for NFKC of the character, anything else replaces it.
    private static char Map(char c)
    {
        switch (c)
        {
            case >= '\uFF01' and <= '\uFF5E':
                return (char)(c - 0xFEE0);
            case '\u3000' or '\u00A0' or '\t' or '\f' or '\v' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F':
                return ' ';
            case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\r' or '\n':
                return '\0';
            case '“' or '”' or '„' or '‟' or '〝' or '〞' or '″':
                return '"';
            case '‘' or '’' or '‚' or '‛' or '′':
                return '\'';
            case (>= '\uFE50' and <= '\uFE6B') or (>= '\uF900' and <= '\uFAFF'):
                return '\uFFFF';
            default:
                return char.GetUnicodeCategory(c) == UnicodeCategory.Control ? '\0' : c;
        }
    }
}
