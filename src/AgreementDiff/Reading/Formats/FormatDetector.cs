using System.IO.Compression;
using System.Text;

namespace AgreementDiff.Reading.Formats;

/// <summary>Tells a document's format from its content, whatever its file name says.</summary>
internal static class FormatDetector
{
    private const int HtmlSniffLength = 1024;

    /// <summary>Finds the format of <paramref name="bytes"/>: a PDF header, a ZIP package holding <c>word/document.xml</c>, HTML markup near the start, or else text.</summary>
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

        return LooksLikeHtml(bytes) ? InputFormat.Html : InputFormat.Text;
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
