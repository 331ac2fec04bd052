namespace AgreementDiff;

/// <summary>What part of an agreement a <see cref="Clause"/> is.</summary>
public enum ClauseKind
{
    /// <summary>Unnumbered text between the title and the first numbered section.</summary>
    Preamble,

    /// <summary>The block that names the parties (names, addresses, representatives) before the preamble.</summary>
    Parties,

    /// <summary>A top-level numbered or headed division (一、, 第一章, an underlined heading).</summary>
    Section,

    /// <summary>A numbered division inside a section, at any depth ((一), 1., 第一條 inside a chapter).</summary>
    Item,

    /// <summary>The heading of an annex that follows the signatures; the annex's sections follow it as siblings.</summary>
    Annex,

    /// <summary>The closing formula after the last section (entry into force, copies, signing place).</summary>
    Closing,

    /// <summary>The signature block or a press release's sign-off: party names, titles, seals and dates.</summary>
    Signatures,

    /// <summary>The whole text of a document in which no numbering or heading was recognised.</summary>
    Body,
}
