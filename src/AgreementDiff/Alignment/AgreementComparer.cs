namespace AgreementDiff.Alignment;

/// <summary>Aligns equivalent clauses of two agreements and diffs each matched pair word by word.</summary>
/// <remarks>
/// <para>Sections are aligned with sections, then items with items inside matched sections and across sections, then groups
/// (chapters). Candidates come from in-memory postings of the two agreements' analysed terms; each candidate pair becomes a
/// feature vector (content, headings, context, order) scored by models fitted from labelled pairs (see
/// <see cref="MatchExplanation.Evidence"/>), and pairs are accepted best first, one to one, at or above
/// <see cref="ComparisonOptions.Threshold"/>; joins, order and genre passes follow (see <see cref="AlignmentPasses"/>).</para>
/// <para>Thread safe; the same inputs always give the same result.</para>
/// </remarks>
public sealed class AgreementComparer
{
    /// <summary>Creates a comparer with the given options.</summary>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ComparisonOptions.Default"/>.</param>
    public AgreementComparer(ComparisonOptions? options = null)
    {
        Options = options ?? ComparisonOptions.Default;
        if (Options.Threshold is < 0 or > 1 || double.IsNaN(Options.Threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.Threshold, "The threshold must lie in [0, 1].");
        }

        if (Options.Candidates < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.Candidates, "At least one candidate per clause is needed.");
        }
    }

    /// <summary>Gets a comparer with the default options.</summary>
    public static AgreementComparer Default { get; } = new();

    /// <summary>Gets the options this comparer was created with.</summary>
    public ComparisonOptions Options { get; }

    /// <summary>Compares <paramref name="left"/> (the earlier agreement) with <paramref name="right"/>.</summary>
    /// <param name="left">The left (earlier) agreement.</param>
    /// <param name="right">The right (later) agreement.</param>
    /// <returns>The matches at every level, the added and removed clauses, and a summary.</returns>
    /// <exception cref="ClauseAddressException">A pinned address matches no clause, or several.</exception>
    public AgreementComparison Compare(Agreement left, Agreement right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return AlignmentPipeline.Default.Run(left, right, null, null, Options);
    }

    /// <summary>Compares two chosen clauses or sections directly: they are matched to each other and their descendants aligned.</summary>
    /// <param name="left">The left clause.</param>
    /// <param name="right">The right clause.</param>
    /// <returns>The comparison, with <see cref="AgreementComparison.LeftScope"/> and <see cref="AgreementComparison.RightScope"/> set.</returns>
    /// <exception cref="ClauseAddressException">A pinned address matches no clause, or several.</exception>
    /// <exception cref="ArgumentException">A pinned clause lies outside the two clauses.</exception>
    public AgreementComparison CompareClauses(Clause left, Clause right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return AlignmentPipeline.Default.Run(left.Agreement, right.Agreement, left, right, Options);
    }
}
