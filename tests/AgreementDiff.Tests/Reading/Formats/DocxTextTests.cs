using AgreementDiff.Reading.Formats;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementDiff.Tests.Reading.Formats;

public sealed class DocxTextTests
{
    [Fact]
    public void Automatic_numbering_prints_chinese_and_nested_labels_and_lower_levels_restart()
    {
        var text = DocxText.Extract(Docx(
            [Numbered(0, "總則"), Numbered(1, "適用範圍"), Numbered(2, "本協議適用於雙方。"), Numbered(2, "另有約定的除外。"),
             Numbered(0, "合作"), Numbered(1, "金融")]), "test.docx");

        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "一、總則", "（一）適用範圍", "1. 本協議適用於雙方。", "2. 另有約定的除外。", "二、合作", "（一）金融");
    }

    [Fact]
    public void Table_rows_become_lines_and_headings_are_underlined()
    {
        var heading = new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 0 }), new Run(new Text("附件")));
        var table = new Table(new TableRow(Cell("浙江省人民政府"), Cell("香港特別行政區政府")), new TableRow(Cell("副省長"), Cell("政務司司長")));

        var text = DocxText.Extract(Docx([heading, table]), "test.docx");

        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal("附件", "————", "浙江省人民政府  香港特別行政區政府", "副省長  政務司司長");
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_fails_as_unreadable()
    {
        var act = () => DocxText.Extract([0x50, 0x4B, 0x03, 0x04, 0, 0, 0], "bad.docx");

        act.Should().Throw<AgreementDiff.Reading.AgreementReadException>().Which.Problem.Should().Be(AgreementDiff.Reading.ReadProblem.Unreadable);
    }

    private static Paragraph Numbered(int level, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })), new Run(new Text(text)));

    private static TableCell Cell(string text) => new(new Paragraph(new Run(new Text(text))));

    private static byte[] Docx(OpenXmlElement[] content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(content));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    Level(0, NumberFormatValues.ChineseCounting, "%1、", LevelSuffixValues.Nothing),
                    Level(1, NumberFormatValues.ChineseCounting, "（%2）", LevelSuffixValues.Nothing),
                    Level(2, NumberFormatValues.Decimal, "%3.", LevelSuffixValues.Space))
                { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
        }

        return stream.ToArray();
    }

    private static Level Level(int index, NumberFormatValues format, string text, LevelSuffixValues suffix) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelSuffix { Val = suffix }, new LevelText { Val = text }) { LevelIndex = index };
}
