using System.Text;
using AgreementDiff.Reading;
using AgreementDiff.Reading.Formats;
using AgreementDiff.Tests.Support;

namespace AgreementDiff.Tests.Reading.Formats;

/// <summary>Markdown input: told from the content, headings give structure (numbering wins over level), markup is reduced to text, and spans keep the original lines.</summary>
public sealed class MarkdownTextTests
{
    [Fact]
    public void Markdown_is_told_from_the_content_whatever_the_name_and_plain_text_is_not()
    {
        AgreementReader.ReadBytes("# 测试条例\n\n## 第一章 总则\n\n第一条 为了测试，制定本条例。\n"u8, "law.txt").Metadata.Format.Should().Be(InputFormat.Markdown);
        AgreementReader.ReadBytes("---\ntitle: x\n---\n\n一、合作\n1. 支持。\n"u8, "a").Metadata.Format.Should().Be(InputFormat.Markdown);
        AgreementReader.Parse("# 测试条例\n\n第一条 为了测试。\n").Metadata.Format.Should().Be(InputFormat.Markdown);
        AgreementReader.ReadBytes(SeedCorpus.Bytes(Seed.ZhejiangMemorandum), "memo.md").Metadata.Format.Should().Be(InputFormat.Text);
        AgreementReader.ReadBytes("一、合作\n#1 號文件已發出。\n"u8, "a.md").Metadata.Format.Should().Be(InputFormat.Text);
    }

    [Fact]
    public void Every_output_line_stands_for_its_input_line()
    {
        const string markdown = "---\ntitle: 测试\ndate: 2024-01-01\n---\n# 测试协议\n\n<!-- INFO END -->\n\n## 一、**金融**合作\n\n支持[香港交易所](https://www.hkex.com.hk)在杭州*举办*活动。\n\n| 项目 | 数量 |\n|---|---|\n| 实习 | `200` |\n\n1. 第一项\n2. 第二项\n\n```\n代码行\n```\n";

        var (text, layout) = MarkdownText.Extract(markdown);
        var lines = text.Split('\n');

        lines.Should().HaveCount(markdown.TrimEnd('\n').Split('\n').Length);
        lines[0..4].Should().OnlyContain(l => l.Length == 0);
        lines[4].Should().Be("测试协议");
        lines[6].Should().BeEmpty();
        lines[8].Should().Be("一、金融合作");
        lines[10].Should().Be("支持香港交易所在杭州举办活动。");
        lines[12].Should().Be("项目  数量");
        lines[13].Should().BeEmpty();
        lines[14].Should().Be("实习  200");
        lines[16].Should().Be("1. 第一项");
        lines[17].Should().Be("2. 第二项");
        lines[20].Should().Be("代码行");
        layout.Headings.Should().Equal(new Dictionary<int, int> { [5] = 1, [9] = 2 });
    }

    [Fact]
    public void Numbering_wins_over_inverted_heading_levels()
    {
        const string markdown = "# 测试条例\n\n### 第一章 总 则\n\n## 第一节 一般规定\n\n第一条 为了测试，制定本条例。\n\n### 第二章 附 则\n\n第二条 本条例自公布之日起施行。\n";

        var law = AgreementReader.Parse(markdown, "law.md");

        law.Diagnostics.Should().BeEmpty();
        law.Clauses.Select(c => (c.Label, c.Heading)).Should().Equal(("第一章", "总则"), ("第二章", "附则"));
        law["第一条"].Path.Should().Be("第一章/第一节/第一条");
        law["第二条"].Path.Should().Be("第二章/第二条");
    }

    [Fact]
    public void Unnumbered_heading_goes_beside_the_numbered_headings_of_its_level()
    {
        const string markdown = "# 测试条例\n\n## 第一章 总则\n\n第一条 为了测试，制定本条例。\n\n## 附 则\n\n第二条 本条例自公布之日起施行。\n";

        var law = AgreementReader.Parse(markdown, "law.md");

        law.Clauses.Select(c => c.Label).Should().Equal("第一章", "附则");
        law["第二条"].Path.Should().Be("附则/第二条");
    }

    [Fact]
    public void Markdown_agreement_with_list_items_reads_like_the_text_one()
    {
        const string markdown = "# 合作协议\n\n## 一、金融合作\n\n1. 支持企业赴港上市。\n2. 举办推介活动。\n\n## 二、科技合作\n\n1. 共建实验室。\n";

        var agreement = AgreementReader.ReadBytes(Encoding.UTF8.GetBytes(markdown), "a.md");

        agreement.Title.Should().Be("合作协议");
        agreement.Clauses.Select(c => c.Label).Should().Equal("一", "二");
        agreement["一"].Heading.Should().Be("金融合作");
        agreement["一/2"].Text.Should().Be("举办推介活动。");
        agreement["二/1"].Span.StartLine.Should().Be(10);
    }
}
