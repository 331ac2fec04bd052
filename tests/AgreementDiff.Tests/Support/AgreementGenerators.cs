using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace AgreementDiff.Tests.Support;

/// <summary>Two generated agreements, the right one usually a revision of the left.</summary>
public sealed record AgreementPair(GeneratedAgreement Left, GeneratedAgreement Right);

/// <summary>FsCheck generators of agreements built from the seeds' sentences and headings, reordered, reworded and laced with hostile text.</summary>
public static partial class AgreementGenerators
{
    /// <summary>Characters and sequences that break naive text handling: outside the BMP, lone surrogates, NUL, controls, odd spaces and breaks.</summary>
    public static readonly string[] Hostile =
    [
        "\U00020000", "\U0002A6D6", "😀", "👨‍👩‍👧", "\uD800", "\uDFFF", "\uDC00\uD800", "\0", "\u0001", "\u0008", "\u001B", "\u007F", "\u0085",
        "\u200B", "\u200D", "\uFEFF", "\u2028", "\u2029", "\u3000", "\t", "\r", "\n", "\r\n", "\n\r", "\f", "\v", "\uFFFD", "\uFFFE", "\uFFFF", "e\u0301",
        "（", "）", "(", ")", "、", "一、", "(一)", "1.", "§", "«", "»", "{+", "+}", "[-", "-]", "\\", "\"",
    ];

    private static readonly Lazy<Corpus> Seeds = new(LoadCorpus);

    /// <summary>Generates agreements, Chinese or English, with sections and items.</summary>
    public static Gen<GeneratedAgreement> Agreement { get; } = AgreementOf(reworded: true);

    /// <summary>Generates agreements whose items are the seeds' sentences as they are, save for hostile text, and none repeats part of another (<see cref="GeneratedAgreement.IsDistinct"/>).</summary>
    public static Gen<GeneratedAgreement> PlainAgreement { get; } = AgreementOf(reworded: false).Where(a => a.IsDistinct);

    /// <summary>Generates a left agreement and a right one that reorders, drops, adds and rewords its sections and items.</summary>
    public static Gen<AgreementPair> Pair { get; } =
        from left in Agreement
        from right in Gen.Frequency((5, Revise(left, reorder: true, reword: true)), (1, Agreement))
        select new AgreementPair(left, right);

    /// <summary>Generates a <see cref="PlainAgreement"/> and a revision that rewords its items where they stand.</summary>
    public static Gen<AgreementPair> RewordedPair { get; } =
        from left in PlainAgreement
        from sections in Gen.CollectToList(left.Sections, s => Gen.CollectToList(s.Items, i => Gen.Frequency((2, Gen.Constant(i)), (1, Reword(i)))).Select(items => s with { Items = [.. items] }))
        select new AgreementPair(left, left with { Sections = [.. sections] });

