namespace AgreementDiff.Reading;

/// <summary>Reads the numbers that label clauses: Chinese numerals, Arabic digits, circled digits, Latin letters, Roman numerals and English number words.</summary>
internal static class Numerals
{
    private static readonly string[] Units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>Reads a Chinese numeral such as 十二, 二十一, 一百零五 or 两; returns <see langword="null"/> when it is not one.</summary>
    public static int? ParseChinese(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        int total = 0, section = 0, digit = -1;
        foreach (var c in text)
        {
            var d = c switch
            {
                '〇' or '零' => 0,
                '一' => 1,
                '二' or '两' or '兩' => 2,
                '三' => 3,
                '四' => 4,
                '五' => 5,
                '六' => 6,
                '七' => 7,
                '八' => 8,
                '九' => 9,
                _ => -1,
            };
            if (d >= 0)
            {
                digit = d;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                return null;
            }

            section += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
            if (unit == 1000)
            {
                total += section;
                section = 0;
            }
        }

        return total + section + Math.Max(digit, 0);
    }

    /// <summary>Reads a Roman numeral (I–CCC) or returns <see langword="null"/>.</summary>
    public static int? ParseRoman(ReadOnlySpan<char> text)
    {
        var total = 0;
        var previous = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var value = char.ToUpperInvariant(text[i]) switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };
            if (value == 0)
            {
                return null;
            }

            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }

        return total > 0 ? total : null;
    }

    /// <summary>Reads a Roman numeral only in its standard spelling (<c>iv</c>, not <c>iiii</c> or <c>vv</c>), in either case; returns <see langword="null"/> otherwise.</summary>
    public static int? ParseCanonicalRoman(string text)
    {
        if (text.Length == 0 || ParseRoman(text) is not { } value || value > 399)
        {
            return null;
        }

        return string.Equals(ToRoman(value), text, StringComparison.OrdinalIgnoreCase) ? value : null;
    }

    /// <summary>Reads an English number word from one to ninety-nine (<c>One</c>, <c>TWELVE</c>, <c>Twenty-One</c>); returns <see langword="null"/> otherwise.</summary>
    public static int? ParseEnglish(string text)
    {
        var word = text.ToLowerInvariant();
        var unit = Array.IndexOf(Units, word);
        if (unit > 0)
        {
            return unit;
        }

        var dash = word.IndexOf('-', StringComparison.Ordinal);
        var tens = Array.IndexOf(Tens, dash < 0 ? word : word[..dash]);
        if (tens < 2)
        {
            return null;
        }

        if (dash < 0)
        {
            return tens * 10;
        }

        var ones = Array.IndexOf(Units, word[(dash + 1)..]);
        return ones is >= 1 and <= 9 ? (tens * 10) + ones : null;
    }

    /// <summary>Writes <paramref name="value"/> (1–3999) in upper-case Roman numerals.</summary>
    internal static string ToRoman(int value)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var (amount, symbol) in (ReadOnlySpan<(int, string)>)[(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")])
        {
            while (value >= amount)
            {
                sb.Append(symbol);
                value -= amount;
            }
        }

        return sb.ToString();
    }
}
