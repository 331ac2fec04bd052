// Makes the reader's format fixtures from the seeds' text: for each seed NAME.txt, NAME.docx (Word automatic numbering
// for the clause labels, headings as Word headings, a running header and a page-number footer) and NAME.html (the
// article inside a page with navigation, scripts, styles and a footer). tools/make-fixtures.sh turns the DOCX files
// into PDFs with LibreOffice.
//
// Usage: FixtureGenerator SEEDS_DIR OUTPUT_DIR
//
// The seed's lines are rendered faithfully: one paragraph per non-blank line (a line broken mid-sentence stays broken,
// as it would in a document typed that way), a line underlined by a rule (———, ***) becomes a heading, a line that
// starts with a clause label becomes a numbered paragraph whose label Word prints from numbering.xml, and a bulleted
// line becomes a list item.
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: FixtureGenerator SEEDS_DIR OUTPUT_DIR");
    return 2;
}

Directory.CreateDirectory(args[1]);
foreach (var seed in Directory.GetFiles(args[0], "*.txt").Order(StringComparer.Ordinal))
{
    var name = Path.GetFileNameWithoutExtension(seed);
    var blocks = SeedText.Blocks(File.ReadAllLines(seed, Encoding.UTF8));
    var english = blocks.Count(b => b.Text.Any(c => c is >= 'a' and <= 'z')) > blocks.Count / 2;
    DocxWriter.Write(Path.Combine(args[1], name + ".docx"), blocks, english);
    File.WriteAllText(Path.Combine(args[1], name + ".html"), HtmlWriter.Write(blocks, english), new UTF8Encoding(false));
    Console.WriteLine($"{name}: {blocks.Count} blocks");
}

return 0;

internal enum BlockKind
{
    Paragraph,
    Heading,
    Numbered,
    Bullet,
}

/// <summary>How a clause label is printed: Word's number format, the text around the number, and what follows it.</summary>
internal sealed record LabelStyle(NumberFormatValues Format, string Before, string After, LevelSuffixValues Suffix);

/// <summary>One paragraph of the seed; a numbered one carries its label's style and number, and <see cref="Line"/> as printed.</summary>
internal sealed record Block(BlockKind Kind, string Text, string Line, LabelStyle? Style = null, int Number = 0, bool Listed = false);

internal static partial class SeedText
{
    public static List<Block> Blocks(string[] lines)
    {
        var blocks = new List<Block>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var next = i + 1;
            while (next < lines.Length && lines[next].Trim().Length == 0)
            {
                next++;
            }

            if (!Rule().IsMatch(line) && next < lines.Length && Rule().IsMatch(lines[next].Trim()))
            {
                blocks.Add(new Block(BlockKind.Heading, line, line));
                i = next;
            }
            else
            {
                blocks.Add(Classify(line));
            }
        }

        return blocks;
    }

    private static Block Classify(string line)
    {
        if (ChineseComma().Match(line) is { Success: true } c && ChineseNumber(c.Groups["n"].Value) is { } cn)
        {
            return new Block(BlockKind.Numbered, c.Groups["rest"].Value, line, new(NumberFormatValues.ChineseCounting, "", "、", LevelSuffixValues.Nothing), cn);
        }

        if (Parenthesized().Match(line) is { Success: true } p)
        {
            var inner = p.Groups["n"].Value;
            var style = new LabelStyle(char.IsAsciiDigit(inner[0]) ? NumberFormatValues.Decimal : NumberFormatValues.ChineseCounting,
                p.Groups["open"].Value, p.Groups["close"].Value, LevelSuffixValues.Nothing);
            var number = char.IsAsciiDigit(inner[0]) ? int.Parse(inner, CultureInfo.InvariantCulture) : ChineseNumber(inner);
            if (number is { } n)
            {
                return new Block(BlockKind.Numbered, p.Groups["rest"].Value, line, style, n);
            }
        }

        if (Arabic().Match(line) is { Success: true } a)
        {
            var separator = a.Groups["sep"].Value;
            var style = new LabelStyle(NumberFormatValues.Decimal, "", separator, separator == "、" ? LevelSuffixValues.Nothing : LevelSuffixValues.Space);
            return new Block(BlockKind.Numbered, a.Groups["rest"].Value, line, style, int.Parse(a.Groups["n"].Value, CultureInfo.InvariantCulture),
                Listed: a.Groups["bullet"].Success);
        }

        if (Bullet().Match(line) is { Success: true } b)
        {
            return new Block(BlockKind.Bullet, b.Groups["rest"].Value, line);
        }

        return new Block(BlockKind.Paragraph, line, line);
    }

    private static int? ChineseNumber(string text)
    {
        const string Digits = "〇一二三四五六七八九";
        var total = 0;
        var digit = 0;
        foreach (var ch in text)
        {
            var d = Digits.IndexOf(ch);
            if (d >= 0)
            {
                digit = d;
            }
            else if (ch == '十')
            {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            }
            else
            {
                return null;
            }
        }

        return total + digit;
    }

    [GeneratedRegex(@"^[-–—―─━=*_~·•.\s]{2,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]+)\s*、\s*(?<rest>.*)$")]
    private static partial Regex ChineseComma();

    [GeneratedRegex(@"^(?<open>[（(])\s*(?<n>[一二三四五六七八九十]+|[0-9]{1,3})\s*(?<close>[）)])\s*(?<rest>.*)$")]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"^(?<bullet>[-–•·*]\s*)?(?<n>[0-9]{1,3})\s*(?<sep>[.、．])(?![0-9])\s*(?<rest>.*)$")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^[-•·*]\s+(?<rest>.+)$")]
    private static partial Regex Bullet();
}

