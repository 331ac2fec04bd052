using AgreementDiff.Reading.Formats;

namespace AgreementDiff.Tests.Reading.Formats;

public sealed class HtmlTextTests
{
    [Fact]
    public void The_article_is_kept_without_navigation_scripts_styles_or_page_footer()
    {
        const string Page = """
            <!DOCTYPE html><html><head><title>T</title><style>p { color: red }</style></head>
            <body><header><nav><a href="/">首頁</a></nav></header>
            <script>var x = "一、不是條文";</script>
            <article><header><h1>合作協議</h1></header>
            <p>雙方<b>同意</b>如下：</p>
            <h2>金融</h2>
            <ol start="3"><li>支持上市。</li><li>支持發債。</li></ol>
            <ul><li>附件一</li></ul>
            <table><tr><td>甲方</td><td>乙方</td></tr></table>
            <p>第一行<br>第二行</p>
            </article>
            <footer>版權所有</footer></body></html>
            """;

        var lines = HtmlText.Extract(Page).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Should().Equal("合作協議", "————", "雙方同意如下：", "金融", "————", "3. 支持上市。", "4. 支持發債。", "• 附件一", "甲方  乙方", "第一行", "第二行");
    }

    [Fact]
    public void A_numbered_heading_is_not_underlined()
    {
        HtmlText.Extract("<html><body><h3>二、金融</h3><p>支持。</p></body></html>").Should().Be("二、金融\n支持。\n");
    }
}
