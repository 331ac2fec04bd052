using System.Globalization;
using System.Text;

namespace AgreementDiff.Reading.Formats;

/// <summary>Prints list numbers the way Word (<c>w:numFmt</c>) and browsers (<c>&lt;ol type&gt;</c>) do.</summary>
internal static class ListNumbers
{
    private const string ChineseDigits = "〇一二三四五六七八九";

    /// <summary>Prints <paramref name="number"/> in <paramref name="format"/>: a Word number format name or an HTML list type; unknown formats print decimal.</summary>
    public static string Format(int number, string format) => format switch
    {
        "a" or "lowerLetter" => Letters(number, 'a'),
        "A" or "upperLetter" => Letters(number, 'A'),
        "i" or "lowerRoman" => Roman(number).ToLowerInvariant(),
        "I" or "upperRoman" => Roman(number),
        "chineseCounting" or "chineseCountingThousand" or "taiwaneseCounting" or "taiwaneseCountingThousand"
            or "japaneseCounting" or "chineseLegalSimplified" => Chinese(number),
        "ideographTraditional" when number is >= 1 and <= 10 => "甲乙丙丁戊己庚辛壬癸"[number - 1].ToString(),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when number is >= 1 and <= 20 => ((char)('\u2460' + number - 1)).ToString(),
        "decimalZero" when number < 10 => "0" + number.ToString(CultureInfo.InvariantCulture),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(number.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c + 0xFEE0))),
        _ => number.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Chinese counting numbers: 一, 十, 十一, 二十, 一百零一.</summary>
    public static string Chinese(int number)
    {
        if (number <= 0 || number >= 10000)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        if (number is >= 10 and < 20)
        {
            return "十" + (number == 10 ? string.Empty : ChineseDigits[number - 10].ToString());
        }

        var sb = new StringBuilder();
        var units = new[] { (1000, "千"), (100, "百"), (10, "十"), (1, string.Empty) };
        var zero = false;
        foreach (var (value, unit) in units)
        {
            var digit = number / value % 10;
            if (digit == 0)
            {
                zero = sb.Length > 0;
                continue;
            }

            if (zero)
            {
                sb.Append('零');
                zero = false;
            }

            sb.Append(ChineseDigits[digit]).Append(unit);
        }

        return sb.ToString();
    }

    private static string Letters(int number, char first)
    {
        if (number <= 0)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        // Word and browsers repeat the letter past z: aa, bb (Word) or continue aa, ab (browsers); agreements rarely go past z.
        var letter = (char)(first + (number - 1) % 26);
        return new string(letter, (number - 1) / 26 + 1);
    }

    private static string Roman(int number) =>
        number is <= 0 or >= 4000 ? number.ToString(CultureInfo.InvariantCulture) : Numerals.ToRoman(number);
}
