using System.Text.RegularExpressions;

namespace AgreementDiff.Reading;

/// <summary>Patterns of the parties and signature blocks: organisations, office holders, English party lists, sign-offs.</summary>
internal static partial class DocumentPatterns
{
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
}
