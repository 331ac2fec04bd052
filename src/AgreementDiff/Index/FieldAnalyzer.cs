using AgreementDiff.Analysis;
using Lucene.Net.Analysis;

namespace AgreementDiff.Index;

/// <summary>The analyzer of each field of the clause index: words for the word field, the bigram chain for the others.</summary>
/// <remarks>
/// Unlike Lucene's <c>PerFieldAnalyzerWrapper</c>, which takes its analyzers up front, this one asks the
/// <see cref="TextAnalysis"/> for the word analyzer only when the word field is analysed, so an index or a query
/// without words never creates it (nor loads SmartCn's dictionaries).
/// </remarks>
internal sealed class FieldAnalyzer(TextAnalysis analysis, string wordField, bool forQuery) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        fieldName == wordField ? analysis.WordAnalyzer
        : forQuery ? analysis.QueryAnalyzer
        : analysis.IndexAnalyzer;
}
