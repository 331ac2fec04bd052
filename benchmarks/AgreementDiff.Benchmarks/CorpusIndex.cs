using AgreementDiff.Index;

namespace AgreementDiff.Benchmarks;

/// <summary>On-disk indexes of the synthetic corpus, built once per size and reused by every benchmark process.</summary>
/// <remarks>
/// Building the 10,000-agreement index takes a while; each benchmark case runs in its own process, so the index is kept
/// under the temporary folder (keyed by the corpus size, the fields and a version to bump when the generator or the index
/// format changes) and opened read-only. A half-built index is never used: it is built in a scratch folder and moved into
/// place.
/// </remarks>
internal static class CorpusIndex
{
#if AGREEMENTDIFF_BASELINE
    /// <summary>v2: the word field (index format 2), as a baseline of an earlier commit reads it.</summary>
    private const string Version = "v2";
#else
    /// <summary>v3: the agreements' texts stored (index format 3, which a library of format 2 refuses to open).</summary>
    private const string Version = "v3";
#endif

    /// <summary>Agreements added per commit while building: one commit each would take most of the time at 10,000.</summary>
    private const int Batch = 500;

    public static string Id(int number) => $"synthetic-{number:D5}";

    /// <summary>The folder of the on-disk index of the first <paramref name="size"/> synthetic agreements.</summary>
    public static string Folder(int size, bool words) =>
        Path.Combine(Path.GetTempPath(), "agreementdiff-benchmarks", $"corpus-{Version}-{size}{(words ? string.Empty : "-bigrams")}");

    /// <summary>Opens the on-disk index of the first <paramref name="size"/> synthetic agreements, with or without the word field.</summary>
    public static ClauseIndex Open(int size, bool words)
    {
        var folder = Folder(size, words);
        if (!Directory.Exists(folder))
        {
            var scratch = folder + "." + Environment.ProcessId;
            using (var index = Create(scratch, words))
            {
                for (var k = 0; k < size; k += Batch)
                {
                    index.AddRange([.. Enumerable.Range(k, Math.Min(Batch, size - k)).Select(n => (SyntheticCorpus.Default.Agreement(n), (string?)Id(n)))]);
                }
            }

            File.Delete(Path.Combine(scratch, "agreementdiff-writer.lock"));
            Directory.Move(scratch, folder);
        }

#if AGREEMENTDIFF_BASELINE
        return ClauseIndex.OpenReadOnly(folder);
#else
        return ClauseIndex.OpenReadOnly(folder, new ClauseIndexOptions { Words = words });
#endif
    }

    /// <summary>Creates an empty index in memory, with or without the word field.</summary>
    /// <remarks>A baseline build (<see cref="BaselineConfig"/>) compiles against a library that may predate the word field, which
    /// it then cannot ask for; only <c>AlignmentBenchmarks</c> runs against a baseline.</remarks>
    public static ClauseIndex InMemory(bool words)
    {
#if AGREEMENTDIFF_BASELINE
        _ = words;
        return new ClauseIndex();
#else
        return new ClauseIndex(new ClauseIndexOptions { Words = words });
#endif
    }

    private static ClauseIndex Create(string folder, bool words)
    {
#if AGREEMENTDIFF_BASELINE
        _ = words;
        return ClauseIndex.Open(folder);
#else
        return ClauseIndex.Open(folder, new ClauseIndexOptions { Words = words });
#endif
    }
}
