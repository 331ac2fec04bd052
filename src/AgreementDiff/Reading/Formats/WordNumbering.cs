using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementDiff.Reading.Formats;

/// <summary>Prints the labels of Word's automatic numbering (numbering.xml), counting paragraphs in document order.</summary>
/// <remarks>
/// Lists that share an abstract definition share their counters, as in Word, unless the list instance overrides a
/// level's start, which makes it a list of its own. Using a level restarts the levels below it.
/// </remarks>
internal sealed class WordNumbering
{
    private const int Levels = 9;
    private const string Bullet = "•";

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<string, int?[]> _counters = new(StringComparer.Ordinal);

    public WordNumbering(Numbering? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        foreach (var a in numbering.Elements<AbstractNum>())
        {
            if (a.AbstractNumberId?.Value is { } id)
            {
                _abstracts.TryAdd(id, a);
            }
        }

        foreach (var n in numbering.Elements<NumberingInstance>())
        {
            if (n.NumberID?.Value is { } id)
            {
                _instances.TryAdd(id, n);
            }
        }
    }

    /// <summary>Counts one more paragraph of list <paramref name="numId"/> at <paramref name="level"/> and returns its printed label with the text that follows it, or <see langword="null"/> when the paragraph has no visible number.</summary>
    public string? Next(int numId, int level)
    {
        if (numId == 0 || !_instances.TryGetValue(numId, out var instance) || level is < 0 or >= Levels)
        {
            return null;
        }

        var abstractId = instance.AbstractNumId?.Val?.Value;
        var definition = abstractId is { } aid ? _abstracts.GetValueOrDefault(aid) : null;
        var overrides = instance.Elements<LevelOverride>().ToList();
        var key = overrides.Count > 0 ? $"n{numId}" : $"a{abstractId}";
        if (!_counters.TryGetValue(key, out var counters))
        {
            counters = new int?[Levels];
            _counters[key] = counters;
        }

        counters[level] = counters[level] is { } current ? current + 1 : Start(definition, overrides, level);
        for (var below = level + 1; below < Levels; below++)
        {
            counters[below] = null;
        }

        var lvl = LevelOf(definition, overrides, level);
        var format = lvl?.NumberingFormat?.Val?.InnerText ?? "decimal";
        if (format == "none")
        {
            return null;
        }

        var pattern = lvl?.LevelText?.Val?.Value ?? $"%{level + 1}.";
        string label;
        if (format == "bullet")
        {
            label = Bullet;
        }
        else
        {
            var legal = lvl?.IsLegalNumberingStyle is { } isLgl && (isLgl.Val?.Value ?? true);
            label = pattern;
            for (var i = 0; i <= level; i++)
            {
                var levelFormat = i == level ? format : LevelOf(definition, overrides, i)?.NumberingFormat?.Val?.InnerText ?? "decimal";
                var value = counters[i] ?? Start(definition, overrides, i);
                label = label.Replace($"%{i + 1}", ListNumbers.Format(value, legal ? "decimal" : levelFormat), StringComparison.Ordinal);
            }
        }

        var suffix = lvl?.LevelSuffix?.Val?.InnerText switch
        {
            "nothing" => string.Empty,
            _ => " ", // a tab (Word's default) or a space
        };
        return label.Length == 0 ? null : label + suffix;
    }

    private static Level? LevelOf(AbstractNum? definition, List<LevelOverride> overrides, int level) =>
        overrides.FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level
        ?? definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);

    private static int Start(AbstractNum? definition, List<LevelOverride> overrides, int level) =>
        overrides.FirstOrDefault(o => o.LevelIndex?.Value == level)?.StartOverrideNumberingValue?.Val?.Value
        ?? LevelOf(definition, overrides, level)?.StartNumberingValue?.Val?.Value
        ?? 1;
}
