using AgreementDiff.Reading;
using AgreementDiff.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace AgreementDiff.Tests.Reading.Formats;

/// <summary>AgreementReader tells the format from the content, not the file name, and says when a PDF is a scan.</summary>
public sealed class FormatDetectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("agreementdiff-formats-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("pdf", "agreement.txt")]
    [InlineData("docx", "agreement.pdf")]
    [InlineData("html", "agreement.docx")]
    [InlineData("html", "agreement")]
    public void A_file_with_a_misleading_name_is_read_in_the_format_of_its_content(string extension, string misleadingName)
    {
        var path = Path.Combine(_folder, misleadingName);
        File.Copy(FormatFixtures.PathOf(Seed.JiangsuAgreement, extension), path);

        var agreement = AgreementReader.ReadFile(path);

        agreement.Metadata.Format.Should().Be(FormatFixtures.FormatOf(extension));
        FormatRoundTripTests.Outline(agreement).Should().Equal(FormatRoundTripTests.Outline(SeedCorpus.Read(Seed.JiangsuAgreement)));
    }

    [Fact]
    public void Text_that_mentions_html_tags_later_on_is_text()
    {
        var agreement = AgreementReader.Parse("一、總則\n雙方同意以 <html> 標籤發布網頁。\n");

        agreement.Metadata.Format.Should().Be(InputFormat.Text);
        AgreementReader.ReadBytes("一、總則\n雙方同意以 <html> 標籤發布網頁。\n"u8, "a.txt").Metadata.Format.Should().Be(InputFormat.Text);
    }

    [Fact]
    public void A_stream_is_detected_like_a_file()
    {
        using var stream = File.OpenRead(FormatFixtures.PathOf(Seed.ZhejiangMemorandum, "docx"));

        AgreementReader.Read(stream, "upload").Metadata.Format.Should().Be(InputFormat.Docx);
    }

    [Fact]
    public void The_format_option_overrides_detection()
    {
        var html = "<!DOCTYPE html><html><body><p>一、總則</p><p>雙方同意。</p></body></html>"u8;

        var asText = AgreementReader.ReadBytes(html, "page.html", new AgreementReaderOptions { Format = InputFormat.Text });

        asText.Metadata.Format.Should().Be(InputFormat.Text);
        asText.AllClauses().Should().Contain(c => c.Text.Contains("<p>"));
    }

    [Fact]
    public void A_pdf_without_a_text_layer_fails_saying_it_looks_scanned()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600, fill: true);
        page.DrawRectangle(new PdfPoint(60, 60), 380, 580, fill: true);
        var path = Path.Combine(_folder, "scan.pdf");
        File.WriteAllBytes(path, builder.Build());

        var act = () => AgreementReader.ReadFile(path);

        var error = act.Should().Throw<AgreementReadException>().Which;
        error.Problem.Should().Be(ReadProblem.NoTextLayer);
        error.SourceName.Should().Be(path);
        error.Message.Should().Contain("no text layer").And.Contain("scanned");
    }

    [Fact]
    public void A_damaged_pdf_fails_as_unreadable_naming_the_file()
    {
        var bytes = File.ReadAllBytes(FormatFixtures.PathOf(Seed.JiangsuAgreement, "pdf"));

        var act = () => AgreementReader.ReadBytes(bytes.AsSpan(0, 2000), "broken.pdf");

        act.Should().Throw<AgreementReadException>().Which.Message.Should().StartWith("broken.pdf: ");
    }
}
