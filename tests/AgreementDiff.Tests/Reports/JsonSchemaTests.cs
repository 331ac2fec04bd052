using AgreementDiff.Alignment;
using AgreementDiff.Reading;
using AgreementDiff.Reports;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementDiff.Tests.Support;
using Json.Schema;

namespace AgreementDiff.Tests.Reports;

/// <summary>
/// The JSON contract is docs/schema/*.schema.json: real output of the writers must validate against it, and
/// (checked here, not in the published files, which let consumers expect more fields later) the writers may
/// not emit a property the schema does not document. JsonSchema.Net (MIT) evaluates the output as a <see cref="JsonElement"/>,
/// formats (<c>date</c>) included.
/// </summary>
public class JsonSchemaTests
{
    private static readonly Lazy<JsonSchema> OutlineSchema = new(() => LoadStrict("outline"));
    private static readonly Lazy<JsonSchema> CompareSchema = new(() => LoadStrict("compare"));

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static TheoryData<string, string> SeedPairs => new()
    {
        { Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum },
        { Seed.JiangsuAgreement, Seed.ZhejiangAgreement },
        { Seed.ZhejiangAgreement, Seed.ZhejiangPressRelease },
        { Seed.JiangsuPressReleaseEnglish, Seed.JiangsuAgreement },
    };

    [Theory]
    [MemberData(nameof(SeedCorpus.All), MemberType = typeof(SeedCorpus))]
    public void The_outline_of_every_seed_matches_the_outline_schema(string id)
    {
        ErrorsOf(OutlineJsonWriter.ToJson(SeedCorpus.Read(id)), OutlineSchema.Value).Should().BeEmpty();
    }

    [Fact]
    public void An_outline_with_warnings_and_an_unnumbered_body_matches_the_outline_schema()
    {
        var skipped = AgreementReader.Parse("合作協議\n一、總則\n雙方同意合作。\n三、附則\n本協議自簽署之日起生效。\n", "skipped.txt");
        var unnumbered = AgreementReader.Parse("A note with no numbering at all.\nIt runs on for a second line.\n", "note.txt");
        skipped.Diagnostics.Should().NotBeEmpty("the schema's diagnostics must be exercised");
        unnumbered.Clauses.Should().ContainSingle(c => c.Kind == ClauseKind.Body);

        ErrorsOf(OutlineJsonWriter.ToJson(skipped), OutlineSchema.Value).Should().BeEmpty();
        ErrorsOf(OutlineJsonWriter.ToJson(unnumbered), OutlineSchema.Value).Should().BeEmpty();
    }

