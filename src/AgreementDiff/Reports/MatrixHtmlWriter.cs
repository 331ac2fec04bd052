using System.Globalization;
using System.Text;
using AgreementDiff.Corpus;

namespace AgreementDiff.Reports;

/// <summary>Writes a topic matrix as one self-contained HTML page: a table with one row per topic and one column per agreement.</summary>
/// <remarks>All text is HTML-encoded; the page loads nothing. Deterministic and thread safe.</remarks>
public static class MatrixHtmlWriter
{
    /// <summary>Returns <paramref name="matrix"/> as an HTML document.</summary>
    /// <param name="matrix">The matrix to write.</param>
    /// <returns>The HTML text.</returns>
    public static string ToHtml(TopicMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var html = new StringBuilder();
        var title = $"Topics of {matrix.Agreements.Count} agreements";
        HtmlPage.Open(html, matrix.Agreements.Any(a => HtmlPage.Language(a) != "en") ? "zh-Hant" : "en", title);
        HtmlPage.Header(html, title, matrix.Agreements.Select((a, i) => (Column(i), a, (Clause?)null)));
        html.Append("<main>\n<table class=\"matrix\">\n<thead><tr><th scope=\"col\">Topic</th>");
        for (var i = 0; i < matrix.Agreements.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\" title=\"{HtmlPage.Encode(ReportText.Title(matrix.Agreements[i]))}\">{Column(i)}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var topic in matrix.Topics)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{HtmlPage.Encode(topic.Name)}</th>");
            for (var i = 0; i < topic.Cells.Count; i++)
            {
                var cell = topic.Cells[i];
                html.Append(cell.Count == 0
                    ? "<td class=\"absent\"></td>"
                    : $"<td lang=\"{HtmlPage.Language(matrix.Agreements[i])}\">{string.Join("<br>", cell.Select(c => HtmlPage.Encode(Topic.Describe(c))))}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"</tbody>\n</table>\n<p class=\"coverage\">{HtmlPage.Encode(ReportText.Coverage(matrix))}</p>\n</main>\n");
        HtmlPage.Close(html);
        return html.ToString();
    }

    /// <summary>Writes <paramref name="matrix"/> to <paramref name="stream"/> as UTF-8 HTML.</summary>
    /// <param name="matrix">The matrix to write.</param>
    /// <param name="stream">The stream to write to; it is not closed.</param>
    public static void Write(TopicMatrix matrix, Stream stream) => HtmlPage.Write(ToHtml(matrix), stream);

    private static string Column(int index) => $"#{index + 1}";
}
