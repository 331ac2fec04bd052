namespace AgreementDiff.Alignment;

/// <summary>Counts of matches by change kind, and of clauses with no counterpart.</summary>
/// <param name="Unchanged">Matches with no change.</param>
/// <param name="Modified">Matches whose text changed in place.</param>
/// <param name="Moved">Matches that moved.</param>
/// <param name="Split">Matches that are part of a split.</param>
/// <param name="Merged">Matches that are part of a merge.</param>
/// <param name="Added">Right-hand clauses with no counterpart.</param>
/// <param name="Removed">Left-hand clauses with no counterpart.</param>
public sealed record ChangeCounts(int Unchanged, int Modified, int Moved, int Split, int Merged, int Added, int Removed)
{
    /// <summary>Gets the number of changes of any kind (everything but unchanged matches).</summary>
    public int Changes => Modified + Moved + Split + Merged + Added + Removed;
}

/// <summary>One section's line in the summary: matched, added or removed, with what happened to its items.</summary>
/// <param name="Left">The left section, or <see langword="null"/> when the section was added.</param>
/// <param name="Right">The right section, or <see langword="null"/> when it was removed.</param>
/// <param name="Change">How the section itself changed, or <see langword="null"/> when it was added or removed.</param>
/// <param name="Items">What happened to the items under it (counted under the right section when there is one).</param>
public sealed record SectionSummary(Clause? Left, Clause? Right, ChangeKind? Change, ChangeCounts Items);

/// <summary>A named initiative (a quoted or titled name: “…”, "…", 「…」, 《…》) and the clause it appears in.</summary>
/// <param name="Name">The name as written, without its quotes.</param>
/// <param name="Clause">The first clause it appears in.</param>
public sealed record NamedInitiative(string Name, Clause Clause);

/// <summary>Numbers or dates that differ between two matched clauses.</summary>
/// <param name="Left">The left clause.</param>
/// <param name="Right">The right clause.</param>
/// <param name="Before">The numbers only in the left clause, as written.</param>
/// <param name="After">The numbers only in the right clause, as written.</param>
public sealed record NumberChange(Clause Left, Clause Right, IReadOnlyList<string> Before, IReadOnlyList<string> After);

/// <summary>What an analyst reads first: counts, sections, initiatives and numbers that changed.</summary>
/// <param name="Sections">Section-level counts.</param>
/// <param name="Items">Item-level counts.</param>
/// <param name="BySection">One line per section pair, added section and removed section, in the right agreement's order then the left's.</param>
/// <param name="InitiativesAdded">Names in the right agreement that the left does not have.</param>
/// <param name="InitiativesDropped">Names in the left agreement that the right does not have.</param>
/// <param name="NumbersChanged">Matched clauses whose numbers or dates differ.</param>
public sealed record ComparisonSummary(
    ChangeCounts Sections,
    ChangeCounts Items,
    IReadOnlyList<SectionSummary> BySection,
    IReadOnlyList<NamedInitiative> InitiativesAdded,
    IReadOnlyList<NamedInitiative> InitiativesDropped,
    IReadOnlyList<NumberChange> NumbersChanged)
{
    /// <summary>Gets the runs of sections kept in order but renumbered, each named once (<c>第9–38条 → 第10–42条, renumbered; 12 reworded</c>).</summary>
    public IReadOnlyList<RenumberedRun> Renumbered { get; init; } = [];
}
