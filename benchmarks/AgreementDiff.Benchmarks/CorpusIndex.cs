using AgreementDiff.Index;

namespace AgreementDiff.Benchmarks;

/// <summary>On-disk indexes of the synthetic corpus, built once per size and reused by every benchmark process.</summary>
/// <remarks>
/// Building the 10,000-agreement index takes a while; each benchmark case runs in its own process, so the index is kept
/// under the temporary folder (keyed by the corpus size and a version to bump when the generator changes) and opened
/// read-only. A half-built index is never used: it is built in a scratch folder and moved into place.
/// </remarks>
internal static class CorpusIndex
{
    private const string Version = "v1";

    public static string Id(int number) => $"synthetic-{number:D5}";

    public static ClauseIndex Open(int size)
    {
        var folder = Path.Combine(Path.GetTempPath(), "agreementdiff-benchmarks", $"corpus-{Version}-{size}");
        if (!Directory.Exists(folder))
        {
            var scratch = folder + "." + Environment.ProcessId;
            using (var index = ClauseIndex.Open(scratch))
            {
                for (var k = 0; k < size; k++)
                {
                    index.Add(SyntheticCorpus.Default.Agreement(k), Id(k));
                }
            }

            File.Delete(Path.Combine(scratch, "agreementdiff-writer.lock"));
            Directory.Move(scratch, folder);
        }

        return ClauseIndex.OpenReadOnly(folder);
    }
}
