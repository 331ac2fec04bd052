using AgreementDiff.Reports;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AgreementDiff.Tests.Reports;

public sealed class MatrixMarkdownWriterTests
{
    [Fact]
    public void The_matrix_is_a_legend_then_a_table_with_a_row_per_topic_and_a_column_per_agreement()
    {
        var matrix = ReportSamples.ZhejiangMatrix;
        var markdown = MatrixMarkdownWriter.ToMarkdown(matrix);
        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UsePipeTables().Build());

        document.Descendants<ListItemBlock>().Select(Text).Should().Equal(matrix.Agreements.Select(ReportText.Legend));
        var rows = document.Descendants<TableRow>().ToList();
        rows.Should().HaveCount(matrix.Topics.Count + 1);
        rows.Should().OnlyContain(r => r.Count == matrix.Agreements.Count + 1);
        rows.Skip(1).Select(r => Text(r[0])).Should().Equal(matrix.Topics.Select(t => t.Name));
        rows.Single(r => Text(r[0]) == "住房安居").Skip(1).Select(Text).Should().Equal(string.Empty, "十一 住房安居");
        markdown.Should().EndWith(ReportText.Coverage(matrix) + "\n");
    }

    private static string Text(MarkdownObject node) => string.Concat(node.Descendants<LeafBlock>().Select(b => string.Concat(b.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()))));
}
