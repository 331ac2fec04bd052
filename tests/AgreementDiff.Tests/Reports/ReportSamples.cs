using AgreementDiff.Alignment;
using AgreementDiff.Corpus;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Reports;

/// <summary>The comparisons and the matrix the report tests read, each computed once.</summary>
internal static class ReportSamples
{
    private static readonly Lazy<AgreementComparison> RenewalValue = new(() =>
        AgreementComparer.Default.Compare(SeedCorpus.Read(Seed.ZhejiangAgreement), SeedCorpus.Read(Seed.ZhejiangMemorandum)));

    private static readonly Lazy<AgreementComparison> AviationValue = new(() =>
        AgreementComparer.Default.CompareClauses(SeedCorpus.Read(Seed.ZhejiangAgreement)["(四)"], SeedCorpus.Read(Seed.ZhejiangMemorandum)["四"]));

    private static readonly Lazy<TopicMatrix> ZhejiangMatrixValue = new(() =>
        TopicMatrix.Build([SeedCorpus.Read(Seed.ZhejiangAgreement), SeedCorpus.Read(Seed.ZhejiangMemorandum)]));

    /// <summary>Gets the 2023 Zhejiang agreement against the 2025 memorandum that renews it.</summary>
    public static AgreementComparison Renewal => RenewalValue.Value;

    /// <summary>Gets their aviation sections, (四) against 四.</summary>
    public static AgreementComparison Aviation => AviationValue.Value;

    /// <summary>Gets the topics of the two.</summary>
    public static TopicMatrix ZhejiangMatrix => ZhejiangMatrixValue.Value;
}
