using System.Globalization;
using System.Text.RegularExpressions;

namespace AgreementDiff.Reading;

/// <summary>The conventions of agreements and press releases the reader relies on, in Chinese (both scripts) and English.</summary>
/// <remarks>These are drafting conventions (closing formulas, signature blocks, web-page chrome), not the content of any document.</remarks>
internal static partial class DocumentPatterns
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

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

    /// <summary>Reads a note under a law's title that says when it takes effect (本修正案自公布之日起实行, 本法自2018年1月1日起施行): the event, its date as printed (with no value when it names no calendar date), or <see langword="null"/>.</summary>
    public static RevisionEvent? InForceNote(string line, int lineNumber)
    {
        if (InForce().Match(line) is not { Success: true } m)
        {
            return null;
        }

        var when = m.Groups["when"].Value;
        var date = Dates(when, lineNumber).FirstOrDefault() ?? new PrintedDate(when, null, lineNumber);
        return new RevisionEvent(RevisionKind.InForce, m.Groups["w"].Value, date, line.Trim());
    }

    /// <summary>Tells whether a line belongs to a block naming the parties (address, legal representative, 甲方).</summary>
    public static bool IsPartyDetail(string line) => PartyDetail().IsMatch(line);

    /// <summary>Tells whether a short line is typical of a signature block or a sign-off: a date, a time, a seal, a signature, an office or a party.</summary>
    public static bool IsSignatureCue(string line) =>
        SignatureWords().IsMatch(line) || Dates(line, 0).Any() || Time().IsMatch(line) || OfficeTitle().IsMatch(line) || MentionsOrganization(line);

    /// <summary>Tells whether one of the space- or comma-separated parts of a line ends like an organisation (政府, 局, Government …): a cue, not a name.</summary>
    public static bool MentionsOrganization(string line) => OrganizationParts(line).Any();

    /// <summary>Finds the names of the organisations a line names as parties: the parts ending in 政府, 委員會, 局 … of a Chinese line, the whole names of an English one.</summary>
    /// <remarks>English names are phrases ("Government of the Hong Kong Special Administrative Region"), so an English line is read by <see cref="EnglishParties"/>, never cut at spaces.</remarks>
    public static IEnumerable<string> Organizations(string line) => TextCleaner.IsMostlyLatin(line) ? EnglishParties(line) : OrganizationParts(line);

    /// <summary>Tells whether a sign-off is a bare date line (a press release's 2023年6月26日(星期一), Ends/Monday, …): no line names an organisation or an office or carries a mark of signing.</summary>
    public static bool IsBareSignOff(string text) =>
        text.Split('\n').All(line => !MentionsOrganization(line) && !OfficeTitle().IsMatch(line.Trim()) && !SigningMark().IsMatch(line));

    /// <summary>Removes the address a line of a party or signature block gives (地址：西安市新城區新城大院, 乙方地址：…, Address: …), which names a place, not a party.</summary>
    public static string WithoutAddress(string line) => AddressPart().Replace(line, string.Empty);

    /// <summary>Tells whether a line starts with a label for the parties (Parties:, Between:, Party A:).</summary>
    public static bool IsPartyLabel(string line) => PartyLabel().IsMatch(line);

    /// <summary>Finds the English names of parties in a title, a preamble or a line of a parties or signature block.</summary>
    /// <remarks>
    /// Reads, in this order of preference, a labelled list ("Parties: A and B", "Party A: A"), a signing line ("For [and on behalf of] the A"),
    /// the lists after "between" or "among", or else the text as a list ("The A and the B (hereinafter …)"). A name is a run of capitalised
    /// words, joined by of, the, and, for or in, that holds a word naming a body (Government, Bureau, Department …) and does not start with an
    /// office (Secretary, Director …); a signing line's name needs no such word ("For Invest Hong Kong"). A leading "the" is dropped.
    /// </remarks>
    public static IEnumerable<string> EnglishParties(string text)
    {
        var labelled = PartyLabel().Match(text);
        if (labelled.Success)
        {
            return NamedList(text[labelled.Length..]);
        }

        var signing = SigningFor().Match(text);
        if (signing.Success)
        {
            var name = WithoutArticle(UpToListEnd(text[signing.Length..]));
            return IsEnglishName(name) && !OfficeHolder().IsMatch(name) ? [name] : [];
        }

        var lists = ListOpening().Matches(text);
        return lists.Count > 0
            ? lists.SelectMany(m => NamedList(text[(m.Index + m.Length)..])).ToList()
            : NamedList(text);
    }

    /// <summary>Reads the names in a list ("the A, the B and the C"), up to the end of the list; a part that is no name on its own joins the next ("the Trade and Industry Department").</summary>
    /// <remarks>A name may itself hold "and" ("Ministry of Science and Technology"): it runs on while it does not end in a word naming a body and the next part neither starts with "the" nor is a name of its own.</remarks>
    private static List<string> NamedList(string text)
    {
        var names = new List<string>();
        var pending = string.Empty;
        string? found = null;
        var pieces = ListSeparator().Split(UpToListEnd(text));
        for (var i = 0; i < pieces.Length; i += 2)
        {
            var piece = pieces[i].Trim();
            if (found is not null && !ExtendsName(found, pieces[i - 1], piece))
            {
                names.Add(found);
                found = null;
                pending = string.Empty;
            }

            pending = pending.Length == 0 || StartsWithArticle(piece) ? piece : pending + pieces[i - 1] + piece;
            var name = WithoutArticle(pending);
            if (IsEnglishOrganization(name))
            {
                found = name;
            }
        }

        if (found is not null)
        {
            names.Add(found);
        }

        return names;
    }

    private static bool ExtendsName(string name, string separator, string piece) =>
        piece.Length > 0 && !StartsWithArticle(piece) && !EndsWithBodyWord(name)
        && !IsEnglishOrganization(piece) && IsEnglishOrganization(name + separator + piece);

    private static bool EndsWithBodyWord(string name) => BodyWord().IsMatch(name[(name.LastIndexOf(' ') + 1)..]);

    private static string UpToListEnd(string text)
    {
        var end = ListEnd().Match(text);
        return (end.Success ? text[..end.Index] : text).Trim().TrimEnd(',', '.', ';', ':');
    }

    private static bool StartsWithArticle(string text) => text.StartsWith("the ", StringComparison.OrdinalIgnoreCase);

    private static string WithoutArticle(string text) => StartsWithArticle(text) ? text[4..].TrimStart() : text;

    private static bool IsEnglishOrganization(string name) =>
        name.Contains(' ', StringComparison.Ordinal) && IsEnglishName(name) && BodyWord().IsMatch(name) && !OfficeHolder().IsMatch(name);

    /// <summary>Tells whether a text is a proper name: capitalised words, joined by lower-case of, the, and, for, in …, starting and ending with a capitalised word.</summary>
    private static bool IsEnglishName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return text.Length is >= 3 and <= 150 && words.Length <= 20 && words.Length > 0
            && IsCapitalised(words[0]) && IsCapitalised(words[^1])
            && words.All(IsTitleWord);
    }

    /// <summary>Whether every word of an English text (cut at spaces and commas) is capitalised or a number or mark, lower-case joining words (of, the, and …) aside.</summary>
    public static bool IsTitleCase(string text)
    {
        var words = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words.All(IsTitleWord);
    }

    private static bool IsTitleWord(string word) => !char.IsLetter(word[0]) || char.IsUpper(word[0]) || NameConnective().IsMatch(word);

    private static bool IsCapitalised(string word) => char.IsUpper(word[0]) || char.IsAsciiDigit(word[0]);

    /// <summary>Finds the parts of a line, cut at spaces, commas and 、 與 与, that end like an organisation.</summary>
    private static IEnumerable<string> OrganizationParts(string line)
    {
        foreach (var part in PartySeparator().Split(line))
        {
            // What precedes a colon followed by text labels the name (甲方：, 乙方（蓋章）：); a name holds no colon.
            var colon = part.LastIndexOfAny([':', '：']);
            var name = (colon >= 0 && colon < part.Length - 1 ? part[(colon + 1)..] : part).Trim(' ', '(', ')', ':', '：', '"');
            if (name.Length is >= 3 and <= 40 && Organization().IsMatch(name) && !name.Contains('。'))
            {
                yield return TextCleaner.RemoveCjkSpaces(name);
            }
        }
    }

    /// <summary>Finds the dates printed in a text: 2023 年 10 月 13 日, 二〇二三年十月十三日, October 13, 2023, 13 October 2023.</summary>
    public static IEnumerable<PrintedDate> Dates(string text, int line)
    {
        foreach (Match m in ChineseDate().Matches(text))
        {
            yield return new PrintedDate(m.Value, ToDate(Year(m.Groups["y"].Value), Small(m.Groups["m"].Value), Small(m.Groups["d"].Value)), line);
        }

        foreach (Match m in EnglishDate().Matches(text))
        {
            var month = Array.IndexOf(Months, (m.Groups["m1"].Success ? m.Groups["m1"] : m.Groups["m2"]).Value.ToLowerInvariant()) + 1;
            var day = int.Parse(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            yield return new PrintedDate(m.Value, ToDate(year, month, day), line);
        }
    }

    /// <summary>Reads the events of a revision-history line (1999年4月29日…通过　2009年8月27日…第一次修正): each date with the first event word after it, before the next date.</summary>
    /// <remarks>A date followed by no event word before the next date (根据2011年1月8日《…决定》) belongs to the event after it: the decision's date is the revision's.</remarks>
    public static IEnumerable<RevisionEvent> History(string text, int line)
    {
        var dates = ChineseDate().Matches(text).ToList();
        for (var i = 0; i < dates.Count; i++)
        {
            var from = dates[i].Index;
            var to = i + 1 < dates.Count ? dates[i + 1].Index : text.Length;
            var after = dates[i].Index + dates[i].Length;
            var word = RevisionWord().Matches(text[..to], after).FirstOrDefault(w => !InsideTitle(text, after, w.Index));
            if (word is null)
            {
                continue;
            }

            var m = dates[i];
            var date = new PrintedDate(m.Value, ToDate(Year(m.Groups["y"].Value), Small(m.Groups["m"].Value), Small(m.Groups["d"].Value)), line);
            var kind = word.Groups["w"].Value switch
            {
                "通过" or "通過" or "批准" => RevisionKind.Adopted,
                "公布" or "发布" or "發布" => RevisionKind.Promulgated,
                "修订" or "修訂" => RevisionKind.Revised,
                "施行" => RevisionKind.InForce,
                _ => RevisionKind.Amended,
            };
            yield return new RevisionEvent(kind, word.Value, date, text[from..(word.Index + word.Length)].Trim());
        }
    }

    /// <summary>Whether <paramref name="at"/> lies inside a cited title (《关于修改〈…〉的决定》) that opens after <paramref name="from"/>: a word there names the decision, not the event.</summary>
    private static bool InsideTitle(string text, int from, int at)
    {
        var depth = 0;
        for (var i = from; i < at; i++)
        {
            depth += text[i] switch { '《' => 1, '》' => -1, _ => 0 };
        }

        return depth > 0;
    }

    /// <summary>Tells whether a line before a law's text records its history: it holds a date and an event word (通过, 修正, 修订, 公布, 施行) and is no sentence of a preamble (it does not end with 。 and opens with a date, a bracket or 根据).</summary>
    public static bool IsHistoryLine(string line) =>
        HistoryOpening().IsMatch(line) && History(line, 0).Any() && !line.TrimEnd(')', '）', ' ').EndsWith('。');

    /// <summary>Tells whether a line is the heading of a contents list: 目录, 目 录, 目錄, Contents.</summary>
    public static bool IsContentsHeading(string line) => ContentsHeading().IsMatch(line);

    private static DateOnly? ToDate(int? year, int? month, int? day) =>
        year is { } y && month is { } m && day is { } d && m is >= 1 and <= 12 && d >= 1 && y is >= 1900 and <= 2200 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    private static int? Year(string text)
    {
        if (char.IsAsciiDigit(text[0]))
        {
            return int.Parse(text, CultureInfo.InvariantCulture);
        }

        var year = 0;
        foreach (var c in text)
        {
            var digit = "〇一二三四五六七八九".IndexOf(c == '○' || c == '零' ? '〇' : c);
            if (digit < 0)
            {
                return null;
            }

            year = (year * 10) + digit;
        }

        return year;
    }

    private static int? Small(string text) =>
        char.IsAsciiDigit(text[0]) ? int.Parse(text, CultureInfo.InvariantCulture) : Numerals.ParseChinese(text);

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

    [GeneratedRegex(@"^本[^\s,。;]{1,10}自(?<when>[^\s,。;]{2,20})起(?<w>施行|实行|實行|生效)$", RegexOptions.CultureInvariant)]
    private static partial Regex InForce();

    [GeneratedRegex(@"地址|住所|地點|地点|法定代表人|授權代表|授权代表|代表人|聯繫人|联系人|^(甲|乙|丙)方|^Party [A-C]\b|^Address|Represented by", RegexOptions.CultureInvariant)]
    private static partial Regex PartyDetail();

    [GeneratedRegex(@"簽字|签字|簽署|签署|簽章|签章|蓋章|盖章|公章|印章|簽名|签名|\(Signed\)|Signature|^Ends\b|^Issued at", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignatureWords();

    [GeneratedRegex(@"[0-9]{1,2}\s*[時时]\s*[0-9]{1,2}\s*分|\b[0-9]{1,2}:[0-9]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    [GeneratedRegex(@"(省長|省长|市長|市长|司長|司长|局長|局长|部長|部长|廳長|厅长|主任|主席|書記|书记|行政長官|行政长官|代表)$|(Secretary|Minister|Governor|Chief Executive|Director|Mayor|Chairman)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeTitle();

    [GeneratedRegex(@"(政府|委員會|委员会|辦公室|办公室|辦事處|办事处|廳|厅|局|部|署|院|會|会|公司|大學|大学|Government|Council|Bureau|Department|Commission|Authority|Ministry|University|Office)$", RegexOptions.CultureInvariant)]
    private static partial Regex Organization();

    [GeneratedRegex(@"\s+|[、,，;；與与]", RegexOptions.CultureInvariant)]
    private static partial Regex PartySeparator();

    [GeneratedRegex(@"簽字|签字|簽章|签章|蓋章|盖章|公章|印章|簽名|签名|\(Signed\)|Signature|^\s*For\s+(?:and\s+on\s+behalf\s+of\s+)?(?:the\s+)?[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex SigningMark();

    [GeneratedRegex(@"(?:[甲乙丙]方)?(?:注[冊册]|辦公|办公|通[訊讯信])?(?:地\s*址|住\s*所地?)\s*[:：].*$|\bAddress(?:\s+of\s+[\w ]{1,40}?)?\s*[:：].*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressPart();

    [GeneratedRegex(@"^\s*(?:Parties|Between|Party\s+[A-D1-4]|(?:First|Second|Third)\s+Party)\s*[:：]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartyLabel();

    [GeneratedRegex(@"^\s*For\s+(?:and\s+on\s+behalf\s+of\s+)?(?:the\s+)?(?=[A-Z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SigningFor();

    [GeneratedRegex(@"\b(?:between|among|amongst)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListOpening();

    [GeneratedRegex(@"[()\[\];:!?""“”]|\.(?:\s|$)|\s(?:on|concerning|regarding|relating\s+to|in\s+respect\s+of|with\s+(?:regard|respect)\s+to|for\s+(?:the|a|an)|to|who|which|that|hereinafter|have|has|shall|will|is|are|was|were|after|with|in\s+(?:the|a|an|order|accordance))\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListEnd();

    [GeneratedRegex(@"(\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^(?:of|the|and|for|in|on|to|with|a|an|or|at|by|de|du|des|&)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameConnective();

    [GeneratedRegex(@"\b(?:Government|Bureau|Department|Commission|Council|Authority|Ministry|Office|Committee|Agency|Administration|Secretariat|Board|Corporation|University|Municipality)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyWord();

    [GeneratedRegex(@"^(?:(?:Vice|Deputy|Permanent|Under|Assistant|Acting|Executive|Chief|Principal|Senior)[-\s]+)*(?:Secretary|Minister|Governor|Chief\s+Executive|Director|Mayor|Chairman|Chairperson|Chair|President|Commissioner|Head|Representative)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfficeHolder();

    [GeneratedRegex(@"(?<y>[0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"\b(?:(?<m1>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<d1>[0-9]{1,2}),?\s+|(?<d2>[0-9]{1,2})\s+(?<m2>January|February|March|April|May|June|July|August|September|October|November|December),?\s+)(?<y>[0-9]{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"(?:第[一二三四五六七八九十]+次)?(?<w>通过|通過|批准|公布|发布|發布|修正|修订|修訂|修改|施行)", RegexOptions.CultureInvariant)]
    private static partial Regex RevisionWord();

    [GeneratedRegex(@"^[(（\[【]?\s*(?:根据|根據)?\s*(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年", RegexOptions.CultureInvariant)]
    private static partial Regex HistoryOpening();

    [GeneratedRegex(@"^(?:目\s*[录錄]|contents|table\s+of\s+contents)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentsHeading();
}
