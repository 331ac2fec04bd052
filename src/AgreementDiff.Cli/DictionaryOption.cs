using System.CommandLine;
using AgreementDiff.Analysis;
using AgreementDiff.Dictionaries.CcCedict;

namespace AgreementDiff.Cli;

/// <summary><c>--dictionary cc-cedict|none|FILE</c>: the Chinese → English table that lets an English document be compared with a Chinese one.</summary>
/// <remarks>Read only when two documents in different languages are compared: a comparison in one language loads nothing.</remarks>
internal static class DictionaryOption
{
    public const string Default = "cc-cedict";

    public static Option<string> Create() => new("--dictionary")
    {
        Description = "The Chinese-English table for comparing an English document with a Chinese one: cc-cedict (built in, CC BY-SA 4.0), none, or a table file.",
        DefaultValueFactory = _ => Default,
    };

    /// <summary>The lexicon the option names, or <see langword="null"/> for <c>none</c> or when every document is in one language.</summary>
    /// <exception cref="LexiconFormatException">The named file is not a table.</exception>
    public static BilingualLexicon? Read(string? value, IEnumerable<Agreement> documents)
    {
        if (value is null or "none" || documents.Select(d => d.Metadata.Language).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return null;
        }

        if (value == Default)
        {
            return CcCedict.Lexicon;
        }

        return File.Exists(value) ? BilingualLexicon.LoadFile(value) : throw new CliUsageException($"--dictionary: no such file '{value}' (cc-cedict, none or a table file)");
    }
}
