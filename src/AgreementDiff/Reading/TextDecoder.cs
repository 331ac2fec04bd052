using System.Text;

namespace AgreementDiff.Reading;

/// <summary>Turns the bytes of an agreement into text, detecting UTF-8, UTF-16 (with a byte-order mark), GB18030 and Big5.</summary>
internal static class TextDecoder
{
    private const int Gb18030CodePage = 54936;
    private const int Big5CodePage = 950;

    // A decoding whose ideographs are mostly common characters is the right one; a wrong legacy decoding
    // produces rare ideographs, kana, Cyrillic and box-drawing characters.
    internal const double MinimumPlausibility = 0.5;

    private static readonly Lazy<bool[]> CommonIdeographs = new(BuildCommonIdeographs);

    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes, string sourceName)
    {
        if (bytes.IsEmpty)
        {
            throw new AgreementReadException(sourceName, null, ReadProblem.Empty, "the input is empty");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            throw new AgreementReadException(sourceName, 1, ReadProblem.UnsupportedEncoding,
                "the input is UTF-32, which is not supported; save it as UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Strict(new UTF8Encoding(false, true), bytes[3..], sourceName, "UTF-8"), "utf-8-bom");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Strict(new UnicodeEncoding(false, false, true), bytes[2..], sourceName, "UTF-16LE"), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Strict(new UnicodeEncoding(true, false, true), bytes[2..], sourceName, "UTF-16BE"), "utf-16be");
        }

        RejectBinary(bytes, sourceName);

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return (Encoding.UTF8.GetString(bytes), "utf-8");
        }

        var best = (Text: (string?)null, Name: string.Empty, Score: double.MinValue);
        foreach (var (codePage, name) in new[] { (Gb18030CodePage, "gb18030"), (Big5CodePage, "big5") })
        {
            var text = TryDecode(codePage, bytes);
            if (text is null)
            {
                continue;
            }

            var score = Plausibility(text);
            if (score > best.Score)
            {
                best = (text, name, score);
            }
        }

        if (best.Text is null || best.Score < MinimumPlausibility)
        {
            var offset = FirstInvalidUtf8(bytes);
            throw new AgreementReadException(sourceName, LineOf(bytes, offset), ReadProblem.UnsupportedEncoding,
                $"the input is not valid UTF-8 (invalid byte 0x{bytes[offset]:X2} at offset {offset}) and does not read as GB18030 or Big5 Chinese text; save it as UTF-8");
        }

        return (best.Text, best.Name);
    }

    /// <summary>Gets the fraction of ideographs in <paramref name="text"/> that are common characters, less a penalty for characters a wrong decoding produces.</summary>
    internal static double Plausibility(string text)
    {
        int ideographs = 0, common = 0, suspicious = 0;
        var sample = text.AsSpan(0, Math.Min(text.Length, 1 << 20));
        var table = CommonIdeographs.Value;
        foreach (var c in sample)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                ideographs++;
                if (table[c - 0x4E00])
                {
                    common++;
                }
            }
            else if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u0370' and <= '\u04FF') or (>= '\u2500' and <= '\u257F')
                     or (>= '\uE000' and <= '\uF8FF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\u3400' and <= '\u4DBF'))
            {
                suspicious++;
            }
        }

        if (ideographs + suspicious == 0)
        {
            // Only punctuation and symbols outside ASCII (an English text with dashes and curly quotes):
            // nothing speaks against the decoding; GB18030 is tried first and wins a tie.
            return MinimumPlausibility;
        }

        return (common - (2.0 * suspicious)) / (ideographs + suspicious);
    }

    private static string? TryDecode(int codePage, ReadOnlySpan<byte> bytes)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            ?? throw new InvalidOperationException($"Code page {codePage} is not available.");
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string sourceName, string name)
    {
        if (bytes.IsEmpty)
        {
            throw new AgreementReadException(sourceName, null, ReadProblem.Empty, "the input holds only a byte-order mark");
        }

        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new AgreementReadException(sourceName, null, ReadProblem.UnsupportedEncoding,
                $"the input starts with a {name} byte-order mark but is not valid {name}", e);
        }
    }

    private static void RejectBinary(ReadOnlySpan<byte> bytes, string sourceName)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new AgreementReadException(sourceName, LineOf(bytes, nul), ReadProblem.Binary,
                $"the input is binary, not text (NUL byte at offset {nul}); UTF-16 text needs a byte-order mark");
        }

        var sample = bytes[..Math.Min(bytes.Length, 1 << 16)];
        int controls = 0, first = -1;
        for (var i = 0; i < sample.Length; i++)
        {
            // Tab, line feed, form feed (a page break in extracted text), carriage return and escape are text.
            if (sample[i] < 0x20 && sample[i] is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B))
            {
                controls++;
                first = first < 0 ? i : first;
            }
        }

        if (controls > 0 && controls * 100 >= sample.Length)
        {
            throw new AgreementReadException(sourceName, LineOf(bytes, first), ReadProblem.Binary,
                $"the input is binary, not text ({controls} control bytes in the first {sample.Length} bytes, the first at offset {first})");
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return 0;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;

    private static bool[] BuildCommonIdeographs()
    {
        // Common characters are those in GB2312's first level (the 3,755 most used Simplified characters)
        // or Big5's first level (the 5,401 most used Traditional characters); both are read off the encoders.
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage)!;
        var big5 = CodePagesEncodingProvider.Instance.GetEncoding(Big5CodePage)!;
        var table = new bool[0xA000 - 0x4E00];
        Span<char> one = stackalloc char[1];
        Span<byte> buffer = stackalloc byte[8];
        for (var c = 0x4E00; c < 0xA000; c++)
        {
            one[0] = (char)c;
            var n = gb.GetBytes(one, buffer);
            var common = n == 2 && buffer[0] is >= 0xB0 and <= 0xD7 && buffer[1] >= 0xA1;
            if (!common)
            {
                n = big5.GetBytes(one, buffer);
                var code = (buffer[0] << 8) | buffer[1];
                common = n == 2 && code is >= 0xA440 and <= 0xC67E;
            }

            table[c - 0x4E00] = common;
        }

        return table;
    }
}
