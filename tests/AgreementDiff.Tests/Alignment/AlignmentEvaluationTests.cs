using System.Globalization;
using System.Text.Json;
using AgreementDiff.Alignment;
using AgreementDiff.Reading;
using AgreementDiff.Tests.Support;
using Xunit.Abstractions;

namespace AgreementDiff.Tests.Alignment;

/// <summary>Precision and recall of the aligner on the hand-labelled pairs under <c>Alignment/Evaluation</c>, per level.</summary>
/// <remarks>
/// <para>Pairs a labeller marked <c>"possible"</c> (their own doubtful calls) follow Och and Ney's sure/possible scheme: finding
/// one is not a false positive and missing one is not a false negative.</para>
/// <para>Run <c>dotnet test --filter AlignmentEvaluation --logger "console;verbosity=detailed"</c> to see the table.</para>
/// </remarks>
public sealed class AlignmentEvaluationTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Alignment", "Evaluation");

    [Fact]
    public void Aligner_meets_the_recorded_quality_on_the_labelled_seed_pairs()
    {
        var totals = Evaluate(Folder, "ALL", name => SeedCorpus.Read(name));

        // Floors at the measured quality (see the README), so a regression fails, and at least the issue's targets.
        // One wrong section link fails (weighing section phrases without straddles adds one: see Aligner.Straddles), and so does one lost.
        totals["sections"].Precision.Should().BeGreaterThanOrEqualTo(0.99);
        totals["sections"].Recall.Should().BeGreaterThanOrEqualTo(0.95);
        totals["sections"].NoCounterpartRecall.Should().BeGreaterThanOrEqualTo(0.95);
        totals["items"].Precision.Should().BeGreaterThanOrEqualTo(0.95);
        totals["items"].Recall.Should().BeGreaterThanOrEqualTo(0.90);
        totals["items"].NoCounterpartRecall.Should().BeGreaterThanOrEqualTo(0.95);
    }

    [Fact]
    public void Aligner_meets_the_recorded_quality_on_labelled_pairs_outside_the_seeds()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Alignment", "Synthetic");
        var totals = Evaluate(folder, "OUTSIDE", name => AgreementReader.ReadFile(Path.Combine(folder, name)));

        // Floors at the measured quality (see the README).
        totals["sections"].Precision.Should().BeGreaterThanOrEqualTo(0.97);
        totals["sections"].Recall.Should().BeGreaterThanOrEqualTo(0.97);
        totals["sections"].NoCounterpartRecall.Should().BeGreaterThanOrEqualTo(0.95);
        totals["items"].Precision.Should().BeGreaterThanOrEqualTo(0.97);
        totals["items"].Recall.Should().BeGreaterThanOrEqualTo(0.98);
        totals["items"].NoCounterpartRecall.Should().BeGreaterThanOrEqualTo(0.93);
    }

    /// <summary>Compares every labelled pair in the folder, prints each pair's tally and misses per level, and returns the totals.</summary>
    private Dictionary<string, Tally> Evaluate(string folder, string total, Func<string, Agreement> read)
    {
        var totals = new Dictionary<string, Tally>(StringComparer.Ordinal) { ["sections"] = new(), ["items"] = new() };
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        files.Should().HaveCountGreaterThanOrEqualTo(2);
        foreach (var file in files)
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(file));
            var root = gold.RootElement;
            var comparison = AgreementComparer.Default.Compare(read(root.GetProperty("left").GetString()!), read(root.GetProperty("right").GetString()!));
            var labelled = root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("pairs", out _))
                .SelectMany(p => p.Value.GetProperty("pairs").EnumerateArray())
                .Select(pair => (pair.GetProperty("left").GetString()!, pair.GetProperty("right").GetString()!))
                .ToHashSet();
            foreach (var level in totals.Keys)
            {
                if (root.TryGetProperty(level, out var labels))
                {
                    var tally = Score(comparison, labels, labelled);
                    output.WriteLine($"{Path.GetFileNameWithoutExtension(file)} {level}: {tally}");
                    tally.Misses.ForEach(miss => output.WriteLine($"    {miss}"));
                    totals[level].Add(tally);
                }
            }
        }

        foreach (var (level, tally) in totals)
        {
            output.WriteLine($"{total} {level}: {tally}");
        }

        return totals;
    }

    private static Tally Score(AgreementComparison comparison, JsonElement labels, HashSet<(string, string)> labelled)
    {
        var sure = new HashSet<(string, string)>();
        var possible = new HashSet<(string, string)>();
        foreach (var pair in labels.GetProperty("pairs").EnumerateArray())
        {
            var key = (pair.GetProperty("left").GetString()!, pair.GetProperty("right").GetString()!);
            possible.Add(key);
            if (!(pair.TryGetProperty("possible", out var flag) && flag.GetBoolean()))
            {
                sure.Add(key);
            }
        }

        var leftOnly = labels.GetProperty("leftOnly").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
        var rightOnly = labels.GetProperty("rightOnly").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
        var leftUnits = possible.Select(p => p.Item1).Concat(leftOnly).ToHashSet(StringComparer.Ordinal);
        var rightUnits = possible.Select(p => p.Item2).Concat(rightOnly).ToHashSet(StringComparer.Ordinal);

        // Only pairs between units of this level count (a section matched to a section, an item to an item).
        var found = comparison.Matches.Select(m => (m.Left.Path, m.Right.Path)).Where(p => leftUnits.Contains(p.Item1) && rightUnits.Contains(p.Item2)).ToHashSet();
        var all = comparison.Matches.Select(m => (m.Left.Path, m.Right.Path)).ToList();

        // A unit is reported alone at this level when the aligner gives it no counterpart among the other side's units of
        // this level: reported added or removed, or matched only at another level, and there as the labels have it (a
        // press release's lead paragraph is an item-level unit on its side, and is matched to the agreement's preamble, a
        // section, not to any item; final articles matched to a closing labelled the counterpart of their chapter). A
        // match the labels do not give, at any level, is no credit here.
        static bool Within(string path, string unit) => path == unit || path.StartsWith(unit + "/", StringComparison.Ordinal);
        bool Labelled((string Left, string Right) p) => labelled.Any(l => Within(p.Left, l.Item1) && Within(p.Right, l.Item2));
        bool OnlyElsewhere(Func<(string, string), string> end, string unit) =>
            all.Where(p => end(p) == unit).ToList() is { Count: > 0 } matches && matches.All(p => !found.Contains(p) && Labelled(p));
        var reportedRemoved = comparison.Removed.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var reportedAdded = comparison.Added.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var removed = leftUnits.Where(u => reportedRemoved.Contains(u) || OnlyElsewhere(p => p.Item1, u)).ToHashSet(StringComparer.Ordinal);
        var added = rightUnits.Where(u => reportedAdded.Contains(u) || OnlyElsewhere(p => p.Item2, u)).ToHashSet(StringComparer.Ordinal);
        var scores = comparison.Matches.GroupBy(m => (m.Left.Path, m.Right.Path)).ToDictionary(g => g.Key, g => g.First());
        var misses = sure.Where(p => !found.Contains(p)).Select(p => $"missed {p.Item1} ↔ {p.Item2}")
            .Concat(found.Where(p => !possible.Contains(p)).Select(p => $"wrong  {p.Item1} ↔ {p.Item2} ({scores[p].Score.ToString("0.00", CultureInfo.InvariantCulture)}, {scores[p].Explanation.Basis})"))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new Tally
        {
            Misses = misses,
            Found = found.Count,
            FoundCorrect = found.Count(possible.Contains),
            Sure = sure.Count,
            SureFound = sure.Count(found.Contains),
            Alone = leftOnly.Count + rightOnly.Count,
            AloneReported = removed.Count + added.Count,
            AloneCorrect = removed.Count(leftOnly.Contains) + added.Count(rightOnly.Contains),
        };
    }

    private sealed class Tally
    {
        public List<string> Misses { get; init; } = [];

        public int Found { get; set; }

        public int FoundCorrect { get; set; }

        public int Sure { get; set; }

        public int SureFound { get; set; }

        public int Alone { get; set; }

        public int AloneReported { get; set; }

        public int AloneCorrect { get; set; }

        public double Precision => Found == 0 ? 1 : (double)FoundCorrect / Found;

        public double Recall => Sure == 0 ? 1 : (double)SureFound / Sure;

        public double NoCounterpartRecall => Alone == 0 ? 1 : (double)AloneCorrect / Alone;

        public double NoCounterpartPrecision => AloneReported == 0 ? 1 : (double)AloneCorrect / AloneReported;

        public void Add(Tally other)
        {
            Found += other.Found;
            FoundCorrect += other.FoundCorrect;
            Sure += other.Sure;
            SureFound += other.SureFound;
            Alone += other.Alone;
            AloneReported += other.AloneReported;
            AloneCorrect += other.AloneCorrect;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"pairs P={Precision:0.000} ({FoundCorrect}/{Found}) R={Recall:0.000} ({SureFound}/{Sure}); no counterpart P={NoCounterpartPrecision:0.000} ({AloneCorrect}/{AloneReported}) R={NoCounterpartRecall:0.000} ({AloneCorrect}/{Alone})");
    }
}
