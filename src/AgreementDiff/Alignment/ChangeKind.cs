namespace AgreementDiff.Alignment;

/// <summary>How a matched clause changed between the two agreements.</summary>
public enum ChangeKind
{
    /// <summary>The same text after normalization and variant folding, in the same place.</summary>
    Unchanged,

    /// <summary>The text changed; the clause stayed in its place.</summary>
    Modified,

    /// <summary>The clause moved: to another section, or out of order among its siblings. Its text may also have changed.</summary>
    Moved,

    /// <summary>One left clause became several right clauses; each of them is a match of this kind.</summary>
    Split,

    /// <summary>Several left clauses became one right clause; each of them is a match of this kind.</summary>
    Merged,
}
