namespace AgreementDiff;

/// <summary>Thrown when a clause address matches no clause or more than one; lists the candidates.</summary>
public sealed class ClauseAddressException : Exception
{
    /// <summary>Creates an exception for <paramref name="address"/> with the paths a user may have meant.</summary>
    /// <param name="address">The address as given.</param>
    /// <param name="ambiguous"><see langword="true"/> when several clauses match; <see langword="false"/> when none does.</param>
    /// <param name="candidates">The paths of the matching clauses, or of clauses close to the address.</param>
    public ClauseAddressException(string address, bool ambiguous, IReadOnlyList<string> candidates)
        : this(address, ambiguous, candidates, null)
    {
    }

    /// <summary>Creates an exception for <paramref name="address"/> in the agreement read from <paramref name="sourceName"/>.</summary>
    /// <param name="address">The address as given.</param>
    /// <param name="ambiguous"><see langword="true"/> when several clauses match; <see langword="false"/> when none does.</param>
    /// <param name="candidates">The paths of the matching clauses, or of clauses close to the address.</param>
    /// <param name="sourceName">The file or name the agreement was read from, which the message starts with; or <see langword="null"/>.</param>
    public ClauseAddressException(string address, bool ambiguous, IReadOnlyList<string> candidates, string? sourceName)
        : base((sourceName is null ? string.Empty : sourceName + ": ") + Format(address, ambiguous, candidates))
    {
        Address = address;
        IsAmbiguous = ambiguous;
        Candidates = candidates;
        SourceName = sourceName;
    }

    /// <summary>Gets the file or name of the agreement the address was looked up in, when known.</summary>
    public string? SourceName { get; }

    /// <summary>Gets the address as given.</summary>
    public string Address { get; }

    /// <summary>Gets a value indicating whether several clauses matched (otherwise none did).</summary>
    public bool IsAmbiguous { get; }

    /// <summary>Gets the paths of the matching clauses (when ambiguous) or of clauses close to the address.</summary>
    public IReadOnlyList<string> Candidates { get; }

    private static string Format(string address, bool ambiguous, IReadOnlyList<string> candidates)
    {
        var list = candidates.Count == 0 ? "no clause is close to it" : (ambiguous ? "it matches " : "did you mean ") + string.Join(", ", candidates.Select(c => "§" + c));
        return ambiguous ? $"The address '{address}' is ambiguous: {list}." : $"No clause has the address '{address}': {list}.";
    }
}
