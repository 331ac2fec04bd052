using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace AgreementDiff.Reading.Formats;

/// <summary>Turns a PDF's text layer into paragraphs: lines in reading order, running headers, footers and page numbers removed, wrapped lines rejoined.</summary>
/// <remarks>
/// Letters are grouped into lines by baseline and ordered left to right (single-column layout, as agreements are set).
/// A line continues the one before it when that one reaches the right edge of the text block, the vertical gap is an
/// ordinary line gap and the line is not indented; the join adds a space only between two Latin words, never next to
/// CJK text. A line at the top or bottom of a page is dropped when it is a page number or repeats (digits aside) at
/// the same end of at least half the pages.
/// </remarks>
internal static class PdfText
{
    /// <summary>Extracts the paragraphs of the PDF in <paramref name="bytes"/>.</summary>
    /// <exception cref="AgreementReadException">The PDF cannot be read, or has no text layer (a scan).</exception>
    public static string Extract(byte[] bytes, string sourceName)
    {
        List<List<TextLine>> pages;
        var images = 0;
        try
        {
            using var document = PdfDocument.Open(bytes);
            pages = [];
            foreach (var page in document.GetPages())
            {
                var lines = Lines(page.Letters, pages.Count);
                if (lines.Count == 0)
                {
                    images += page.GetImages().Any() ? 1 : 0;
                }

                pages.Add(lines);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new AgreementReadException(sourceName, null, ReadProblem.Unreadable, $"is not a readable PDF: {e.Message}", e);
        }

        if (pages.All(p => p.Count == 0))
        {
            var what = images > 0 ? "its pages are images" : "its pages have no text";
            throw new AgreementReadException(sourceName, null, ReadProblem.NoTextLayer,
                $"the PDF has no text layer ({what}): it looks scanned; run it through OCR first");
        }

        RemoveRunningLines(pages);
        return Paragraphs(pages.SelectMany(p => p).ToList());
    }

    private static List<TextLine> Lines(IReadOnlyList<Letter> letters, int page)
    {
        var ordered = letters.Where(l => l.Value.Length > 0)
            .OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X).ToList();
        var groups = new List<List<Letter>>();
        foreach (var letter in ordered)
        {
            var size = Size(letter);
            if (groups.Count > 0 && Math.Abs(groups[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y) <= size * 0.3)
            {
                groups[^1].Add(letter);
            }
            else
            {
                groups.Add([letter]);
            }
        }

        var lines = new List<TextLine>();
        foreach (var group in groups)
        {
            group.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
            var sb = new StringBuilder();
            var pendingSpace = false;
            Letter? previous = null;
            double? firstWordEnd = null;
            foreach (var letter in group)
            {
                if (string.IsNullOrWhiteSpace(letter.Value))
                {
                    pendingSpace = sb.Length > 0;
                    continue;
                }

                if (previous is not null)
                {
                    // Typesetters widen the gap between CJK and Latin text without a space being there.
                    var boundary = IsCjk(previous) != IsCjk(letter);
                    var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                    pendingSpace |= gap > Size(letter) * (boundary ? 0.45 : 0.2);
                }

                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                    firstWordEnd ??= previous?.EndBaseLine.X;
                }

                pendingSpace = false;
                sb.Append(letter.Value);
                previous = letter;
                if (IsCjk(letter))
                {
                    // A line may break after any CJK character: one is a whole word for wrapping.
                    firstWordEnd ??= letter.EndBaseLine.X;
                }
            }

            var visible = group.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            if (visible.Count > 0)
            {
                var left = visible.Min(l => l.StartBaseLine.X);
                var size = visible.GroupBy(Size).MaxBy(g => g.Count())!.Key;
                var bold = visible.All(l => l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true);
                lines.Add(new TextLine(sb.ToString(), page, left, visible.Max(l => l.EndBaseLine.X), visible[0].StartBaseLine.Y, size,
                    (firstWordEnd ?? visible[^1].EndBaseLine.X) - left, bold));
            }
        }

        return lines;
    }

    private static bool IsCjk(Letter letter) => TextCleaner.IsCjk(letter.Value[0]);

