using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AgreementDiff.Reading.Formats;

/// <summary>Turns a web page into the lines of its article: no navigation, scripts, styles, page header or footer; headings, paragraphs, list items and table rows each on a line.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select", "iframe", "svg", "canvas", "object", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "blockquote", "pre", "address", "figure", "figcaption", "dl", "dt", "dd",
        "ul", "ol", "table", "thead", "tbody", "tfoot", "caption", "center", "hr", "body", "header", "footer",
    };

    private static readonly string[] Sectioning = ["article", "main", "section"];

    /// <summary>Extracts the article's lines from <paramref name="html"/>.</summary>
    public static string Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new DocumentText();
        if (document.Body is { } body)
        {
            new Walker(text).Block(ArticleRoot(body));
        }

        return text.ToString();
    }

    /// <summary>The article with the most text, else the main element, else the body.</summary>
    private static IElement ArticleRoot(IElement body)
    {
        var articles = body.QuerySelectorAll("article");
        if (articles.Length > 0)
        {
            return articles.MaxBy(a => a.TextContent.Length)!;
        }

        return body.QuerySelector("main") ?? body.QuerySelector("[role=main]") ?? body;
    }

    private static bool IsPageChrome(IElement element)
    {
        var name = element.LocalName;
        if (Dropped.Contains(name) || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true"
            || element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "search")
        {
            return true;
        }

        // A header or footer belongs to the page, not to an article, when no sectioning element encloses it.
        return name is "header" or "footer" && !element.Ancestors<IElement>().Any(a => Sectioning.Contains(a.LocalName));
    }

    private sealed class Walker(DocumentText text)
    {
        private readonly StringBuilder _line = new();

        public void Block(IElement element)
        {
            Children(element);
            Flush();
        }

        private void Children(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText t:
                        Inline(t.Data);
                        break;
                    case IElement e:
                        Element(e);
                        break;
                }
            }
        }

        private void Element(IElement element)
        {
            if (IsPageChrome(element))
            {
                return;
            }

            var name = element.LocalName;
            switch (name)
            {
                case "br":
                    Flush();
                    return;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Flush();
                    Children(element);
                    text.Heading(TakeLine());
                    return;
                case "li":
                    Flush();
                    _line.Append(ListLabel(element)).Append(' ');
                    Children(element);
                    Flush();
                    return;
                case "tr":
                    Flush();
                    Row(element);
                    return;
                case "pre":
                    Flush();
                    foreach (var line in element.TextContent.Split('\n'))
                    {
                        text.Line(line);
                    }

                    return;
            }

            if (Blocks.Contains(name))
            {
                Flush();
                Children(element);
                Flush();
            }
            else
            {
                Children(element);
            }
        }

        private void Row(IElement row)
        {
            var cells = new List<string>();
            foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
            {
                Children(cell);
                cells.Add(TakeLine());
            }

            text.Line(string.Join("  ", cells.Where(c => c.Length > 0)));
        }

        private void Inline(string data)
        {
            foreach (var c in data)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    if (_line.Length > 0 && _line[^1] != ' ')
                    {
                        _line.Append(' ');
                    }
                }
                else
                {
                    _line.Append(c);
                }
            }
        }

        private void Flush() => text.Line(TakeLine());

        private string TakeLine()
        {
            var line = _line.ToString().Trim();
            _line.Clear();
            return line;
        }

        /// <summary>The marker a browser draws before a list item: a bullet, or the item's number in its list's type.</summary>
        private static string ListLabel(IElement item)
        {
            var list = item.ParentElement;
            if (list?.LocalName != "ol")
            {
                return "•";
            }

            var number = int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
            foreach (var sibling in list.Children.Where(c => c.LocalName == "li"))
            {
                if (int.TryParse(sibling.GetAttribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                {
                    number = value;
                }

                if (sibling == item)
                {
                    break;
                }

                number++;
            }

            return ListNumbers.Format(number, list.GetAttribute("type") ?? "1") + ".";
        }
    }
}
