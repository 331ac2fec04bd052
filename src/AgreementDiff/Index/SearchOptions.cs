namespace AgreementDiff.Index;

/// <summary>Which clauses a search or a similarity lookup considers, and how many results it returns.</summary>
public sealed record SearchOptions
{
    /// <summary>Gets the default options: every agreement, every depth, 20 results.</summary>
    public static SearchOptions Default { get; } = new();

    /// <summary>Gets the ids of the agreements to search, or <see langword="null"/> for all. Default: <see langword="null"/>.</summary>
    public IReadOnlyCollection<string>? Agreements { get; init; }

    /// <summary>Gets the id of an agreement to leave out (the one a clause comes from), or <see langword="null"/>. Default: <see langword="null"/>.</summary>
    public string? ExcludeAgreement { get; init; }

    /// <summary>Gets the clause depth to search (1 for sections, 2 for their items), or <see langword="null"/> for all. Default: <see langword="null"/>.</summary>
    public int? Depth { get; init; }

    /// <summary>Gets the largest number of results. Default: 20.</summary>
    public int Top { get; init; } = 20;
}
