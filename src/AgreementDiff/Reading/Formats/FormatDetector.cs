using System.IO.Compression;
using System.Text;

namespace AgreementDiff.Reading.Formats;

/// <summary>Tells a document's format from its content, whatever its file name says.</summary>
internal static class FormatDetector
{
    private const int HtmlSniffLength = 1024;

    private const int MarkdownSniffLength = 8192;

    /// <summary>Finds the format of <paramref name="bytes"/>: a PDF header, a ZIP package holding <c>word/document.xml</c>, HTML markup near the start, Markdown headings near the start, or else text.</summary>
    public static InputFormat Detect(ReadOnlySpan<byte> bytes)
    {
        // A PDF may have a few bytes of junk before its header; readers accept it within the first kilobyte.
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return InputFormat.Pdf;
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8) && IsWordPackage(bytes))
        {
            return InputFormat.Docx;
        }

        return LooksLikeHtml(bytes) ? InputFormat.Html : LooksLikeMarkdown(bytes) ? InputFormat.Markdown : InputFormat.Text;
    }

    /// <summary>Looks for Markdown structure near the start: front matter (<c>---</c> on the first line), or an ATX heading (<c>#</c> to <c>######</c> and a space) as the first text, or two ATX headings of which one is below the top level.</summary>
    /// <remarks>Read on the bytes as Latin-1, which keeps the ASCII marks of any ASCII-compatible encoding (UTF-8, GB18030, Big5). Plain agreements start with a title, not a <c>#</c>, and do not mark their sections with hashes.</remarks>
    private static bool LooksLikeMarkdown(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return LooksLikeMarkdown(Encoding.Latin1.GetString(bytes[start..Math.Min(bytes.Length, start + MarkdownSniffLength)]));
    }

    /// <summary>Looks for Markdown structure near the start of text already decoded (see the overload on bytes).</summary>
    public static bool LooksLikeMarkdown(string text)
    {
        text = text.Length > MarkdownSniffLength ? text[..MarkdownSniffLength] : text;
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0)
        {
            return false;
        }

        if (lines[0] == "---" && lines.Skip(1).Take(30).Any(l => l is "---" or "..."))
        {
            return true;
        }

        var headings = lines.Where(IsAtxHeading).ToList();
        return IsAtxHeading(lines[0]) || (headings.Count >= 2 && headings.Any(h => h.StartsWith("##", StringComparison.Ordinal)));
    }

    private static bool IsAtxHeading(string line)
    {
        var hashes = 0;
        while (hashes < line.Length && hashes < 7 && line[hashes] == '#')
        {
            hashes++;
        }

        return hashes is >= 1 and <= 6 && hashes < line.Length && line[hashes] is ' ' or '\t' && line[hashes..].Trim().Length > 0;
    }

    private static bool IsWordPackage(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Looks for a doctype or an opening html, head or body tag before any other text, as browsers sniff.</summary>
    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var head = bytes[start..Math.Min(bytes.Length, start + HtmlSniffLength)];
        var text = Encoding.Latin1.GetString(head).TrimStart();
        while (text.StartsWith("<!--", StringComparison.Ordinal))
        {
            var end = text.IndexOf("-->", StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }

            text = text[(end + 3)..].TrimStart();
        }

        if (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            var end = text.IndexOf("?>", StringComparison.Ordinal);
            text = end < 0 ? string.Empty : text[(end + 2)..].TrimStart();
        }

        foreach (var tag in (string[])["<!doctype html", "<html", "<head", "<body"])
        {
            if (text.StartsWith(tag, StringComparison.OrdinalIgnoreCase)
                && (text.Length == tag.Length || text[tag.Length] is '>' or ' ' or '\t' or '\r' or '\n' or '/'))
            {
                return true;
            }
        }

        return false;
    }
}
