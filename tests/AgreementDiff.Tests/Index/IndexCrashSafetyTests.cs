using System.Diagnostics;
using AgreementDiff.Index;
using AgreementDiff.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace AgreementDiff.Tests.Index;

/// <summary>An on-disk index survives the process that writes it being killed mid-way, and searches during adds raise nothing.</summary>
public sealed class IndexCrashSafetyTests : IDisposable
{
    private const int Files = 80;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "agreementdiff-crash-" + Guid.NewGuid().ToString("N"));

    public IndexCrashSafetyTests() => System.IO.Directory.CreateDirectory(_folder);

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Killing_the_indexing_process_leaves_the_index_at_its_last_commit_and_re_adding_completes()
    {
        var (files, clauses) = WriteAgreements();
        var index = Path.Combine(_folder, "index");

        using (var host = StartIndexing(index, files))
        {
            var searches = SearchUntil(index, () => host.HasExited || AgreementCount(index) >= 10, TimeSpan.FromMinutes(2));
            host.HasExited.Should().BeFalse("the host is killed mid-way, not after it finished");
            host.Kill(entireProcessTree: true);
            host.WaitForExit();
            searches.Should().BePositive();
        }

        CheckIndexIsClean(index);
        using (var reopened = ClauseIndex.OpenReadOnly(index))
        {
            var ids = reopened.AgreementIds;
            ids.Count.Should().BeInRange(10, Files - 1);
            reopened.ClauseCount.Should().Be(ids.Sum(id => clauses[id]), "every agreement in the index is whole");
            reopened.Search("合作").Should().NotBeEmpty();
        }

        using (var again = StartIndexing(index, files))
        {
            again.WaitForExit();
            again.ExitCode.Should().Be(0, again.StandardError.ReadToEnd());
        }

        CheckIndexIsClean(index);
        using var complete = ClauseIndex.OpenReadOnly(index);
        complete.AgreementIds.Should().HaveCount(Files);
        complete.ClauseCount.Should().Be(clauses.Values.Sum());
    }

    private (List<string> Files, Dictionary<string, int> Clauses) WriteAgreements()
    {
        var files = new List<string>();
        var clauses = new Dictionary<string, int>();
        for (var i = 0; i < Files; i++)
        {
            var seed = SeedCorpus.Ids[i % SeedCorpus.Ids.Count];
            var path = Path.Combine(_folder, $"agreement-{i:D3}.txt");
            File.Copy(SeedCorpus.PathOf(seed), path);
            files.Add(path);
            clauses[Path.GetFileNameWithoutExtension(path)] = SeedCorpus.Read(seed).AllClauses().Count();
        }

        return (files, clauses);
    }

    private static Process StartIndexing(string index, IEnumerable<string> files)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in files.Prepend(index).Prepend("index").Prepend(Path.Combine(AppContext.BaseDirectory, "agreement-diff.dll")))
        {
            psi.ArgumentList.Add(arg);
        }

        return Process.Start(psi)!;
    }

    /// <summary>Searches the index read-only, as another process would, until <paramref name="done"/>; returns the searches made.</summary>
    private static int SearchUntil(string index, Func<bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var searches = 0;
        while (!done() && clock.Elapsed < limit)
        {
            if (HasCommit(index))
            {
                using var reader = ClauseIndex.OpenReadOnly(index);
                reader.Search("合作 AND 交流");
                searches++;
            }

            Thread.Sleep(10);
        }

        return searches;
    }

    private static int AgreementCount(string index)
    {
        if (!HasCommit(index))
        {
            return 0;
        }

        using var reader = ClauseIndex.OpenReadOnly(index);
        return reader.AgreementIds.Count;
    }

    private static bool HasCommit(string index) => System.IO.Directory.Exists(index) && System.IO.Directory.EnumerateFiles(index, "segments_*").Any();

    private static void CheckIndexIsClean(string index)
    {
        using var directory = FSDirectory.Open(index);
        var status = new CheckIndex(directory).DoCheckIndex();
        status.Clean.Should().BeTrue("Lucene's CheckIndex finds nothing wrong");
        status.MissingSegments.Should().BeFalse();
    }
}
