using AgreementDiff.Alignment.Model;

namespace AgreementDiff.Alignment.Passes;

/// <summary>A pass over one level's units (sections, then items, then deeper), run by <see cref="AlignmentPipeline"/> in its declared order.</summary>
internal interface ILevelPass
{
    /// <summary>Gets the option that switches the pass off, or <see cref="AlignmentPasses.None"/> when it always runs.</summary>
    AlignmentPasses Switch { get; }

    /// <summary>Runs the pass on the level.</summary>
    void Run(AlignmentContext context, LevelState level);
}

/// <summary>A pass over the whole comparison, run after every level (groups, genre passes).</summary>
internal interface IDocumentPass
{
    /// <summary>Gets the option that switches the pass off.</summary>
    AlignmentPasses Switch { get; }

    /// <summary>Runs the pass.</summary>
    void Run(AlignmentContext context);
}
