using AgreementDiff.Analysis;
using AgreementDiff.Tests.Support;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace AgreementDiff.Tests.Analysis;

/// <summary>SmartCn's dictionary is Simplified; behind the folding, Traditional and Simplified text segment alike.</summary>
public sealed class WordAnalyzerTests
{
    private readonly TextAnalysis _analysis = TextAnalysis.Default;

    /// <summary>Sentences of the seeds as printed (Traditional) and the same sentences written in Simplified by hand.</summary>
    public static TheoryData<string, string> Sentences => new()
    {
        { "根據市場情況,適時加密杭寧溫三大機場的香港航線。推動義烏機場恢復香港航線。", "根据市场情况,适时加密杭宁温三大机场的香港航线。推动义乌机场恢复香港航线。" },
        { "支持和促進兩地法律服務業擴大業務合作,鼓勵浙江律師事務所聘請香港法律執業者擔任法律顧問等", "支持和促进两地法律服务业扩大业务合作,鼓励浙江律师事务所聘请香港法律执业者担任法律顾问等" },
        { "加強香港與浙江機場人員交流,透過香港國際航空學院向浙江機場人員提供與機場管理相關的培訓。", "加强香港与浙江机场人员交流,透过香港国际航空学院向浙江机场人员提供与机场管理相关的培训。" },
        { "全面貫徹落實中央有關部門出台的便利港澳居民在內地發展的政策措施", "全面贯彻落实中央有关部门出台的便利港澳居民在内地发展的政策措施" },
        { "支持香港仲裁機構依法在浙江設立業務機構,推動落實兩地仲裁裁決相互執行", "支持香港仲裁机构依法在浙江设立业务机构,推动落实两地仲裁裁决相互执行" },
        { "醫療衞生及中醫藥", "医疗卫生及中医药" },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Traditional_and_simplified_text_give_the_same_words_after_folding(string traditional, string simplified)
    {
        var words = Terms(traditional);

        words.Should().Equal(Terms(simplified));
        words.Should().Equal(Raw(simplified), "folded Traditional segments as SmartCn segments the Simplified text itself");
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Without_folding_smartcn_segments_traditional_text_otherwise(string traditional, string simplified)
    {
        var raw = Raw(traditional);

        raw.Should().NotEqual(Raw(simplified));
        raw.Count(w => w.Length == 1).Should().BeGreaterThan(Terms(traditional).Count(w => w.Length == 1), "unfolded, its words fall apart into characters");
    }

    [Fact]
    public void An_airport_and_a_new_route_are_words_in_either_script_but_characters_in_traditional_unfolded()
    {
        Raw("國際機場新航線").Should().Equal("國", "際", "機", "場", "新航", "線");
        Terms("國際機場新航線").Should().Equal("国际", "机场", "新", "航线");
        Terms("国际机场新航线").Should().Equal("国际", "机场", "新", "航线");
    }

    [Fact]
    public void On_the_traditional_seeds_unfolded_smartcn_leaves_mostly_single_characters_and_folded_mostly_words()
    {
        var raw = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);
        foreach (var id in new[] { Seed.JiangsuAgreement, Seed.ZhejiangAgreement, Seed.ZhejiangPressRelease, Seed.ZhejiangMemorandum })
        {
            var texts = SeedCorpus.Read(id).AllClauses().Select(c => c.Content).ToList();
            var unfolded = texts.SelectMany(t => Tokens(raw, t)).Where(IsHan).ToList();
            var folded = texts.SelectMany(Terms).Where(IsHan).ToList();

            Share(unfolded).Should().BeGreaterThan(0.7, $"{id} unfolded falls apart into characters");
            Share(folded).Should().BeLessThan(0.35, $"{id} folded segments into words");
        }

        static double Share(List<string> words) => words.Count(w => w.Length == 1) / (double)words.Count;
        static bool IsHan(string word) => word[0] >= 0x3400;
    }

    [Fact]
    public void Word_offsets_point_into_the_traditional_text_also_after_characters_outside_the_bmp()
    {
        const string text = "𠀋𩸽:加強衞生應急合作,國際機場。";

        var tokens = _analysis.TokenizeWords(text);

        tokens.Should().Contain(t => t.Term == "机场");
        foreach (var token in tokens)
        {
            _analysis.Fold(text[token.StartOffset..token.EndOffset]).Should().Be(token.Term);
        }
    }

    private List<string> Terms(string text) => [.. _analysis.TokenizeWords(text).Select(t => t.Term)];

    /// <summary>SmartCn as shipped, without the folding.</summary>
    private static List<string> Raw(string text) => Tokens(new SmartChineseAnalyzer(LuceneVersion.LUCENE_48), text);

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
