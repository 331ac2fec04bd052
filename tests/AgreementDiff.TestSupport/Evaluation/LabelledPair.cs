using System.Text.Json;
using AgreementDiff.Reading;

namespace AgreementDiff.Tests.Support.Evaluation;

/// <summary>A link a labeller drew between a unit of the left document and one of the right, by address.</summary>
/// <param name="Left">The left unit's path (or an address that names one clause, such as <c>第十二条</c>).</param>
/// <param name="Right">The right unit's path or address.</param>
/// <param name="Possible">Whether the labeller marked the link as a doubtful call (sure/possible, as in Och and Ney's alignment error rate).</param>
public sealed record LabelledLink(string Left, string Right, bool Possible);

/// <summary>One level of a labelled pair (sections, items, chapters, articles): its links and the units with no counterpart.</summary>
/// <param name="Name">The level's name as the label file gives it.</param>
/// <param name="Links">The labelled links.</param>
/// <param name="LeftOnly">Left units with no counterpart.</param>
/// <param name="RightOnly">Right units with no counterpart.</param>
public sealed record LabelledLevel(string Name, IReadOnlyList<LabelledLink> Links, IReadOnlyList<string> LeftOnly, IReadOnlyList<string> RightOnly);

/// <summary>Two documents and the alignment a labeller wrote for them without seeing any aligner's output.</summary>
public sealed class LabelledPair
{
    private readonly Func<string, Agreement> _read;
    private (Agreement Left, Agreement Right)? _documents;
    private IReadOnlyList<LabelledLevel>? _resolved;

    private LabelledPair(string set, string name, string leftName, string rightName, IReadOnlyList<LabelledLevel> levels, Func<string, Agreement> read)
    {
        (Set, Name, LeftName, RightName, Levels, _read) = (set, name, leftName, rightName, levels, read);
    }

    /// <summary>Gets the name of the set the pair belongs to (seeds, outside, laws).</summary>
    public string Set { get; }

    /// <summary>Gets the pair's name: its label file's name without extension.</summary>
    public string Name { get; }

    /// <summary>Gets the name of the left (earlier) document as the label file gives it.</summary>
    public string LeftName { get; }

    /// <summary>Gets the name of the right (later) document.</summary>
    public string RightName { get; }

    /// <summary>Gets the labelled levels as written (addresses not yet resolved).</summary>
    public IReadOnlyList<LabelledLevel> Levels { get; }

    /// <summary>Gets the two documents, read once.</summary>
    public (Agreement Left, Agreement Right) Documents => _documents ??= (_read(LeftName), _read(RightName));

    /// <summary>Gets the levels with every address resolved to the path of the one clause it names.</summary>
    /// <exception cref="InvalidOperationException">A label names no clause, or several.</exception>
    public IReadOnlyList<LabelledLevel> Resolved => _resolved ??= Resolve();

    /// <summary>Reads a label file; <paramref name="read"/> reads a document by the name the file gives.</summary>
    public static LabelledPair Load(string set, string file, Func<string, Agreement> read)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var root = document.RootElement;
        var levels = root.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("pairs", out _))
            .Select(p => new LabelledLevel(
                p.Name,
                [.. p.Value.GetProperty("pairs").EnumerateArray().Select(l => new LabelledLink(
                    l.GetProperty("left").GetString()!,
                    l.GetProperty("right").GetString()!,
                    l.TryGetProperty("possible", out var possible) && possible.GetBoolean()))],
                [.. Strings(p.Value, "leftOnly")],
                [.. Strings(p.Value, "rightOnly")]))
            .ToList();
        return new LabelledPair(set, Path.GetFileNameWithoutExtension(file), root.GetProperty("left").GetString()!, root.GetProperty("right").GetString()!, levels, read);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Set}/{Name}";

    private static IEnumerable<string> Strings(JsonElement level, string name) =>
        level.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(e => e.GetString()!) : [];

    private List<LabelledLevel> Resolve()
    {
        var (left, right) = Documents;
        return [.. Levels.Select(level => level with
        {
            Links = [.. level.Links.Select(l => l with { Left = PathOf(left, l.Left), Right = PathOf(right, l.Right) })],
            LeftOnly = [.. level.LeftOnly.Select(a => PathOf(left, a))],
            RightOnly = [.. level.RightOnly.Select(a => PathOf(right, a))],
        })];
    }

    private string PathOf(Agreement agreement, string address)
    {
        if (agreement.AllClauses().Any(c => c.Path == address))
        {
            return address;
        }

        return agreement.TryGet(address, out var clause)
            ? clause.Path
            : throw new InvalidOperationException($"{this}: the label '{address}' names {agreement.Find(address).Count} clauses of {agreement.SourceName}, not one.");
    }
}

