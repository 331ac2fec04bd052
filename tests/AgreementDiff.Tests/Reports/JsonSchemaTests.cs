using AgreementDiff.Alignment;
using AgreementDiff.Reading;
using AgreementDiff.Reports;
using AgreementDiff.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;

namespace AgreementDiff.Tests.Reports;

/// <summary>
/// The JSON contract is docs/schema/*.schema.json: real output of the writers must validate against it, and
/// (checked here, not in the published files, which let consumers expect more fields later) the writers may
/// not emit a property the schema does not document.
/// </summary>
public class JsonSchemaTests
{
    private static readonly Lazy<JSchema> OutlineSchema = new(() => LoadStrict("outline"));
    private static readonly Lazy<JSchema> CompareSchema = new(() => LoadStrict("compare"));

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
    [InlineData("matches[0].change", "renamed", "Value \"renamed\" is not defined in enum")]
    [InlineData("matches[0].edits[0].leftOffset", -1, "Integer -1 is less than minimum value of 0")]
    [InlineData("summary.sections.added", null, "Invalid type")]
    [InlineData("left.undocumented", true, "Property 'undocumented' has not been defined")]
    public void Output_that_breaks_the_contract_fails_validation(string path, object? value, string error)
    {
        var comparison = AgreementComparer.Default.Compare(SeedCorpus.Read(Seed.ZhejiangAgreement), SeedCorpus.Read(Seed.ZhejiangMemorandum));
        var json = Parse(ComparisonJsonWriter.ToJson(comparison));
        var parent = (JObject)json.SelectToken(path[..path.LastIndexOf('.')])!;
        parent[path[(path.LastIndexOf('.') + 1)..]] = value is null ? JValue.CreateNull() : JToken.FromObject(value);

        json.IsValid(CompareSchema.Value, out IList<string> errors).Should().BeFalse();
        errors.Should().Contain(e => e.Contains(error, StringComparison.Ordinal));
    }

    [Fact]
    public void An_outline_without_its_clauses_fails_validation()
    {
        var json = Parse(OutlineJsonWriter.ToJson(SeedCorpus.Read(Seed.ZhejiangAgreement)));
        ((JObject)json).Remove("clauses");

        json.IsValid(OutlineSchema.Value, out IList<string> errors).Should().BeFalse();
        errors.Should().Contain(e => e.Contains("clauses", StringComparison.Ordinal));
    }

    private static IList<string> ErrorsOf(string json, JSchema schema)
    {
        Parse(json).IsValid(schema, out IList<string> errors);
        return errors;
    }

    /// <summary>Parses JSON leaving date-like strings as strings, as any JSON consumer sees them.</summary>
    private static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    /// <summary>Loads docs/schema/NAME.schema.json with every object schema closed to properties it does not list.</summary>
    private static JSchema LoadStrict(string name)
    {
        var document = JObject.Parse(File.ReadAllText(Path.Combine(SeedCorpus.RepositoryRoot, "docs", "schema", name + ".schema.json")));
        foreach (var schema in document.DescendantsAndSelf().OfType<JObject>().Where(o => o["properties"] is JObject && o["additionalProperties"] is null).ToList())
        {
            schema["additionalProperties"] = false;
        }

        return JSchema.Parse(document.ToString());
    }
}
