using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AgreementDiff.Alignment.Scoring;

/// <summary>The fitted models the aligner scores with: content and ordered pair scores, joins, groups.</summary>
/// <remarks>
/// Read from <c>weights.bigrams.json</c> (and the files of the other <see cref="AlignmentTerms"/>), embedded in the assembly and written by <c>tools/WeightFitter</c> from the labelled
/// evaluation sets (the fit is reproducible: the same labels give the same file). Immutable and thread safe.
/// </remarks>
internal sealed class ScoringModels
{
    private static readonly Dictionary<AlignmentTerms, Lazy<ScoringModels>> Embedded = Enum.GetValues<AlignmentTerms>()
        .ToDictionary(terms => terms, terms => new Lazy<ScoringModels>(() => Load(FileName(terms))));

    private static readonly Lazy<ScoringModels> EmbeddedCrossLingual = new(() => Load(FileName(AlignmentTerms.Bigrams, crossLingual: true)));

    public ScoringModels(LogisticModel content, LogisticModel ordered, LogisticModel join, LogisticModel group, IReadOnlyList<string> fittedOn)
    {
        (Content, Ordered, Join, Group, FittedOn) = (content, ordered, join, group, fittedOn);
    }

    /// <summary>Gets the models committed with the library for the default terms (bigrams).</summary>
    public static ScoringModels Default => For(AlignmentTerms.Bigrams);

    /// <summary>Gets the models committed with the library for clauses compared by <paramref name="terms"/>: each set of terms has its own fit, since the features' values differ.</summary>
    /// <remarks>Two documents in different languages are compared by the lexicon's English terms, whatever <paramref name="terms"/> asks: they have a fit of their own, on the labelled pairs across languages.</remarks>
    public static ScoringModels For(AlignmentTerms terms, bool crossLingual = false) => crossLingual ? EmbeddedCrossLingual.Value : Embedded[terms].Value;

    /// <summary>The name of the weights file of the given terms, in Alignment/Scoring.</summary>
    public static string FileName(AlignmentTerms terms, bool crossLingual = false) => crossLingual ? "weights.crosslingual.json" : $"weights.{terms.ToString().ToLowerInvariant()}.json";

    /// <summary>Gets the first-stage pair model, over the content features.</summary>
    public LogisticModel Content { get; }

    /// <summary>Gets the second-stage pair model, over the content and order features.</summary>
    public LogisticModel Ordered { get; }

    /// <summary>Gets the model that decides whether a clause left over joins a taken counterpart (a split or merge).</summary>
    public LogisticModel Join { get; }

    /// <summary>Gets the model of group pairs (chapters, parts).</summary>
    public LogisticModel Group { get; }

    /// <summary>Gets the labelled pairs the models were fitted on.</summary>
    public IReadOnlyList<string> FittedOn { get; }

    private static ScoringModels Load(string file)
    {
        var name = "AgreementDiff.Alignment.Scoring." + file;
        using var stream = typeof(ScoringModels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var models = Parse(reader.ReadToEnd());
        return models.MatchesFeatures() ? models : throw new InvalidOperationException($"The embedded {file} does not match the features the aligner computes; run tools/WeightFitter.");
    }

    /// <summary>Reads models from the JSON of a weights file.</summary>
    public static ScoringModels Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var models = root.GetProperty("models").EnumerateArray().Select(m => new LogisticModel(
            m.GetProperty("name").GetString()!,
            [.. m.GetProperty("features").EnumerateArray().Select(f => f.GetString()!)],
            [.. m.GetProperty("weights").EnumerateArray().Select(w => w.GetDouble())],
            m.GetProperty("intercept").GetDouble())).ToDictionary(m => m.Name, StringComparer.Ordinal);
        var fitted = root.TryGetProperty("fittedOn", out var names) ? names.EnumerateArray().Select(n => n.GetString()!).ToList() : [];
        return new ScoringModels(models["content"], models["ordered"], models["join"], models["group"], fitted);
    }

    /// <summary>Whether each model reads the features the code computes, by name and in order: weights fitted before a feature was added or renamed are stale.</summary>
    public bool MatchesFeatures() =>
        Content.Features.SequenceEqual(Features.PairFeatures.Names.Take(Features.PairFeatures.ContentCount))
        && Ordered.Features.SequenceEqual(Features.PairFeatures.Names)
        && Join.Features.SequenceEqual(Passes.JoinPass.FeatureNames)
        && Group.Features.SequenceEqual(Passes.GroupPass.FeatureNames);

    /// <summary>Writes the models as the JSON of a weights file, numbers rounded to 6 decimals so the file is stable.</summary>
    public string ToJson(string comment)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("comment", comment);
            writer.WriteStartArray("fittedOn");
            FittedOn.ToList().ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteStartArray("models");
            foreach (var model in new[] { Content, Ordered, Join, Group })
            {
                writer.WriteStartObject();
                writer.WriteString("name", model.Name);
                writer.WriteStartArray("features");
                model.Features.ToList().ForEach(writer.WriteStringValue);
                writer.WriteEndArray();
                writer.WriteStartArray("weights");
                foreach (var weight in model.Weights)
                {
                    writer.WriteRawValue(Round(weight));
                }

                writer.WriteEndArray();
                writer.WritePropertyName("intercept");
                writer.WriteRawValue(Round(model.Intercept));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Round(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