/// <summary>The labelled evaluation sets of the repository, read from its source folders.</summary>
public static class EvaluationSets
{
    private static readonly Lazy<IReadOnlyList<LabelledPair>> SeedPairs = new(() => LoadFolder("seeds", Folder("Evaluation"), SeedCorpus.Read));
    private static readonly Lazy<IReadOnlyList<LabelledPair>> OutsidePairs = new(() => LoadFolder("outside", Folder("Synthetic"), ReadIn(Folder("Synthetic"))));
    private static readonly Lazy<IReadOnlyList<LabelledPair>> LawPairs = new(() => LoadFolder("laws", Folder("Laws"), name => AgreementReader.ReadFile(Path.Combine(Folder("Laws"), name + ".md"))));
    private static readonly Lazy<IReadOnlyList<LabelledPair>> CrossLingualPairs = new(() => LoadFolder("crosslingual", Folder("CrossLingual"), ReadAnywhere));

    /// <summary>Gets the labelled pairs of seeds (Alignment/Evaluation).</summary>
    public static IReadOnlyList<LabelledPair> Seeds => SeedPairs.Value;

    /// <summary>Gets the labelled pairs of agreements written outside the seeds (Alignment/Synthetic).</summary>
    public static IReadOnlyList<LabelledPair> Outside => OutsidePairs.Value;

    /// <summary>Gets the labelled revision pairs of real Chinese laws and regulations (Alignment/Laws).</summary>
    public static IReadOnlyList<LabelledPair> Laws => LawPairs.Value;

    /// <summary>Gets the labelled pairs of an English and a Chinese document (Alignment/CrossLingual): a press release against its agreement, a text against its translation.</summary>
    public static IReadOnlyList<LabelledPair> CrossLingual => CrossLingualPairs.Value;

    /// <summary>Gets every labelled pair of two documents in one language: seeds, outside, laws.</summary>
    public static IReadOnlyList<LabelledPair> All => [.. Seeds, .. Outside, .. Laws];

    /// <summary>Gets the set with the given name.</summary>
    public static IReadOnlyList<LabelledPair> Named(string name) => name switch
    {
        "seeds" => Seeds,
        "outside" => Outside,
        "laws" => Laws,
        "crosslingual" => CrossLingual,
        "all" => All,
        _ => throw new ArgumentException($"No evaluation set is called '{name}'.", nameof(name)),
    };

    private static string Folder(string name) => Path.Combine(SeedCorpus.RepositoryRoot, "tests", "AgreementDiff.Tests", "Alignment", name);

    private static Func<string, Agreement> ReadIn(string folder) => name => AgreementReader.ReadFile(Path.Combine(folder, name));

    /// <summary>Reads a document named without extension from the cross-lingual folder, the outside set's folder or the seeds.</summary>
    private static Agreement ReadAnywhere(string name)
    {
        foreach (var folder in new[] { Folder("CrossLingual"), Folder("Synthetic") })
        {
            if (File.Exists(Path.Combine(folder, name + ".txt")))
            {
                return AgreementReader.ReadFile(Path.Combine(folder, name + ".txt"));
            }
        }

        return SeedCorpus.Read(name);
    }

    private static List<LabelledPair> LoadFolder(string set, string folder, Func<string, Agreement> read) =>
        [.. Directory.GetFiles(folder, "*.json").Where(f => Path.GetFileName(f).Contains("__", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(f => LabelledPair.Load(set, f, read))];
}
