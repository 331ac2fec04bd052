using AgreementDiff.Reading.Formats;

namespace AgreementDiff.Reading;

/// <summary>Reads agreements from files, streams, bytes or strings into <see cref="Agreement"/> clause trees.</summary>
/// <remarks>
/// All members are thread safe. The format of files, streams and bytes is told from their content (see
/// <see cref="AgreementReaderOptions.Format"/>): text, PDF (its text layer), Word (<c>.docx</c>), a web page (its
/// article) or Markdown (its headings give structure; front matter and comments are dropped); <see cref="Parse"/> tells
/// Markdown from plain text the same way. Encodings of text and web pages are detected: UTF-8 (with or without a byte-order mark), UTF-16 with a
/// byte-order mark, GB18030 and Big5. Failures are reported as <see cref="AgreementReadException"/> naming the input,
/// the line and the problem; warnings that do not stop the read are in <see cref="Agreement.Diagnostics"/>.
/// </remarks>
public static class AgreementReader
{
    /// <summary>Reads the agreement in the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="options">Reader settings, or <see langword="null"/> for <see cref="AgreementReaderOptions.Default"/>.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="AgreementReadException">The file cannot be read or is not an agreement in a supported encoding.</exception>
    public static Agreement ReadFile(string path, AgreementReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= AgreementReaderOptions.Default;
        var name = path;
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new AgreementReadException(name, null, ReadProblem.Unreadable, Directory.Exists(path) ? "is a directory, not a file" : "no such file");
            }

            if (info.Length > options.MaxInputBytes)
            {
                throw TooLarge(name, info.Length, options);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new AgreementReadException(name, null, ReadProblem.Unreadable, $"cannot be read: {e.Message}", e);
        }

        return ReadBytes(bytes, name, options);
    }

    /// <summary>Reads the agreement in <paramref name="stream"/> to its end.</summary>
    /// <param name="stream">The stream to read; it is not closed.</param>
    /// <param name="sourceName">The name to report in errors and to record as <see cref="Agreement.SourceName"/>.</param>
    /// <param name="options">Reader settings, or <see langword="null"/> for the defaults.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="AgreementReadException">The stream's content is not an agreement in a supported encoding, or is too large.</exception>
    public static Agreement Read(Stream stream, string sourceName, AgreementReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= AgreementReaderOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > options.MaxInputBytes)
                {
                    throw TooLarge(sourceName, buffer.Length, options);
                }
            }
        }
        catch (IOException e)
        {
            throw new AgreementReadException(sourceName, null, ReadProblem.Unreadable, $"cannot be read: {e.Message}", e);
        }

        return ReadBytes(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), sourceName, options);
    }

    /// <summary>Reads the agreement encoded in <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The encoded text.</param>
    /// <param name="sourceName">The name to report in errors and to record as <see cref="Agreement.SourceName"/>.</param>
    /// <param name="options">Reader settings, or <see langword="null"/> for the defaults.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="AgreementReadException">The bytes are not an agreement in a supported encoding, or are too many.</exception>
    public static Agreement ReadBytes(ReadOnlySpan<byte> bytes, string sourceName, AgreementReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= AgreementReaderOptions.Default;
        if (bytes.Length > options.MaxInputBytes)
        {
            throw TooLarge(sourceName, bytes.Length, options);
        }

        var format = options.Format ?? FormatDetector.Detect(bytes);
        var (text, encoding) = format switch
        {
            InputFormat.Pdf => (PdfText.Extract(bytes.ToArray(), sourceName), "utf-16"),
            InputFormat.Docx => (DocxText.Extract(bytes.ToArray(), sourceName), "utf-8"),
            InputFormat.Html => HtmlFrom(TextDecoder.Decode(bytes, sourceName)),
            _ => TextDecoder.Decode(bytes, sourceName),
        };
        return format == InputFormat.Markdown ? ParseMarkdown(sourceName, text, encoding, options) : AgreementParser.Parse(sourceName, text, encoding, options, format);
    }

    /// <summary>Reads an agreement that is already text.</summary>
    /// <param name="text">The agreement's text.</param>
    /// <param name="sourceName">The name to report in errors and to record as <see cref="Agreement.SourceName"/>.</param>
    /// <param name="options">Reader settings, or <see langword="null"/> for the defaults.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="AgreementReadException">The text is empty or too long.</exception>
    public static Agreement Parse(string text, string sourceName = "<text>", AgreementReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= AgreementReaderOptions.Default;
        if (text.Length == 0)
        {
            throw new AgreementReadException(sourceName, null, ReadProblem.Empty, "the input is empty");
        }

        if (text.Length * 2L > options.MaxInputBytes)
        {
            throw TooLarge(sourceName, text.Length * 2L, options);
        }

        return (options.Format ?? (FormatDetector.LooksLikeMarkdown(text) ? InputFormat.Markdown : InputFormat.Text)) == InputFormat.Markdown
            ? ParseMarkdown(sourceName, text, "utf-16", options)
            : AgreementParser.Parse(sourceName, text, "utf-16", options);
    }

    private static Agreement ParseMarkdown(string sourceName, string markdown, string encodingName, AgreementReaderOptions options)
    {
        var (text, layout) = MarkdownText.Extract(markdown);
        return AgreementParser.Parse(sourceName, text, encodingName, options, InputFormat.Markdown, layout);
    }

    /// <summary>Reads the file at <paramref name="path"/>, reporting failure as a value instead of an exception.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="options">Reader settings, or <see langword="null"/> for the defaults.</param>
    /// <returns>The agreement, or the error that stopped the read.</returns>
    public static ReadResult TryReadFile(string path, AgreementReaderOptions? options = null)
    {
        try
        {
            return ReadResult.ForSuccess(ReadFile(path, options));
        }
        catch (AgreementReadException e)
        {
            return ReadResult.ForFailure(e);
        }
    }

    private static (string Text, string EncodingName) HtmlFrom((string Text, string EncodingName) page) =>
        (HtmlText.Extract(page.Text), page.EncodingName);

    private static AgreementReadException TooLarge(string name, long length, AgreementReaderOptions options) =>
        new(name, null, ReadProblem.TooLarge, $"the input is {length:N0} bytes, more than the limit of {options.MaxInputBytes:N0} bytes (AgreementReaderOptions.MaxInputBytes)");
}
