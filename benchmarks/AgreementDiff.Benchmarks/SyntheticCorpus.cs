using System.Text;
using AgreementDiff.Reading;
using static System.FormattableString;

namespace AgreementDiff.Benchmarks;

/// <summary>Builds any number of synthetic agreements from the seeds' sections: recombined, reordered, renumbered and reworded.</summary>
/// <remarks>
/// <para>The corpus is synthetic: its agreements are not real documents. Each one takes 6–14 sections drawn from all five
/// seeds in a new order, numbered 一、二、… with items 1. 2. …, some items dropped or swapped, and the wording changed
/// (phrases replaced, characters switched between Traditional and Simplified forms, a sentence dropped). It has the
/// seeds' vocabulary and clause lengths, which is what the index, the search and the aligner's costs depend on.</para>
/// <para>Deterministic: agreement <c>k</c> of a corpus depends only on <c>k</c> and the seed, never on the corpus size,
/// so the corpus of 100 is the first 100 agreements of the corpus of 10,000.</para>
/// </remarks>
internal sealed class SyntheticCorpus
{
    private const int Seed = 20260601;

    private static readonly string[] Regions =
    [
        "江蘇省", "浙江省", "廣東省", "福建省", "四川省", "湖北省", "湖南省", "山東省", "河南省", "安徽省",
        "江西省", "雲南省", "貴州省", "陝西省", "遼寧省", "吉林省", "黑龍江省", "海南省", "上海市", "天津市",
    ];

    private static readonly (string From, string To)[] Rewordings =
    [
        ("加強", "深化"), ("推動", "促進"), ("支持", "鼓勵"), ("共同", "攜手"), ("積極", "大力"), ("進一步", "持續"),
        ("建立", "構建"), ("鼓勵", "支持"), ("深化", "加強"), ("促進", "推進"), ("交流", "往來"), ("發展", "建設"),
    ];

    private static readonly (char Traditional, char Simplified)[] Scripts =
    [
        ('與', '与'), ('發', '发'), ('國', '国'), ('進', '进'), ('務', '务'), ('區', '区'), ('會', '会'), ('經', '经'),
        ('業', '业'), ('際', '际'), ('關', '关'), ('產', '产'), ('資', '资'), ('機', '机'), ('們', '们'), ('動', '动'),
    ];

    private static readonly string[] Numerals = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    private readonly SectionSource[] _sections;

    private SyntheticCorpus(SectionSource[] sections) => _sections = sections;

    /// <summary>Gets the generator over the five seeds.</summary>
    public static SyntheticCorpus Default { get; } = FromSeeds();

    /// <summary>Gets the number of seed sections the agreements are drawn from.</summary>
    public int SourceSections => _sections.Length;

    /// <summary>The text of synthetic agreement <paramref name="number"/>.</summary>
    public string Text(int number)
    {
        var random = new Random(Seed + (number * 7919));
        var region = Regions[random.Next(Regions.Length)];
        var year = 2015 + random.Next(11);
        var builder = new StringBuilder();
        builder.Append(Invariant($"香港特別行政區政府與{region}人民政府合作協議（合成第{number}號）\n\n"));
        builder.Append(Invariant($"香港特別行政區政府\n{region}人民政府\n\n"));
        builder.Append(Reword($"為進一步加強香港特別行政區與{region}的交流合作，經協商，雙方就推進兩地互利合作達成如下協議：\n\n", random));

        var count = 6 + random.Next(9);
        var chosen = Enumerable.Range(0, _sections.Length).OrderBy(_ => random.Next()).Take(count).ToList();
        for (var s = 0; s < chosen.Count; s++)
        {
            var section = _sections[chosen[s]];
            builder.Append(ChineseNumber(s + 1)).Append('、').Append(Reword(section.Heading, random)).Append('\n');
            if (section.Text.Length > 0)
            {
                builder.Append(Reword(section.Text, random)).Append('\n');
            }

            var items = section.Items.Where(_ => random.NextDouble() > 0.15).ToList();
            if (items.Count > 1 && random.NextDouble() < 0.3)
            {
                var i = random.Next(items.Count - 1);
                (items[i], items[i + 1]) = (items[i + 1], items[i]);
            }

            for (var i = 0; i < items.Count; i++)
            {
                builder.Append(i + 1).Append(". ").Append(Reword(items[i], random)).Append('\n');
            }

            builder.Append('\n');
        }

        builder.Append("本協議自雙方代表簽署之日起生效，一式四份，雙方各執兩份。\n\n");
        builder.Append(Invariant($"香港特別行政區政府        {region}人民政府\n{year}年{1 + random.Next(12)}月{1 + random.Next(28)}日\n"));
        return builder.ToString();
    }

    /// <summary>Synthetic agreement <paramref name="number"/> read into a clause tree.</summary>
    public Agreement Agreement(int number) => AgreementReader.Parse(Text(number), $"synthetic-{number:D5}.txt");

    /// <summary>The first <paramref name="count"/> synthetic agreements, read.</summary>
    public IEnumerable<Agreement> Agreements(int count) => Enumerable.Range(0, count).Select(Agreement);

    private static SyntheticCorpus FromSeeds()
    {
        var sections = BenchmarkSeeds.Files
            .Select(f => AgreementReader.ReadFile(f))
            .SelectMany(a => a.AllClauses())
            .Where(c => c.Kind == ClauseKind.Section && c.Children.All(i => i.Children.Count == 0) && (c.Heading is not null || c.Children.Count > 0))
            .Select(c => new SectionSource(
                OneLine(c.Heading ?? c.Text),
                c.Heading is null ? string.Empty : OneLine(c.Text),
                [.. c.Children.Select(i => OneLine(i.Content)).Where(t => t.Length > 0)]))
            .ToArray();
        return new SyntheticCorpus(sections);
    }

    private static string OneLine(string text) => text.Replace("\n", string.Empty, StringComparison.Ordinal).Trim();

    /// <summary>A number from 1 to 999 in Chinese numerals, as agreements number their sections (十, 十一, 二十, 一百零五).</summary>
    internal static string ChineseNumber(int n)
    {
        var text = new StringBuilder();
        if (n >= 100)
        {
            text.Append(Numerals[n / 100]).Append('百');
            n %= 100;
            if (n is > 0 and < 10)
            {
                text.Append(Numerals[0]);
            }
        }

        if (n >= 10)
        {
            text.Append(n / 10 == 1 && text.Length == 0 ? string.Empty : Numerals[n / 10]).Append('十');
            n %= 10;
        }

        return (n > 0 ? text.Append(Numerals[n]) : text).ToString();
    }

    private static string Reword(string text, Random random)
    {
        var builder = new StringBuilder(text);
        foreach (var (from, to) in Rewordings)
        {
            if (random.NextDouble() < 0.3)
            {
                builder.Replace(from, to);
            }
        }

        var simplify = random.NextDouble() < 0.25;
        foreach (var (traditional, simplified) in Scripts)
        {
            if (simplify)
            {
                builder.Replace(traditional, simplified);
            }
        }

        var result = builder.ToString();
        var sentences = result.Split(',');
        if (sentences.Length > 3 && random.NextDouble() < 0.3)
        {
            var drop = 1 + random.Next(sentences.Length - 2);
            result = string.Join(',', sentences.Where((_, i) => i != drop));
        }

        return result;
    }

    private sealed record SectionSource(string Heading, string Text, string[] Items);
}
