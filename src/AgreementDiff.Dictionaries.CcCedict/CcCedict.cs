using AgreementDiff.Analysis;

namespace AgreementDiff.Dictionaries.CcCedict;

/// <summary>The Chinese → English term table generated from CC-CEDICT (CC BY-SA 4.0), for comparing English documents with Chinese ones.</summary>
/// <remarks>
/// Pass <see cref="Lexicon"/> as <c>ComparisonOptions.Lexicon</c>. The table (about 107,000 words) is read on first use,
/// once per process, and shared; it is thread safe.
/// </remarks>
public static class CcCedict
{
    private const string Resource = "AgreementDiff.Dictionaries.CcCedict.cedict-en.tsv";

    private static readonly Lazy<BilingualLexicon> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the table, read on first use.</summary>
    public static BilingualLexicon Lexicon => Table.Value;

    /// <summary>Reads a new copy of the table from the assembly (what <see cref="Lexicon"/> does once): for measuring the cost of loading it.</summary>
    /// <returns>The table.</returns>
    public static BilingualLexicon Load()
    {
        using var stream = typeof(CcCedict).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The resource {Resource} is missing from the assembly.");
        return BilingualLexicon.Load(stream, "CC-CEDICT");
    }
}
