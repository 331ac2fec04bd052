namespace AgreementDiff;

/// <summary>What happened to a law or regulation on a date of its revision history.</summary>
public enum RevisionKind
{
    /// <summary>Adopted or passed (通过, 批准).</summary>
    Adopted,

    /// <summary>Promulgated or issued (公布, 发布).</summary>
    Promulgated,

    /// <summary>Amended in part (修正, 修改).</summary>
    Amended,

    /// <summary>Revised as a whole (修订).</summary>
    Revised,

    /// <summary>Entered or enters into force (施行).</summary>
    InForce,
}

/// <summary>One dated event of the revision history printed above a law's text: (2009年6月27日…修订).</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Word">The word that says it, as printed (通过, 第一次修正, 修订 …).</param>
/// <param name="Date">The date, as printed, with the line it is on.</param>
/// <param name="Text">The part of the history line that tells this event, from its date to its word.</param>
public sealed record RevisionEvent(RevisionKind Kind, string Word, PrintedDate Date, string Text);
