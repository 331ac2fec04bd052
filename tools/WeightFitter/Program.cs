using System.Diagnostics;
using System.Globalization;
using AgreementDiff.Alignment;
using AgreementDiff.Alignment.Features;
using AgreementDiff.Alignment.Model;
using AgreementDiff.Alignment.Passes;
using AgreementDiff.Alignment.Scoring;
using AgreementDiff.Reading;
using AgreementDiff.Tests.Support;
using AgreementDiff.Tests.Support.Evaluation;

// Fits the aligner's models on every labelled pair (seeds, outside, laws), once for each kind of terms, and writes the
// weights the library embeds (src/AgreementDiff/Alignment/Scoring/weights.<terms>.json); prints the figures per pair.
//
//   dotnet run -c Release --project tools/WeightFitter                   # fit all three, write them, print in-sample figures
//   dotnet run -c Release --project tools/WeightFitter -- --lopo         # also leave one pair out (about a minute a kind)
//   dotnet run -c Release --project tools/WeightFitter -- --check        # fit and compare with the committed files; exit 1 if one differs
//   dotnet run -c Release --project tools/WeightFitter -- --terms Both   # one kind only
//   dotnet run -c Release --project tools/WeightFitter -- --crosslingual # only the fit across languages (weights.crosslingual.json,
//                                                                           on the English/Chinese pairs, with CC-CEDICT)
// For development: --threshold T, --param Name=Value, --no Pass try other settings without writing anything;
// --explain NAME prints why each miss of the labelled pairs named NAME was missed; --joins LEFT RIGHT prints every join
// weighed between two files; --dump DIR writes the examples as CSV.
var options = Options(args);
var folder = Path.Combine(SeedCorpus.RepositoryRoot, "src", "AgreementDiff", "Alignment", "Scoring");
var pairs = EvaluationSets.All;
var only = Value(args, "--terms") is { } named ? Enum.Parse<AlignmentTerms>(named) : (AlignmentTerms?)null;
var crossLingualOnly = args.Contains("--crosslingual");

// Each fit: its labelled pairs, its settings, its file. Documents in two languages are compared by the lexicon's English terms
// and have a fit of their own on the pairs across languages.
List<(string Name, IReadOnlyList<LabelledPair> Pairs, ComparisonOptions Settings, string File)> fits = crossLingualOnly ? [] :
    [.. (only is { } one ? [one] : new[] { AlignmentTerms.Bigrams, AlignmentTerms.Words, AlignmentTerms.Both })
        .Select(terms => (terms.ToString(), pairs, options with { Terms = terms }, ScoringModels.FileName(terms)))];
if (only is null)
{
    fits.Add(("CrossLingual", EvaluationSets.CrossLingual, options with { Lexicon = AgreementDiff.Dictionaries.CcCedict.CcCedict.Lexicon }, ScoringModels.FileName(AlignmentTerms.Bigrams, crossLingual: true)));
}

if (Value(args, "--explain") is { } explain)
{
    foreach (var pair in pairs.Concat(EvaluationSets.CrossLingual).Where(p => p.Name.Contains(explain, StringComparison.Ordinal)))
    {
        Console.WriteLine($"# {pair}");
        var across = pair.Set == "crosslingual";
        var settings = across ? options with { Lexicon = AgreementDiff.Dictionaries.CcCedict.CcCedict.Lexicon } : options;
        MissExplainer.Explain(pair, ScoringModels.For(options.Terms, across), settings).ToList().ForEach(Console.WriteLine);
    }

    return 0;
}

if (Value(args, "--joins") is { } joinsLeft)
{
    var at = Array.IndexOf(args, "--joins");
    AlignmentPipeline.Default.Run(AgreementReader.ReadFile(joinsLeft), AgreementReader.ReadFile(args[at + 2]), null, null, options, ScoringModels.For(options.Terms), new JoinPrinter(ScoringModels.For(options.Terms)));
    return 0;
}

