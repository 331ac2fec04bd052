using AgreementDiff.Alignment;
using AgreementDiff.Corpus;
using AgreementDiff.Dictionaries.CcCedict;
using AgreementDiff.Index;
using AgreementDiff.Reports;
using AgreementDiff.Tests.Support;
using AgreementDiff.Tests.Reports;
using AgreementDiff.Tests.Support.Evaluation;

namespace AgreementDiff.Tests.Corpus;

public sealed class CorpusComparerTests
{
    [Fact]
    public void Counterparts_through_the_index_are_the_pairwise_comparers_matches_with_the_same_scores_and_explanations()
    {
        using var index = new ClauseIndex(new ClauseIndexOptions { Words = false });
        foreach (var seed in new[] { Seed.JiangsuAgreement, Seed.ZhejiangPressRelease, Seed.ZhejiangMemorandum })
        {
            index.Add(SeedCorpus.Read(seed), seed);
        }

        var agreement = SeedCorpus.Read(Seed.ZhejiangAgreement);

        var found = new CorpusComparer(index, options: new CorpusOptions { Agreements = 2 }).Counterparts(agreement);

        found.Neighbours.Select(n => n.AgreementId).Should().BeEquivalentTo([Seed.ZhejiangPressRelease, Seed.ZhejiangMemorandum], "the press release of its signing and the memorandum that renews it hold most of its clauses; the Jiangsu agreement fewer");
        found.Neighbours.Select(n => n.Votes).Should().BeInDescendingOrder();
        foreach (var neighbour in found.Neighbours)
        {
            var pairwise = AgreementComparer.Default.Compare(agreement, SeedCorpus.Read(neighbour.AgreementId));
            ComparisonJsonWriter.ToJson(neighbour.Comparison).Should().Be(ComparisonJsonWriter.ToJson(pairwise), $"the comparison with {neighbour.AgreementId} is the pairwise one");
        }

        var legal = found.Of(agreement["二/(十二)/1"]).Should().Contain(c => c.AgreementId == Seed.ZhejiangMemorandum).Subject;
        legal.Clause.Path.Should().Be("五/20");
        legal.Match.Explanation.Evidence.Should().NotBeEmpty("the fitted scorer explains the score");
        found.Clauses.Select(c => c.Clause).Should().Equal(agreement.AllClauses(), "every clause in document order");
        found.Clauses.Should().OnlyContain(c => c.Counterparts.Select(p => p.Score).SequenceEqual(c.Counterparts.Select(p => p.Score).OrderDescending()));
    }

    [Fact]
    public void On_the_labelled_pairs_the_corpus_comparison_is_the_pairwise_one_and_the_index_ranks_most_counterparts_among_the_three_nearest()
    {
        foreach (var set in new[] { EvaluationSets.Seeds, EvaluationSets.Outside })
        {
            using var index = new ClauseIndex(new ClauseIndexOptions { Words = false });
            var documents = set.SelectMany(p => new[] { (p.LeftName, p.Documents.Left), (p.RightName, p.Documents.Right) }).ToList();
            index.AddRange(documents.DistinctBy(d => d.Item1).Select(d => (d.Item2, (string?)d.Item1)));
            var nearest = 0;

            var results = AlignmentEvaluation.Run(set, (left, right) =>
            {
                var (leftName, rightName) = (documents.First(d => d.Item2 == left).Item1, documents.First(d => d.Item2 == right).Item1);
                var ranked = new CorpusComparer(index).Rank(left, leftName, 3);
                nearest += ranked.Any(r => r.Id == rightName) ? 1 : 0;
                var found = new CorpusComparer(index, options: new CorpusOptions { Within = [rightName] }).Counterparts(left, leftName);
                return found.Neighbours.Should().ContainSingle(n => n.AgreementId == rightName).Subject.Comparison;
            });
            var pairwise = AlignmentEvaluation.Run(set, AgreementComparer.Default.Compare);

            results.Select(r => (r.Pair.Name, r.Level, r.Tally.ToString())).Should().Equal(pairwise.Select(r => (r.Pair.Name, r.Level, r.Tally.ToString())), "the same links, found and missed");

            // Some labelled pairs are agreements of two provinces (Chongqing against Guangdong), not each other's nearest of all.
            nearest.Should().BeGreaterThanOrEqualTo(set.Count * 3 / 4, "the index ranks most labelled counterparts among the three agreements most like the left one");
        }
    }

