namespace AgreementDiff.Alignment;

/// <summary>The level at which the aligner treats a clause.</summary>
/// <remarks>
/// Sections are the largest clauses with no grandchildren (a topic with its items, or a topic's running text); items are
/// the clauses inside sections; groups are containers of sections (二、合作內容 holding （一）…（十二）).
/// </remarks>
public enum ClauseRole
{
    /// <summary>A container of sections.</summary>
    Group,

    /// <summary>A topic: a clause with items, or a top-level clause of running text (preamble, closing, signatures too).</summary>
    Section,

    /// <summary>A clause inside a section.</summary>
    Item,
}