var status = 0;
foreach (var (name, fitPairs, settings, fileName) in fits)
{
    var clock = Stopwatch.StartNew();
    var models = WeightFitting.Fit(fitPairs, settings);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {name}: fitted on {fitPairs.Count} labelled pairs in {clock.Elapsed.TotalSeconds:0.0} s"));
    if (Value(args, "--dump") is { } dump)
    {
        Dump(dump, WeightFitting.Collect(fitPairs, models, settings));
        continue;
    }

    var file = Path.Combine(folder, fileName);
    var what = settings.Lexicon is null
        ? $"clauses compared by {settings.Terms.ToString().ToLowerInvariant()}, on the {fitPairs.Count} labelled pairs of tests/AgreementDiff.Tests/Alignment (seeds, outside, laws)"
        : $"an English document against a Chinese one, compared by CC-CEDICT's English terms, on the {fitPairs.Count} labelled pairs of tests/AgreementDiff.Tests/Alignment/CrossLingual";
    var json = models.ToJson($"Fitted by tools/WeightFitter for {what}: {WeightFitting.Rounds} rounds of collect and refit, L2 penalty {WeightFitting.Penalty}. Do not edit by hand.");
    if (args.Contains("--check"))
    {
        var same = File.Exists(file) && File.ReadAllText(file) == json;
        Console.WriteLine(same ? $"{file} is what the labels give" : $"{file} differs from what the labels give");
        status |= same ? 0 : 1;
        continue;
    }

    var experiment = settings with { Terms = AlignmentTerms.Bigrams, Lexicon = null } != ComparisonOptions.Default;
    if (!experiment)
    {
        File.WriteAllText(file, json);
        Console.WriteLine($"wrote {file}");
    }

    Print("in sample", AlignmentEvaluation.Run(fitPairs, (l, r) => AlignmentPipeline.Default.Run(l, r, null, null, settings, models)), perPair: name is "Bigrams" or "CrossLingual" || only is not null);
    if (args.Contains("--lopo"))
    {
        clock.Restart();
        Print("leave one pair out", WeightFitting.LeaveOnePairOut(fitPairs, settings), perPair: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({clock.Elapsed.TotalSeconds:0} s)"));
    }
}

return status;

static string? Value(string[] args, string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

// --threshold T and --param Name=Value (an AlignmentParameters property) try other settings; --no Pass switches a pass off.
static ComparisonOptions Options(string[] args)
{
    var options = ComparisonOptions.Default;
    var parameters = AlignmentParameters.Default;
    for (var i = 0; i + 1 < args.Length; i++)
    {
        switch (args[i])
        {
            case "--threshold":
                options = options with { Threshold = double.Parse(args[i + 1], CultureInfo.InvariantCulture) };
                break;
            case "--no":
                options = options with { Passes = options.Passes & ~Enum.Parse<AlignmentPasses>(args[i + 1]) };
                break;
            case "--terms":
                options = options with { Terms = Enum.Parse<AlignmentTerms>(args[i + 1]) };
                break;
            case "--param":
                var (name, value) = (args[i + 1].Split('=')[0], args[i + 1].Split('=')[1]);
                var property = typeof(AlignmentParameters).GetProperty(name) ?? throw new ArgumentException($"No parameter {name}.");
                parameters = parameters with { };
                property.SetValue(parameters, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
                break;
        }
    }

    return parameters == AlignmentParameters.Default ? options : options with { Parameters = parameters };
}

static void Dump(string folder, Dictionary<LabelledPair, WeightFitting.Examples> collected)
{
    Directory.CreateDirectory(folder);
    Write(Path.Combine(folder, "pairs.csv"), PairFeatures.Names, collected.SelectMany(c => c.Value.Pairs.Select(e => (c.Key.ToString(), e))));
    Write(Path.Combine(folder, "joins.csv"), JoinPass.FeatureNames, collected.SelectMany(c => c.Value.Joins.Select(e => (c.Key.ToString(), e))));
    Write(Path.Combine(folder, "groups.csv"), GroupPass.FeatureNames, collected.SelectMany(c => c.Value.Groups.Select(e => (c.Key.ToString(), e))));

    static void Write(string path, IReadOnlyList<string> names, IEnumerable<(string Pair, (double[] X, bool Y, double Weight) Example)> rows)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("pair,label," + string.Join(',', names));
        foreach (var (pair, (x, y, _)) in rows)
        {
            writer.WriteLine($"{pair},{(y ? 1 : 0)}," + string.Join(',', x.Take(names.Count).Select(v => v.ToString("0.####", CultureInfo.InvariantCulture))));
        }
    }
}

static void Print(string title, IReadOnlyList<(LabelledPair Pair, string Level, Tally Tally)> results, bool perPair)
{
    Console.WriteLine($"## {title}");
    if (perPair)
    {
        foreach (var (pair, level, tally) in results)
        {
            Console.WriteLine($"{pair} {level}: {tally}");
        }
    }

    var f1 = new List<double>();
    foreach (var set in results.GroupBy(r => r.Pair.Set))
    {
        foreach (var (level, tally) in AlignmentEvaluation.Totals(set))
        {
            Console.WriteLine($"{set.Key.ToUpperInvariant()} {level}: {tally}");
            if (tally.Sure > 0)
            {
                f1.Add(2 * tally.Precision * tally.Recall / (tally.Precision + tally.Recall));
                f1.Add(2 * tally.NoCounterpartPrecision * tally.NoCounterpartRecall / Math.Max(1e-9, tally.NoCounterpartPrecision + tally.NoCounterpartRecall));
            }
        }
    }

    // One number to compare settings by: the mean F1 of links and of clauses with no counterpart, over the sets' levels.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MEAN F1 {f1.Average():0.0000}"));
}

/// <summary>Prints each join the pipeline weighs.</summary>
internal sealed class JoinPrinter(ScoringModels models) : IAlignmentObserver
{
    public void Scored(LevelState level)
    {
    }

    public void JoinConsidered(AlignmentNode left, AlignmentNode right, double[] features) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{left.Clause.Path} ↔ {right.Clause.Path}: {models.Join.Score(features):0.000} ")
            + string.Join(' ', JoinPass.FeatureNames.Select((n, i) => string.Create(CultureInfo.InvariantCulture, $"{n}={features[i]:0.##}"))));

    public void GroupConsidered(AlignmentNode left, AlignmentNode right, double[] features)
    {
    }
}