    [Fact]
    public void The_matrix_through_the_index_is_the_matrix_of_every_pair_when_each_agreement_may_have_every_other_as_neighbour()
    {
        Agreement[] agreements = [.. new[] { Seed.JiangsuAgreement, Seed.ZhejiangAgreement, Seed.ZhejiangMemorandum, Seed.JiangsuPressReleaseEnglish }.Select(SeedCorpus.Read)];
        var comparer = new AgreementComparer(new ComparisonOptions { Lexicon = CcCedict.Lexicon });

        var indexed = TopicMatrix.BuildIndexed(agreements, comparer, new CorpusOptions { MatrixNeighbours = 3 });

        MatrixJsonWriter.ToJson(indexed).Should().Be(MatrixJsonWriter.ToJson(TopicMatrix.Build(agreements, comparer)));
        indexed.Topics.Should().Contain(t => t.Headings.Contains("Finance") && t.Headings.Contains("金融"), "the English release's topics stand in the Chinese rows");
    }

    [Fact]
    public void A_matrix_compares_each_agreement_with_its_nearest_only_and_across_languages_with_the_nearest_in_date_when_it_can()
    {
        Agreement[] agreements = [.. new[] { Seed.JiangsuAgreement, Seed.ZhejiangAgreement, Seed.ZhejiangPressRelease, Seed.ZhejiangMemorandum, Seed.JiangsuPressReleaseEnglish }.Select(SeedCorpus.Read)];
        using var index = new ClauseIndex(new ClauseIndexOptions { Words = false });
        var ids = agreements.Select((_, i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        index.AddRange(agreements.Select((a, i) => (a, (string?)ids[i])));

        var nearest = new CorpusComparer(index, options: new CorpusOptions { MatrixNeighbours = 1 }).MatrixPairs(agreements, ids);
        var across = new CorpusComparer(index, new AgreementComparer(new ComparisonOptions { Lexicon = CcCedict.Lexicon }), new CorpusOptions { MatrixNeighbours = 1 }).MatrixPairs(agreements, ids);

        nearest.Should().HaveCountLessThan(TopicMatrix.ComparisonCount(agreements.Length));
        nearest.Should().Contain((1, 3), "the 2023 agreement and the memorandum that renews it are each other's nearest");
        nearest.SelectMany(p => new[] { p.Left, p.Right }).Distinct().Should().HaveCount(agreements.Length, "every agreement is compared with one at least");
        across.Should().Contain([(0, 4), (1, 4), (2, 4), (3, 4)], "the English release is each Chinese agreement's nearest in date in another language: the index cannot propose a translation");
        across.Count(p => p.Right == 4 || p.Left == 4).Should().Be(4);
    }

    [Fact]
    public void A_matrix_of_an_index_reads_its_agreements_back_and_needs_two()
    {
        using var index = new ClauseIndex(new ClauseIndexOptions { Words = false });
        index.Add(SeedCorpus.Read(Seed.ZhejiangAgreement), "zj-2023");
        var corpus = new CorpusComparer(index);

        corpus.Invoking(c => c.Matrix()).Should().Throw<ClauseIndexException>().WithMessage("*at least two*");

        index.Add(SeedCorpus.Read(Seed.ZhejiangMemorandum), "zj-2025");
        var matrix = corpus.Matrix();

        matrix.Agreements.Select(a => Path.GetFileName(a.SourceName)).Should().Equal(SeedCorpus.FileNames[1], SeedCorpus.FileNames[3]);
        MatrixJsonWriter.ToJson(matrix).Should().Be(MatrixJsonWriter.ToJson(ReportSamples.ZhejiangMatrix));
    }
}