internal static class DocxWriter
{
    public static void Write(string path, List<Block> blocks, bool english)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main, english);
        var numbering = new NumberingBuilder();
        var body = new Body();
        var headingSeen = false;
        foreach (var block in blocks)
        {
            var properties = new ParagraphProperties();
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    properties.ParagraphStyleId = new ParagraphStyleId { Val = headingSeen || body.HasChildren ? "Heading2" : "Heading1" };
                    headingSeen = true;
                    break;
                case BlockKind.Numbered:
                    properties.NumberingProperties = numbering.For(block.Style!, block.Number);
                    break;
                case BlockKind.Bullet:
                    properties.NumberingProperties = numbering.Bullet();
                    break;
            }

            body.Append(new Paragraph(properties, new Run(new Text(block.Text) { Space = SpaceProcessingModeValues.Preserve })));
        }

        var title = blocks.FirstOrDefault(b => b.Kind is BlockKind.Heading or BlockKind.Paragraph)?.Text ?? "";
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new Text(title.Length > 40 ? title[..40] : title))));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new Text(english ? "Page " : "第 ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(english ? "" : " 頁") { Space = SpaceProcessingModeValues.Preserve })));

        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440, Header = 720, Footer = 720, Gutter = 0 }));
        main.Document = new Document(body);
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering.Build();
    }

    private static void AddStyles(MainDocumentPart main, bool english)
    {
        var fonts = new RunFonts { Ascii = "Liberation Serif", HighAnsi = "Liberation Serif", EastAsia = "Noto Serif CJK TC" };
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(fonts, new FontSize { Val = "24" },
                    new Languages { Val = english ? "en-GB" : "zh-HK", EastAsia = "zh-HK" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "312", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Heading1", "heading 1", 0, "32"),
            Heading("Heading2", "heading 2", 1, "28"));
        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }

    private static Style Heading(string id, string name, int level, string size) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" },
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level }),
            new StyleRunProperties(new Bold(), new FontSize { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };
}

/// <summary>One single-level list per label style; a number that does not continue its list starts a new instance at that number.</summary>
internal sealed class NumberingBuilder
{
    private readonly List<AbstractNum> _abstracts = [];
    private readonly List<NumberingInstance> _instances = [];
    private readonly Dictionary<LabelStyle, int> _abstractIds = [];
    private readonly Dictionary<LabelStyle, (int NumId, int Last)> _current = [];
    private int? _bulletNumId;