    private static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);

    /// <summary>Drops page numbers and running headers and footers from the top and bottom of each page.</summary>
    private static void RemoveRunningLines(List<List<TextLine>> pages)
    {
        var threshold = Math.Max(2, (pages.Count + 1) / 2);
        var tops = new Dictionary<string, int>(StringComparer.Ordinal);
        var bottoms = new Dictionary<string, int>(StringComparer.Ordinal);
        const int Depth = 2;
        foreach (var page in pages)
        {
            foreach (var key in page.Take(Depth).Select(l => Key(l.Text)).Distinct())
            {
                tops[key] = tops.GetValueOrDefault(key) + 1;
            }

            foreach (var key in page.TakeLast(Depth).Select(l => Key(l.Text)).Distinct())
            {
                bottoms[key] = bottoms.GetValueOrDefault(key) + 1;
            }
        }

        bool Running(TextLine line, Dictionary<string, int> counts) =>
            DocumentPatterns.IsChrome(TextCleaner.CleanLine(line.Text)) || (pages.Count > 1 && counts.GetValueOrDefault(Key(line.Text)) >= threshold);

        foreach (var page in pages)
        {
            // A title that repeats the running header is kept: one line per text is removed at each end.
            var removed = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < Depth && page.Count > 0 && Running(page[0], tops) && removed.Add(Key(page[0].Text)); i++)
            {
                page.RemoveAt(0);
            }

            removed.Clear();
            for (var i = 0; i < Depth && page.Count > 0 && Running(page[^1], bottoms) && removed.Add(Key(page[^1].Text)); i++)
            {
                page.RemoveAt(page.Count - 1);
            }
        }
    }

    private static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(char.IsDigit(c) ? '#' : c);
            }
        }

        return sb.ToString();
    }

    private static string Paragraphs(List<TextLine> lines)
    {
        if (lines.Count == 0)
        {
            return string.Empty;
        }

        var left = lines.Min(l => l.Left);
        var right = lines.Max(l => l.Right);
        var pitch = LinePitch(lines);
        var bodySize = lines.GroupBy(l => l.Size).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
        var bodyBold = lines.Where(l => l.Size == bodySize).Count(l => l.Bold) * 2 > lines.Count(l => l.Size == bodySize);
        foreach (var line in lines)
        {
            line.Heading = line.Size > bodySize * 1.1 || (line.Bold && !bodyBold);
        }

        var text = new DocumentText();
        var paragraph = new StringBuilder(lines[0].Text);
        for (var i = 1; i < lines.Count; i++)
        {
            var (before, line) = (lines[i - 1], lines[i]);
            var wrapped = before.Right + line.FirstWord + before.Size * 0.6 > right;
            var indented = line.Left > left + line.Size * 0.8;
            var gap = before.Page == line.Page ? before.Baseline - line.Baseline : pitch;
            if (wrapped && !indented && gap <= pitch * Math.Max(1, line.Size / bodySize) * 1.15 && before.Heading == line.Heading)
            {
                Join(paragraph, line.Text);
            }
            else
            {
                Add(text, paragraph.ToString(), before.Heading);
                paragraph.Clear().Append(line.Text);
            }
        }

        Add(text, paragraph.ToString(), lines[^1].Heading);
        return text.ToString();
    }

    private static void Add(DocumentText text, string paragraph, bool heading)
    {
        if (heading)
        {
            text.Heading(paragraph);
        }
        else
        {
            text.Line(paragraph);
        }
    }

    /// <summary>The most common distance between the baselines of consecutive lines on a page: the body's line spacing.</summary>
    private static double LinePitch(List<TextLine> lines)
    {
        var gaps = new Dictionary<int, int>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Page == lines[i - 1].Page)
            {
                var gap = (int)Math.Round((lines[i - 1].Baseline - lines[i].Baseline) * 2);
                if (gap > 0)
                {
                    gaps[gap] = gaps.GetValueOrDefault(gap) + 1;
                }
            }
        }

        return gaps.Count == 0 ? double.MaxValue : gaps.MaxBy(g => (g.Value, -g.Key)).Key / 2.0;
    }

    /// <summary>Joins a wrapped line to its paragraph: directly next to CJK text, inside a number or after a hyphen or slash; with a space between Latin words.</summary>
    private static void Join(StringBuilder paragraph, string next)
    {
        var last = paragraph[^1];
        var first = next[0];
        var direct = TextCleaner.IsCjk(last) || TextCleaner.IsCjk(first)
            || (char.IsAsciiDigit(last) && char.IsAsciiDigit(first)) // a number broken in CJK text (2 | 025)
            || (last is '-' or '/' && paragraph.Length > 1 && char.IsLetter(paragraph[^2]));
        if (!direct)
        {
            paragraph.Append(' ');
        }

        paragraph.Append(next);
    }

    /// <summary>A line of a page; <see cref="FirstWord"/> is the width of its first word, to tell whether it would have fitted at the end of the line before.</summary>
    private sealed record TextLine(string Text, int Page, double Left, double Right, double Baseline, double Size, double FirstWord, bool Bold)
    {
        /// <summary>Gets or sets a value indicating whether the line is set larger or bolder than the body, as headings are.</summary>
        public bool Heading { get; set; }
    }
}