    [Fact]
    public void An_outline_with_every_english_numbering_style_matches_the_outline_schema()
    {
        const string text = "Co-operation Agreement\nThe parties agree as follows:\n"
            + "I. Scope\nArticle 1 Objectives\n1. Finance\n(a) Banking\n(i) One.\n(ii) Two.\n(b) Trade\ni. One.\nii. Two.\n"
            + "2. Areas\n2.1 Finance\n2.1.1 Listing.\n(A) Insurance\na) One.\nb) Two.\n(I) Culture\n(II) Tourism\n";
        var agreement = AgreementReader.Parse(text, "english.txt");
        agreement.AllClauses().Select(c => c.Style).Distinct().Should().Contain(
            [NumberingStyle.Roman, NumberingStyle.RomanParenthesized, NumberingStyle.LowerRoman, NumberingStyle.Decimal, NumberingStyle.UpperLatinParenthesized, NumberingStyle.Latin, NumberingStyle.UpperRomanParenthesized]);

        ErrorsOf(OutlineJsonWriter.ToJson(agreement), OutlineSchema.Value).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(SeedPairs))]
    public void The_comparison_of_two_seeds_matches_the_compare_schema(string left, string right)
    {
        var comparison = AgreementComparer.Default.Compare(SeedCorpus.Read(left), SeedCorpus.Read(right));

        ErrorsOf(ComparisonJsonWriter.ToJson(comparison), CompareSchema.Value).Should().BeEmpty();
    }

    [Fact]
    public void A_law_revision_with_renumbered_runs_matches_the_compare_schema()
    {
        var laws = Path.Combine(SeedCorpus.RepositoryRoot, "tests", "AgreementDiff.Tests", "Alignment", "Laws");
        var comparison = AgreementComparer.Default.Compare(
            AgreementReader.ReadFile(Path.Combine(laws, "supervision-2018.md")), AgreementReader.ReadFile(Path.Combine(laws, "supervision-2024.md")));
        comparison.Summary.Renumbered.Should().NotBeEmpty("the schema's renumbered runs must be exercised");

        ErrorsOf(ComparisonJsonWriter.ToJson(comparison), CompareSchema.Value).Should().BeEmpty();
    }

    [Fact]
    public void A_comparison_of_two_chosen_clauses_with_a_pin_matches_the_compare_schema()
    {
        var left = SeedCorpus.Read(Seed.ZhejiangAgreement);
        var right = SeedCorpus.Read(Seed.ZhejiangMemorandum);
        var scoped = AgreementComparer.Default.CompareClauses(left["(十二)"], right["五"]);
        var pinned = new AgreementComparer(new ComparisonOptions { Pins = [PinnedPair.Parse("(十二)=五")] }).Compare(left, right);
        scoped.LeftScope.Should().NotBeNull();
        pinned.Matches.Should().Contain(m => m.Explanation.Basis == MatchBasis.Pinned);

        ErrorsOf(ComparisonJsonWriter.ToJson(scoped), CompareSchema.Value).Should().BeEmpty();
        ErrorsOf(ComparisonJsonWriter.ToJson(pinned), CompareSchema.Value).Should().BeEmpty();
    }

    [Theory]
    [InlineData("/matches/0/change", "\"renamed\"", "enum")]
    [InlineData("/matches/0/edits/0/leftOffset", "-1", "minimum")]
    [InlineData("/summary/sections/added", "null", "type")]
    [InlineData("/left/signed", "\"2023-13-45\"", "format")]
    [InlineData("/left/undocumented", "true", "additionalProperties")]
    public void Output_that_breaks_the_contract_fails_validation(string pointer, string value, string keyword)
    {
        var comparison = AgreementComparer.Default.Compare(SeedCorpus.Read(Seed.ZhejiangAgreement), SeedCorpus.Read(Seed.ZhejiangMemorandum));
        var json = JsonNode.Parse(ComparisonJsonWriter.ToJson(comparison))!;
        var at = pointer.LastIndexOf('/');
        var parent = pointer[1..at].Split('/').Aggregate(json, (node, step) => int.TryParse(step, out var index) ? node[index]! : node[step]!);
        parent.AsObject()[pointer[(at + 1)..]] = JsonNode.Parse(value);

        var (valid, errors) = Evaluate(json.ToJsonString(), CompareSchema.Value);

        valid.Should().BeFalse();
        errors.Should().Contain(e => e.StartsWith($"{keyword} at {pointer}:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_outline_without_its_clauses_fails_validation()
    {
        var json = JsonNode.Parse(OutlineJsonWriter.ToJson(SeedCorpus.Read(Seed.ZhejiangAgreement)))!.AsObject();
        json.Remove("clauses");

        var (valid, errors) = Evaluate(json.ToJsonString(), OutlineSchema.Value);

        valid.Should().BeFalse();
        errors.Should().Contain(e => e.StartsWith("required at :", StringComparison.Ordinal) && e.Contains("clauses", StringComparison.Ordinal));
    }

    /// <summary>The errors of <paramref name="json"/> against <paramref name="schema"/>, none when it is valid.</summary>
    private static IReadOnlyList<string> ErrorsOf(string json, JsonSchema schema)
    {
        var (valid, errors) = Evaluate(json, schema);
        return valid ? [] : errors;
    }

    /// <summary>Whether <paramref name="json"/> is valid, and every error as <c>keyword at /instance/location: message</c>.</summary>
    /// <remarks>
    /// The errors include those of branches that did not count (a failed <c>oneOf</c> branch beside one that held). A value
    /// that fails a <c>false</c> schema (a property <c>additionalProperties</c> forbids) is named by the keyword that led there.
    /// </remarks>
    private static (bool Valid, List<string> Errors) Evaluate(string json, JsonSchema schema)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, Evaluation);
        var errors = (results.Details ?? []).Prepend(results)
            .SelectMany(r => (r.Errors ?? new Dictionary<string, string>()).Select(e => $"{(e.Key.Length > 0 ? e.Key : r.EvaluationPath.ToString().Split('/')[^1])} at {r.InstanceLocation}: {e.Value}"))
            .ToList();
        return (results.IsValid, errors);
    }

    /// <summary>Loads docs/schema/NAME.schema.json with every object schema closed to properties it does not list.</summary>
    private static JsonSchema LoadStrict(string name)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(SeedCorpus.RepositoryRoot, "docs", "schema", name + ".schema.json")))!;
        foreach (var schema in Objects(document).Where(o => o["properties"] is JsonObject && !o.ContainsKey("additionalProperties")).ToList())
        {
            schema["additionalProperties"] = false;
        }

        // A registry of its own: the schemas' $id would clash in the global one when loaded again.
        return JsonSchema.FromText(document.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Objects(p.Value)).Prepend(o),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };
}
