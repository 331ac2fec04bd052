namespace AgreementDiff.Reports;

/// <summary>What the text and Markdown writers share: their string form is what they write to a writer, with line feeds.</summary>
internal static class TextOutput
{
    /// <summary>Returns what <paramref name="write"/> writes.</summary>
    public static string Capture(Action<TextWriter> write)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        write(writer);
        return writer.ToString();
    }
}