    public NumberingProperties For(LabelStyle style, int number)
    {
        if (!_abstractIds.TryGetValue(style, out var abstractId))
        {
            abstractId = _abstracts.Count;
            _abstractIds[style] = abstractId;
            _abstracts.Add(Abstract(abstractId, style.Format, style.Before + "%1" + style.After, style.Suffix));
        }

        if (!_current.TryGetValue(style, out var current) || number != current.Last + 1)
        {
            var instance = NewInstance(abstractId);
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = number }) { LevelIndex = 0 });
            current = ((int)instance.NumberID!.Value, number - 1);
        }

        _current[style] = (current.NumId, number);
        return Properties(current.NumId);
    }

    public NumberingProperties Bullet()
    {
        if (_bulletNumId is null)
        {
            var abstractId = _abstracts.Count;
            _abstracts.Add(Abstract(abstractId, NumberFormatValues.Bullet, "•", LevelSuffixValues.Space));
            _bulletNumId = (int)NewInstance(abstractId).NumberID!.Value;
        }

        return Properties(_bulletNumId.Value);
    }

    public Numbering Build()
    {
        var numbering = new Numbering();
        numbering.Append(_abstracts);
        numbering.Append(_instances);
        return numbering;
    }

    private NumberingInstance NewInstance(int abstractId)
    {
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = _instances.Count + 1 };
        _instances.Add(instance);
        return instance;
    }

    private static NumberingProperties Properties(int numId) =>
        new(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId });

    private static AbstractNum Abstract(int id, NumberFormatValues format, string text, LevelSuffixValues suffix) =>
        new(new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelSuffix { Val = suffix },
                new LevelText { Val = text }, new LevelJustification { Val = LevelJustificationValues.Left })
            { LevelIndex = 0 })
        { AbstractNumberId = id };
}

internal static class HtmlWriter
{
    public static string Write(List<Block> blocks, bool english)
    {
        var title = blocks.FirstOrDefault()?.Text ?? "";
        var sb = new StringBuilder();
        sb.Append($$"""
            <!DOCTYPE html>
            <html lang="{{(english ? "en" : "zh-HK")}}">
            <head>
            <meta charset="utf-8">
            <title>{{E(title)}}</title>
            <style>body { font-family: sans-serif; } nav a { margin-right: 1em; } .hidden { display: none; }</style>
            <script>window.dataLayer = window.dataLayer || []; function gtag() { dataLayer.push(arguments); } gtag('js', new Date());</script>
            </head>
            <body>
            <a class="skip" href="#content">{{(english ? "Skip to main content" : "跳至主要內容")}}</a>
            <header id="top">
            <div class="logo">{{(english ? "GovHK" : "香港政府一站通")}}</div>
            <nav><ul><li><a href="/">{{(english ? "Home" : "首頁")}}</a></li><li><a href="/press">{{(english ? "Press Releases" : "新聞公報")}}</a></li><li><a href="/search">{{(english ? "Search" : "搜尋")}}</a></li></ul></nav>
            </header>
            <nav class="breadcrumb"><a href="/">{{(english ? "Home" : "首頁")}}</a> &gt; <a href="/press">{{(english ? "Press Releases" : "新聞公報")}}</a></nav>
            <main id="content">
            <article>

            """);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    var tag = i == 0 ? "h1" : "h2";
                    sb.Append($"<{tag}>{E(block.Text)}</{tag}>\n");
                    break;
                case BlockKind.Numbered when block.Listed:
                    sb.Append($"<ol start=\"{block.Number}\">\n");
                    for (; i < blocks.Count && blocks[i] is { Kind: BlockKind.Numbered, Listed: true }; i++)
                    {
                        sb.Append($"  <li>{E(blocks[i].Text)}</li>\n");
                    }

                    i--;
                    sb.Append("</ol>\n");
                    break;
                case BlockKind.Bullet:
                    sb.Append("<ul>\n");
                    for (; i < blocks.Count && blocks[i].Kind == BlockKind.Bullet; i++)
                    {
                        sb.Append($"  <li>{E(blocks[i].Text)}</li>\n");
                    }

                    i--;
                    sb.Append("</ul>\n");
                    break;
                default:
                    sb.Append($"<p>{E(block.Line)}</p>\n");
                    break;
            }
        }

        sb.Append($$"""
            </article>
            <aside><h2>{{(english ? "Related links" : "相關連結")}}</h2><ul><li><a href="/archive">{{(english ? "Archive" : "新聞檔案")}}</a></li></ul></aside>
            </main>
            <footer><p>2023 &copy; {{(english ? "Important notices | Privacy policy" : "重要告示 | 私隱政策")}}</p><p>{{(english ? "Last revision date" : "修訂日期")}}: 2023-10-13</p></footer>
            <script src="/js/site.js"></script>
            <noscript>{{(english ? "Please enable JavaScript" : "請啟用 JavaScript")}}</noscript>
            </body>
            </html>

            """);
        return sb.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
