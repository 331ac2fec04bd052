using System.Text.RegularExpressions;

namespace AgreementDiff.Reading;

/// <summary>The conventions of agreements and press releases the reader relies on, in Chinese (both scripts) and English.</summary>
/// <remarks>These are drafting conventions (closing formulas, signature blocks, web-page chrome), not the content of any document.</remarks>
internal static partial class DocumentPatterns
{
    /// <summary>Tells whether a cleaned line is web-page chrome or a page number, which the reader drops.</summary>
    public static bool IsChrome(string line) => Chrome().IsMatch(line) || PageNumber().IsMatch(line);

    /// <summary>Tells whether a cleaned line is a rule (——, ***, ===) that underlines a heading or separates parts.</summary>
    public static bool IsRule(string line) => line.Length >= 2 && Rule().IsMatch(line);

    /// <summary>Tells whether a paragraph opens with a closing formula (本協議於…生效, This Agreement shall enter into force…, Done at…).</summary>
    public static bool IsClosingFormula(string paragraphStart) => ClosingFormula().IsMatch(paragraphStart) && ClosingWords().IsMatch(paragraphStart);

    /// <summary>Tells whether a paragraph is the document's own signing statement (Signed in … on …, This Agreement was signed at …, 本協議於…簽署), not a mention of another document's signing.</summary>
    public static bool SaysSigned(string text) => SigningStatement().IsMatch(text);

    /// <summary>Tells whether a heading names final provisions, under which closing formulas stay part of the section.</summary>
    public static bool IsFinalProvisionsHeading(string heading) => FinalProvisions().IsMatch(heading);

    /// <summary>Tells whether a title ends with a word naming a kind of document (協議, 備忘錄, Agreement).</summary>
    public static bool EndsWithDocumentKind(string title) => DocumentKind().IsMatch(title);

    /// <summary>Tells whether an English title names a kind of document anywhere (Memorandum of Understanding on …, … Agreement between …).</summary>
    public static bool NamesDocumentKind(string title) => EnglishDocumentKind().IsMatch(title);

    /// <summary>Tells whether a line continues an English title: it starts in lower case with a connecting word (between, and, on, concerning …).</summary>
    public static bool ContinuesTitle(string line) => TitleContinuation().IsMatch(line);

    /// <summary>Tells whether a title line breaks off after a connecting word ("Co-operation Agreement between"), so the next line goes on with it whatever its first word.</summary>
    public static bool BreaksOffTitle(string line) => TitleBreak().IsMatch(line);

    /// <summary>Tells whether a line names an annex (附件一, Annex 2) on its own.</summary>
    public static bool IsAnnexLabel(string line) => AnnexLabel().IsMatch(line);

    /// <summary>Reads a line that heads an annex with its title after a colon (附件一:香港特别行政区行政长官的产生办法): the label and the title, or <see langword="null"/>.</summary>
    public static (string Label, string Title)? AnnexHeading(string line) =>
        AnnexWithTitle().Match(line) is { Success: true } m && !TextCleaner.EndsSentence(m.Groups["title"].Value)
            ? (m.Groups["label"].Value.Replace(" ", string.Empty, StringComparison.Ordinal), m.Groups["title"].Value.Trim())
            : null;

    /// <summary>Tells whether a line is the heading of a law's preamble standing alone: 序言, 序 言, Preamble.</summary>
    public static bool IsPreambleHeading(string line) => PreambleHeading().IsMatch(line);

    /// <summary>Tells whether a line is the heading of a contents list: 目录, 目 录, 目錄, Contents.</summary>
    public static bool IsContentsHeading(string line) => ContentsHeading().IsMatch(line);

    [GeneratedRegex(@"^(跳至主要內容|跳至主要内容|跳到主要內容|跳到主要内容|跳過導航|跳过导航|skip to (main )?content|go to main content|skip navigation|nnnn|today's press releases|即日新聞|即日新闻|print this page|列印此頁|打印此页|打印本頁|打印本页|back to top|返回頁首|返回页首|返回頂部|返回顶部)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chrome();

    [GeneratedRegex(@"^([0-9]{1,3}|[-–—]\s*[0-9]{1,3}\s*[-–—]|第\s*[0-9]{1,3}\s*[頁页](\s*[,/]?\s*共\s*[0-9]{1,3}\s*[頁页])?|page [0-9]{1,3}( of [0-9]{1,3})?|[0-9]{1,3}\s*/\s*[0-9]{1,3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[-–—―─━=*_~·•.\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(本|此)(項|项)?(合作)?(框架|補充|补充|諒解|谅解)?(協議|协议|備忘錄|备忘录|協定|协定|安排|合同|意向書|意向书|議定書|议定书|紀要|纪要)|^This\s+(Agreement|Memorandum|Arrangement|Protocol)\b|^Done\s+(at|in)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingFormula();

    [GeneratedRegex(@"生效|簽署|签署|簽訂|签订|簽字|签字|一式|有效期|終止|终止|effect|into force|signed|signature|copies|originals|authentic|valid", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingWords();

    [GeneratedRegex(@"^(?:This\s+(?:Agreement|Memorandum|Arrangement)\s+(?:is|was)\s+)?(?:Signed|Done)\s+(?:at|in|on)\b|^本(?:協議|协议|備忘錄|备忘录|安排)[^。]{0,40}?(?:於|于)[^。]{0,40}?(?:簽署|签署|簽訂|签订)(?!的)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SigningStatement();

    [GeneratedRegex(@"附則|附则|最後條款|最后条款|其他|其它|生效|終止|终止|final|miscellaneous|entry into force|supplementary provisions", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FinalProvisions();

    [GeneratedRegex(@"(協議|协议|備忘錄|备忘录|協定|协定|安排|合同|意向書|意向书|議定書|议定书|紀要|纪要|綱要|纲要|方案|措施|計劃|计划|規劃|规划|章程|公報|公报|聲明|声明|Agreement|Memorandum|Arrangement|Protocol|Understanding|Declaration)\s*(\([^)]{1,20}\))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentKind();

    [GeneratedRegex(@"\b(Agreement|Memorandum|Arrangement|Protocol|Understanding|Declaration)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDocumentKind();

    [GeneratedRegex(@"^(between|among|amongst|and|of|on|for|concerning|regarding|relating to|in respect of|with)(\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TitleContinuation();

    [GeneratedRegex(@"(^|\s)(between|among|amongst|and|of|on|for|concerning|regarding|relating to|in respect of|with)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleBreak();

    [GeneratedRegex(@"^(附件|附錄|附录|Annex|Appendix|Attachment|Schedule)\s*([一二三四五六七八九十0-9]+|[A-Z])?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnexLabel();

    [GeneratedRegex(@"^(?<label>(?:附件|附錄|附录)\s*(?:[一二三四五六七八九十]+|[0-9]+)?)\s*:\s*(?<title>[^:]{2,40})$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexWithTitle();

    [GeneratedRegex(@"^(?:序\s*言|preamble)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreambleHeading();

    [GeneratedRegex(@"^(?:目\s*[录錄]|contents|table\s+of\s+contents)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentsHeading();
}
