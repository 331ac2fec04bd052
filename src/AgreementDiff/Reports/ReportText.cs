using System.Globalization;
using AgreementDiff.Alignment;
using AgreementDiff.Corpus;

namespace AgreementDiff.Reports;

/// <summary>The words every report uses, defined once: change kinds, match bases, agreements and clauses by name, summary titles.</summary>
/// <remarks>
/// The text, Markdown and HTML writers (and the host, for the tables it lays out) take their wording from here, so a
/// change kind or a heading reads the same in every format. The JSON contract's own tokens that differ from the words
/// (<c>runningText</c>, <c>added</c> beside <c>new</c>) are defined here too. Thread safe.
/// </remarks>
public static class ReportText
{
    /// <summary>What a clause with no counterpart on the earlier side is called: <c>new</c>.</summary>
    public const string New = "new";

    /// <summary>What a clause with no counterpart on the later side is called: <c>no counterpart</c>.</summary>
    public const string NoCounterpart = "no counterpart";

    /// <summary>The title of the summary's list of sections with no counterpart on the earlier side.</summary>
    public const string NewSections = "New sections";

    /// <summary>The title of the summary's list of sections with no counterpart on the later side.</summary>
    public const string SectionsWithNoCounterpart = "Sections with no counterpart";

    /// <summary>The title of the summary's list of matched sections whose items changed.</summary>
    public const string ChangedSections = "Matched sections with changed items";

    /// <summary>The title of the summary's list of named initiatives only the later agreement has.</summary>
    public const string InitiativesAdded = "Named initiatives added";

    /// <summary>The title of the summary's list of named initiatives only the earlier agreement has.</summary>
    public const string InitiativesDropped = "Named initiatives dropped";

    /// <summary>The title of the summary's list of matched clauses whose numbers or dates differ.</summary>
    public const string NumbersChanged = "Numbers and dates changed";

    /// <summary>The title of the list of runs of sections that kept their order but not their numbers.</summary>
    public const string Renumbered = "Renumbered runs";

    /// <summary>What a match across languages is called.</summary>
    public const string AcrossLanguages = "across languages";

    /// <summary>Gets the names of the counts of a <see cref="ChangeCounts"/>, in the order the reports show them.</summary>
    public static IReadOnlyList<string> CountNames { get; } = ["unchanged", "modified", "moved", "split", "merged", "added", "removed"];

    /// <summary>Returns a change kind as every report writes it, the JSON included: <c>unchanged</c>, <c>modified</c>, <c>moved</c>, <c>split</c>, <c>merged</c>.</summary>
    /// <param name="kind">The change kind.</param>
    /// <returns>The word.</returns>
    public static string Change(ChangeKind kind) => kind switch
    {
        ChangeKind.Unchanged => "unchanged",
        ChangeKind.Modified => "modified",
        ChangeKind.Moved => "moved",
        ChangeKind.Split => "split",
        ChangeKind.Merged => "merged",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown change kind."),
    };

    /// <summary>Returns what happened to a section: its change kind, or <see cref="New"/> or <see cref="NoCounterpart"/>.</summary>
    /// <param name="section">The section's line in the summary.</param>
    /// <returns>The words.</returns>
    public static string Change(SectionSummary section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section.Change is { } kind ? Change(kind) : section.Left is null ? New : NoCounterpart;
    }

    /// <summary>Returns the JSON contract's token for a match basis: <c>content</c>, <c>order</c>, <c>runningText</c>, <c>pinned</c>, <c>passage</c>, <c>signingReport</c>.</summary>
    /// <param name="basis">The basis.</param>
    /// <returns>The token.</returns>
    public static string BasisToken(MatchBasis basis) => basis switch
    {
        MatchBasis.Content => "content",
        MatchBasis.Order => "order",
        MatchBasis.RunningText => "runningText",
        MatchBasis.Pinned => "pinned",
        MatchBasis.Passage => "passage",
        MatchBasis.SigningReport => "signingReport",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown match basis."),
    };