    /// <summary>Generates text that is mostly not an agreement at all: hostile characters, seed fragments and random code units.</summary>
    public static Gen<string> RawText { get; } =
        Gen.ListOf(Gen.Frequency(
            (3, Gen.Elements(Hostile)),
            (3, Sentence(false)),
            (1, Sentence(true)),
            (2, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())),
            (1, Gen.Elements("\n", "\r\n", "\r", "一、", "（一）", "1.", "Article 1", "第一條", "第一章", "——", "***")))).Select(string.Concat);

    /// <summary>An arbitrary of agreements, shrinking by dropping sections, items and the title and by shortening text.</summary>
    public static Arbitrary<GeneratedAgreement> ArbitraryOf(Gen<GeneratedAgreement> agreements) => Arb.From(agreements, Shrink);

    /// <summary>An arbitrary of pairs, shrinking each side.</summary>
    public static Arbitrary<AgreementPair> ArbitraryOf(Gen<AgreementPair> pairs) =>
        Arb.From(pairs, p => Shrink(p.Left).Select(l => p with { Left = l }).Concat(Shrink(p.Right).Select(r => p with { Right = r })));

    /// <summary>Shrinks an agreement one step at a time.</summary>
    public static IEnumerable<GeneratedAgreement> Shrink(GeneratedAgreement agreement)
    {
        if (agreement.LineBreaks.Count > 1 || agreement.LineBreaks[0] != "\n")
        {
            yield return agreement with { LineBreaks = ["\n"] };
        }

        if (agreement.Title is not null)
        {
            yield return agreement with { Title = null };
        }

        var sections = agreement.Sections;
        for (var s = 0; s < sections.Count; s++)
        {
            if (sections.Count > 1)
            {
                yield return agreement with { Sections = [.. sections.Where((_, i) => i != s)] };
            }

            var section = sections[s];
            for (var i = 0; i < section.Items.Count; i++)
            {
                yield return agreement with { Sections = Replace(sections, s, section with { Items = [.. section.Items.Where((_, j) => j != i)] }) };
                if (section.Items[i].Length > 4)
                {
                    var item = section.Items[i];
                    string[] shorter = [item[..(item.Length / 2)], item[(item.Length / 2)..]];
                    foreach (var text in shorter)
                    {
                        yield return agreement with { Sections = Replace(sections, s, section with { Items = Replace(section.Items, i, text) }) };
                    }
                }
            }

            if (section.Heading.Length > 2)
            {
                yield return agreement with { Sections = Replace(sections, s, section with { Heading = section.Heading[..(section.Heading.Length / 2)] }) };
            }
        }
    }

    private static IReadOnlyList<T> Replace<T>(IReadOnlyList<T> list, int index, T value) => [.. list.Select((v, i) => i == index ? value : v)];

    private static Gen<GeneratedAgreement> AgreementOf(bool reworded) =>
        from english in Gen.Elements(false, false, true)
        from arabicItems in Gen.Elements(false, true)
        from title in Gen.OneOf(Gen.Constant<string?>(null), Heading(english).Select(h => (string?)(h + (english ? " Agreement" : "合作協議"))))
        from sections in Gen.Choose(1, 6).SelectMany(n => Gen.ListOf(Section(english, reworded), n))
        from breaks in LineBreaks
        select new GeneratedAgreement(english, arabicItems, title, sections, breaks);

    private static Gen<IReadOnlyList<string>> LineBreaks =>
        Gen.Frequency(
            (4, Gen.Elements("\n", "\r\n", "\r").Select(b => (IReadOnlyList<string>)[b])),
            (1, Gen.NonEmptyListOf(Gen.Elements("\n", "\r\n", "\r")).Select(b => (IReadOnlyList<string>)[.. b])));

    private static Gen<GeneratedSection> Section(bool english, bool reworded = true) =>
        from heading in Heading(english)
        from items in Gen.Choose(0, 5).SelectMany(n => Gen.ListOf(Sentence(english, reworded), n))
        select new GeneratedSection(heading, [.. items]);

    private static Gen<string> Heading(bool english) => Gen.Elements(english ? Seeds.Value.EnglishHeadings : Seeds.Value.ChineseHeadings);

    /// <summary>A sentence of the seeds, now and then reworded or with hostile text inserted.</summary>
    private static Gen<string> Sentence(bool english, bool reworded = true) =>
        Gen.Elements(english ? Seeds.Value.EnglishSentences : Seeds.Value.ChineseSentences).SelectMany(s => Gen.Frequency(
            (6, Gen.Constant(s)),
            (reworded ? 2 : 0, Reword(s)),
            (1, from at in Gen.Choose(0, s.Length) from hostile in Gen.Elements(Hostile) select s.Insert(at, hostile))));

    /// <summary>Drops a stretch, doubles a clause of it or swaps its halves.</summary>
    private static Gen<string> Reword(string s) =>
        from a in Gen.Choose(0, s.Length)
        from b in Gen.Choose(0, s.Length)
        from how in Gen.Choose(0, 2)
        let start = Math.Min(a, b)
        let end = Math.Max(a, b)
        select how switch
        {
            0 => s.Remove(start, Math.Min(end - start, s.Length / 3)),
            1 => s.Insert(end, s[start..end]),
            _ => s[end..] + s[..end],
        };

    /// <summary>A revision: sections shuffled, some dropped or added, items reworded, replaced or added.</summary>
    private static Gen<GeneratedAgreement> Revise(GeneratedAgreement left, bool reorder, bool reword) =>
        from kept in Gen.ListOf(Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false))), left.Sections.Count)
        from revised in Gen.CollectToList(left.Sections.Where((_, i) => kept[i]), s => ReviseSection(s, left.English, reword))
        from addedCount in Gen.Choose(0, 2)
        from added in Gen.ListOf(Section(left.English, reword).SelectMany(s => Gen.Choose(0, revised.Count).Select(at => (At: at, Section: s))), addedCount)
        from shuffled in reorder ? Gen.Shuffle(revised.ToArray()) : Gen.Constant(revised.ToArray())
        let sections = Insert(shuffled, added)
        select left with { Sections = sections.Count > 0 ? sections : left.Sections };

    private static List<GeneratedSection> Insert(IEnumerable<GeneratedSection> sections, IEnumerable<(int At, GeneratedSection Section)> added)
    {
        var list = sections.ToList();
        foreach (var (at, section) in added)
        {
            list.Insert(Math.Min(at, list.Count), section);
        }

        return list;
    }

    private static Gen<GeneratedSection> ReviseSection(GeneratedSection section, bool english, bool reword) =>
        from items in Gen.CollectToList(section.Items, item => Gen.Frequency((6, Gen.Constant(item)), (reword ? 2 : 0, Reword(item)), (reword ? 1 : 0, Sentence(english))))
        from added in Gen.Choose(0, 1).SelectMany(n => Gen.ListOf(Sentence(english, reword), n))
        select section with { Items = [.. items, .. added] };

    private sealed record Corpus(string[] ChineseSentences, string[] EnglishSentences, string[] ChineseHeadings, string[] EnglishHeadings);

    private static Corpus LoadCorpus()
    {
        var chinese = new SortedSet<string>(StringComparer.Ordinal);
        var english = new SortedSet<string>(StringComparer.Ordinal);
        var headings = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var id in SeedCorpus.Ids)
        {
            var agreement = SeedCorpus.Read(id);
            var isEnglish = agreement.Metadata.Language == "en";
            foreach (var clause in agreement.AllClauses())
            {
                if (!isEnglish && clause.Heading is { Length: >= 2 and <= 12 } heading && !heading.Contains('\n'))
                {
                    headings.Add(heading);
                }

                foreach (var sentence in SentenceEnd().Split(clause.Text.Replace("\n", " ", StringComparison.Ordinal)))
                {
                    var trimmed = sentence.Trim();
                    if (trimmed.Length is >= 8 and <= 100 && !LooksNumbered().IsMatch(trimmed))
                    {
                        (isEnglish ? english : chinese).Add(trimmed.TrimEnd('。', '；', ';', '.') + (isEnglish ? "." : "。"));
                    }
                }
            }
        }

        // English headings: the first words of the English sentences.
        var englishHeadings = english.Select(s => string.Join(' ', s.TrimEnd('.').Split(' ').Take(3))).Distinct().ToArray();
        return new Corpus([.. chinese], [.. english], [.. headings], englishHeadings);
    }

    [GeneratedRegex(@"(?<=[。；;])|(?<=\.)\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^([0-9０-９一二三四五六七八九十]|[（(]|第|Article|Part|Chapter|Section|[-•·])", RegexOptions.IgnoreCase)]
    private static partial Regex LooksNumbered();
}
