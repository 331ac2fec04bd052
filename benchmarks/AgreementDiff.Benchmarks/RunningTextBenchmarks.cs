using System.Text;
using AgreementDiff.Alignment;
using AgreementDiff.Reading;
using BenchmarkDotNet.Attributes;

namespace AgreementDiff.Benchmarks;

/// <summary>Comparing an agreement with numbered items against one written as running text (a press release, another province's agreement), against the same pair with items on both sides as the baseline.</summary>
/// <remarks>Items are matched to the running text of their section's counterpart and searched for under every other topic of running text;
/// the ratio shows what that search costs as agreements grow.</remarks>
[MemoryDiagnoser]
public class RunningTextBenchmarks
{
    private const string Characters = "港澳粵閩浙蘇滬京津冀魯豫鄂湘川渝黔滇陝甘寧青新藏桂瓊遼吉黑蒙晉皖贛金融科技創新貿易投資航空航運物流教育青年文化旅遊醫療衞生法律仲裁調解人才住房環境能源數據智慧城市港口機場高校企業園區平台基金論壇展覽中心實驗室標準認證";

    private Agreement _items = null!;
    private Agreement _itemsRenewed = null!;
    private Agreement _runningText = null!;

    /// <summary>Gets or sets the number of sections on each side (five items each on the numbered side).</summary>
    [Params(50, 200)]
    public int Sections { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Sections);
        var items = new List<List<string>>();
        for (var s = 0; s < Sections; s++)
        {
            items.Add([.. Enumerable.Range(0, 5).Select(_ => Sentence(random))]);
        }

        _items = Build("items.txt", items, restate: false);
        _itemsRenewed = Build("items-renewed.txt", items.Select(section => section.Select(i => i + Sentence(random)).ToList()).ToList(), restate: false);
        _runningText = Build("running-text.txt", items.Select(section => section.Where((_, i) => i % 3 == 0).Select(i => i + Sentence(random)).ToList()).ToList(), restate: true);
    }

    [Benchmark(Baseline = true)]
    public int ItemsAgainstItems() => AgreementComparer.Default.Compare(_items, _itemsRenewed).Matches.Count;

    [Benchmark]
    public int ItemsAgainstRunningText() => AgreementComparer.Default.Compare(_items, _runningText).Matches.Count;

    private static Agreement Build(string name, List<List<string>> sections, bool restate)
    {
        var text = new StringBuilder("合成測試合作協議\n為深化合作，雙方達成如下協議：\n");
        for (var s = 0; s < sections.Count; s++)
        {
            text.Append(SyntheticCorpus.ChineseNumber(s + 1)).Append('、').Append(Heading(s)).Append('\n');
            if (restate)
            {
                text.Append(string.Concat(sections[s])).Append('\n');
            }
            else
            {
                for (var i = 0; i < sections[s].Count; i++)
                {
                    text.Append('（').Append(SyntheticCorpus.ChineseNumber(i + 1)).Append('）').Append(sections[s][i]).Append('\n');
                }
            }
        }

        return AgreementReader.Parse(text.ToString(), name);
    }

    private static string Heading(int section) => $"{Characters[section % Characters.Length]}{Characters[(section * 7 + 3) % Characters.Length]}合作";

    /// <summary>A sentence of three comma-separated phrases of six to ten characters.</summary>
    private static string Sentence(Random random) =>
        string.Join('，', Enumerable.Range(0, 3).Select(_ => new string([.. Enumerable.Range(0, random.Next(6, 11)).Select(_ => Characters[random.Next(Characters.Length)])]))) + "。";
}
