using AgreementDiff.Alignment;
using AgreementDiff.Reading;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Alignment;

public sealed class RenumberedRunTests
{
    private static readonly string Laws = Path.Combine(SeedCorpus.RepositoryRoot, "tests", "AgreementDiff.Tests", "Alignment", "Laws");

    [Fact]
    public void Article_inserted_early_renumbers_the_rest_as_one_run_named_once()
    {
        const string before = "某条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　本条例适用于全省的河道管理活动。\n\n第三条　河道管理实行统一规划、分级负责。\n\n第四条　任何单位不得在河道内倾倒垃圾和渣土。\n\n第五条　本条例自公布之日起施行。\n";
        const string after = "某条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　县级以上人民政府应当加强对防洪工作的领导。\n\n第三条　本条例适用于全省的河道管理活动。\n\n第四条　河道管理实行统一规划、分级负责、属地管理。\n\n第五条　任何单位不得在河道内倾倒垃圾和渣土。\n\n第六条　本条例自公布之日起施行。\n";

        var comparison = AgreementComparer.Default.Compare(AgreementReader.Parse(before, "old.txt"), AgreementReader.Parse(after, "new.txt"));

        var run = comparison.Summary.Renumbered.Should().ContainSingle().Subject;
        run.ToString().Should().Be("第2–5条 → 第3–6条, renumbered; 1 reworded");
        (run.Pairs, run.LeftFirst.Label, run.RightLast.Label).Should().Be((4, "第二条", "第六条"));
    }

    [Fact]
    public void Runs_of_a_real_revision_hold_only_shifted_in_order_pairs_and_never_overlap()
    {
        var comparison = AgreementComparer.Default.Compare(
            AgreementReader.ReadFile(Path.Combine(Laws, "statistics-2009.md")), AgreementReader.ReadFile(Path.Combine(Laws, "statistics-2024.md")));

        var runs = comparison.Summary.Renumbered;
        runs.Should().NotBeEmpty();
        runs.Sum(r => r.Pairs).Should().BeGreaterThan(30, "most of the 2009 law's articles survive renumbered after the articles added up front");
        foreach (var run in runs)
        {
            run.LeftFirst.Number.Should().BeLessThan(run.LeftLast.Number!.Value);
            run.RightFirst.Number.Should().BeLessThan(run.RightLast.Number!.Value);
            comparison.Matches.Should().Contain(m => m.Left == run.LeftFirst && m.Right == run.RightFirst && m.Left.Number != m.Right.Number);
            comparison.Matches.Should().Contain(m => m.Left == run.LeftLast && m.Right == run.RightLast);
            run.Reworded.Should().BeInRange(0, run.Pairs);
        }

        runs.Zip(runs.Skip(1)).Should().OnlyContain(p => p.First.LeftLast.Number < p.Second.LeftFirst.Number && p.First.RightLast.Number < p.Second.RightFirst.Number);
    }

    [Fact]
    public void Agreements_whose_topics_keep_their_numbers_have_no_run()
    {
        var agreement = SeedCorpus.Read(Seed.ZhejiangAgreement);

        AgreementComparer.Default.Compare(agreement, agreement).Summary.Renumbered.Should().BeEmpty();
    }
}