    /// <summary>Returns how a person is told why two clauses were matched, or <see langword="null"/> for a match on content (the ordinary case).</summary>
    /// <param name="basis">The basis.</param>
    /// <returns><c>by order</c>, <c>within running text</c>, <c>pinned</c>, <c>shared passage</c>, <c>report of the signing</c>, or <see langword="null"/>.</returns>
    public static string? Basis(MatchBasis basis) => basis switch
    {
        MatchBasis.Content => null,
        MatchBasis.Order => "by order",
        MatchBasis.RunningText => "within running text",
        MatchBasis.Pinned => "pinned",
        MatchBasis.Passage => "shared passage",
        MatchBasis.SigningReport => "report of the signing",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown match basis."),
    };

    /// <summary>Returns <c>reworded</c> for a match that moved, split or merged and whose text changed too, else <see langword="null"/>.</summary>
    /// <param name="match">The match.</param>
    /// <returns>The word, or <see langword="null"/>.</returns>
    public static string? Reworded(ClauseMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.Change is ChangeKind.Moved or ChangeKind.Split or ChangeKind.Merged && match.TextChanged ? "reworded" : null;
    }

    /// <summary>Returns what a match says about script (衞生/衛生), or <see langword="null"/> when both sides are spelled alike.</summary>
    /// <param name="match">The match.</param>
    /// <returns><c>script differs</c> beside other changes, <c>script-only difference</c> when the text is otherwise the same, or <see langword="null"/>.</returns>
    public static string? Script(ClauseMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return !match.ScriptDiffers ? null : match.TextChanged ? "script differs" : "script-only difference";
    }

