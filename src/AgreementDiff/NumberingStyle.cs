namespace AgreementDiff;

/// <summary>How a clause's label was printed; clauses of one style at one depth form a sequence.</summary>
public enum NumberingStyle
{
    /// <summary>The clause has no printed number (preamble, closing, signatures, body).</summary>
    None,

    /// <summary>A Chinese numeral followed by an ideographic comma: <c>一、</c>.</summary>
    ChineseComma,

    /// <summary>A Chinese numeral in full- or half-width parentheses: <c>（一）</c>, <c>(十二)</c>.</summary>
    ChineseParenthesized,

    /// <summary>An Arabic number followed by a dot or ideographic comma, optionally after a dash: <c>1.</c>, <c>1、</c>, <c>- 1.</c>.</summary>
    Arabic,

    /// <summary>An Arabic number in full- or half-width parentheses: <c>（1）</c>.</summary>
    ArabicParenthesized,

    /// <summary>A circled number: <c>①</c>.</summary>
    Circled,

    /// <summary>A lower-case Latin letter in parentheses: <c>(a)</c>.</summary>
    LatinParenthesized,

    /// <summary>A part: <c>第一部分</c>, <c>第一編</c>.</summary>
    Part,

    /// <summary>A chapter: <c>第一章</c>.</summary>
    Chapter,

    /// <summary>A section of a chapter: <c>第一節</c>.</summary>
    ChapterSection,

    /// <summary>An article or clause: <c>第一條</c>, <c>第1条</c>, <c>Article 1</c>, <c>Clause 1</c>.</summary>
    Article,

    /// <summary>A paragraph of an article: <c>第一款</c>.</summary>
    ArticleParagraph,

    /// <summary>An unnumbered heading underlined with a rule line (<c>——</c>, <c>***</c>); the label is the heading text.</summary>
    Underlined,

    /// <summary>A lower-case Roman numeral in parentheses: <c>(i)</c>, <c>(iv)</c>.</summary>
    RomanParenthesized,

    /// <summary>An upper-case Roman numeral followed by a dot: <c>I.</c>, <c>IV.</c>.</summary>
    Roman,

    /// <summary>A lower-case Roman numeral followed by a dot or a closing parenthesis: <c>i.</c>, <c>iv)</c>.</summary>
    LowerRoman,

    /// <summary>A number with decimal levels: <c>2.1</c>, <c>2.1.1</c>; the label is the whole number and each level nests in the one before.</summary>
    Decimal,

    /// <summary>An upper-case Latin letter in parentheses: <c>(A)</c>.</summary>
    UpperLatinParenthesized,

    /// <summary>A lower-case Latin letter followed by a closing parenthesis: <c>a)</c>.</summary>
    Latin,

    /// <summary>An upper-case Roman numeral in parentheses: <c>(I)</c>, <c>(IV)</c>.</summary>
    UpperRomanParenthesized,

    /// <summary>An unnumbered heading the format marks as one (a Markdown heading), or a law's unnumbered chapter standing alone between articles (<c>附 则</c>); the label is the heading text without spaces.</summary>
    Heading,
}