    /// <summary>Returns a match's score as the reports write it: <c>score 0.93</c>.</summary>
    /// <param name="match">The match.</param>
    /// <returns>The words.</returns>
    public static string Score(ClauseMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return "score " + match.Score.ToString("0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>Returns all a report says of a match in one phrase: <c>moved, reworded, script differs, by order, score 0.93</c>.</summary>
    /// <param name="match">The match.</param>
    /// <returns>The phrase.</returns>
    public static string Describe(ClauseMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (match.CrossLingual)
        {
            // Across languages every word differs: the change is the language, the evidence the term pairs that linked them.
            var moved = match.Change is ChangeKind.Moved or ChangeKind.Split or ChangeKind.Merged ? Change(match.Change) : null;
            return string.Join(", ", new[] { AcrossLanguages, moved, Basis(match.Explanation.Basis), Linked(match), Score(match) }.OfType<string>());
        }

        return string.Join(", ", new[] { Change(match.Change), Reworded(match), Script(match), Basis(match.Explanation.Basis), Score(match) }.OfType<string>());
    }

    /// <summary>The first term pairs that linked a match across languages: <c>linked by Finance ↔ 金融; Trade ↔ 贸易</c>.</summary>
    internal static string? Linked(ClauseMatch match) => match.Explanation.SharedTerms.Count == 0 ? null
        : "linked by " + string.Join("; ", match.Explanation.SharedTerms.Take(LinkedTermsShown));

    /// <summary>How many term pairs a report names for a match across languages.</summary>
    private const int LinkedTermsShown = 4;

    /// <summary>Returns a renumbered run's unchanged sections in one note: <c>renumbered, 23 unchanged not listed one by one</c>.</summary>
    /// <param name="unchanged">How many of the run's sections are unchanged, with their items.</param>
    /// <returns>The note.</returns>
    internal static string RenumberedQuietly(int unchanged) =>
        string.Create(CultureInfo.InvariantCulture, $"renumbered, {unchanged} unchanged (not listed one by one)");

    /// <summary>Returns an agreement's name: its title (or file name when it has none) and the date it was signed, <c>title (2023-06-26)</c>.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The name.</returns>
    public static string Title(Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var title = agreement.Title.Length > 0 ? agreement.Title : Path.GetFileName(agreement.SourceName);
        return agreement.Metadata.Signed?.Value is { } date ? $"{title} ({date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : title;
    }

    /// <summary>Returns an agreement's name with the clause a comparison was limited to: <c>title (2023-06-26) §二/(十二)</c>.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="scope">The clause compared, or <see langword="null"/> for the whole agreement.</param>
    /// <returns>The name.</returns>
    public static string Title(Agreement agreement, Clause? scope) => Title(agreement) + (scope is null ? string.Empty : " §" + scope.Path);

    /// <summary>Returns the name of a comparison: <c>earlier title (date) → later title (date)</c>.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The name.</returns>
    public static string Title(AgreementComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return $"{Title(comparison.Left, comparison.LeftScope)} → {Title(comparison.Right, comparison.RightScope)}";
    }

    /// <summary>Returns an agreement's name followed by its file: <c>title (2023-06-26) · 001_6550e1953cce7fcb.txt</c>.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The name.</returns>
    public static string Legend(Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return $"{Title(agreement)} · {Path.GetFileName(agreement.SourceName)}";
    }

    /// <summary>Returns a clause's name: its path and heading, <c>§二/(三) 加強經貿投資合作</c> (the heading once when it is the label).</summary>
    /// <param name="clause">The clause.</param>
    /// <returns>The name.</returns>
    public static string Clause(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return clause.Heading is { Length: > 0 } heading && heading != clause.Label ? $"§{clause.Path} {heading}" : $"§{clause.Path}";
    }

    /// <summary>Returns the name of a pair of clauses, each side by path and heading: <c>§二/(三) 加強經貿投資合作 → §一 共建"一带一路"及商貿投資</c>.</summary>
    /// <param name="left">The earlier clause.</param>
    /// <param name="right">The later clause.</param>
    /// <returns>The name.</returns>
    public static string Pair(Clause left, Clause right) => $"{Clause(left)} → {Clause(right)}";

    /// <summary>Returns the name of a section's line in the summary: the pair, or the one side it has.</summary>
    /// <param name="section">The section's line.</param>
    /// <returns>The name.</returns>
    public static string Section(SectionSummary section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section switch
        {
            { Left: { } left, Right: { } right } => Pair(left, right),
            { Right: { } right } => Clause(right),
            _ => Clause(section.Left!),
        };
    }

    /// <summary>Returns a count of items as the summary writes it: <c>1 item</c>, <c>4 items</c>.</summary>
    /// <param name="count">The number of items.</param>
    /// <returns>The words.</returns>
    public static string Items(int count) => count == 1 ? "1 item" : string.Create(CultureInfo.InvariantCulture, $"{count} items");

    /// <summary>Returns the counts that are not zero, <c>9 modified, 6 moved, 2 added</c>, or <c>none</c>.</summary>
    /// <param name="counts">The counts.</param>
    /// <returns>The words.</returns>
    public static string Counts(ChangeCounts counts)
    {
        var text = string.Join(", ", CountsOf(counts).Where(c => c.Count > 0).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Count} {c.Name}")));
        return text.Length == 0 ? "none" : text;
    }

    /// <summary>Returns how many topics a matrix has, and how many are in every agreement and in only one.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <returns>For example <c>31 topics; 5 in every agreement, 14 in only one.</c></returns>
    public static string Coverage(TopicMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return string.Create(CultureInfo.InvariantCulture,
            $"{matrix.Topics.Count} topics; {matrix.Topics.Count(t => t.Coverage == matrix.Agreements.Count)} in every agreement, {matrix.Topics.Count(t => t.Coverage == 1)} in only one.");
    }

    /// <summary>The counts with their names, in the order of <see cref="CountNames"/>.</summary>
    internal static IEnumerable<(string Name, int Count)> CountsOf(ChangeCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return CountNames.Zip([counts.Unchanged, counts.Modified, counts.Moved, counts.Split, counts.Merged, counts.Added, counts.Removed]);
    }
}
