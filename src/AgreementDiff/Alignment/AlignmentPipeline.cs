using AgreementDiff.Alignment.Candidates;
using AgreementDiff.Alignment.Classification;
using AgreementDiff.Alignment.Model;
using AgreementDiff.Alignment.Passes;
using AgreementDiff.Alignment.Scoring;

namespace AgreementDiff.Alignment;

/// <summary>Runs the aligner's passes in their declared order: per level (sections, then items, then deeper) candidates, content scores, order scores, one-to-one matches, joins, order fills and running text; then groups and the genre passes; then classification.</summary>
/// <remarks>Immutable and thread safe: each comparison gets its own <see cref="AlignmentContext"/>.</remarks>
internal sealed class AlignmentPipeline
{
    private readonly IReadOnlyList<ILevelPass> _levelPasses;
    private readonly IReadOnlyList<IDocumentPass> _documentPasses;

    public AlignmentPipeline(IReadOnlyList<ILevelPass> levelPasses, IReadOnlyList<IDocumentPass> documentPasses)
    {
        (_levelPasses, _documentPasses) = (levelPasses, documentPasses);
    }

    /// <summary>Gets the pipeline of two agreements compared in memory.</summary>
    public static AlignmentPipeline Default { get; } = new(
        [
            new CandidatePass([new PostingsCandidates(), new ContextCandidates()]),
            ScoringPass.Content,
            ScoringPass.Ordered,
            new OneToOnePass(),
            new JoinPass(),
            new OrderFillPass(),
            new RunningTextPass(),
        ],
        [new GroupPass(), new SigningReportPass()]);

    /// <summary>Compares two agreements, or two chosen clauses of them (<paramref name="leftScope"/>, <paramref name="rightScope"/>, matched to each other).</summary>
    public AgreementComparison Run(Agreement left, Agreement right, Clause? leftScope, Clause? rightScope, ComparisonOptions options, ScoringModels? models = null, IAlignmentObserver? observer = null)
    {
        var context = new AlignmentContext(left, right, leftScope, rightScope, options, models ?? ScoringModels.For(options.Terms, CrossLingual(left, right)), observer);
        if (leftScope is not null && rightScope is not null)
        {
            context.Pin(context.Nodes[0][0], context.Nodes[1][0]);
        }

        foreach (var pin in options.Pins)
        {
            context.Pin(context.Resolve(0, pin.Left), context.Resolve(1, pin.Right));
        }

        // Across languages without a lexicon nothing can be compared: only pins (and the two chosen clauses) are linked.
        var deepest = context.Comparable ? context.Nodes.SelectMany(n => n).Select(n => n.Level).DefaultIfEmpty(0).Max() : 0;
        for (var level = 1; level <= deepest; level++)
        {
            var state = context.OpenLevel(level);
            foreach (var pass in _levelPasses.Where(p => p.Switch == AlignmentPasses.None || context.Enabled(p.Switch)))
            {
                pass.Run(context, state);
            }
        }

        foreach (var pass in _documentPasses.Where(p => context.Comparable && context.Enabled(p.Switch)))
        {
            pass.Run(context);
        }

        return new ComparisonBuilder(context).Build();
    }

    /// <summary>Whether two documents are in different languages, as their metadata says.</summary>
    public static bool CrossLingual(Agreement left, Agreement right) => !string.Equals(left.Metadata.Language, right.Metadata.Language, StringComparison.Ordinal);
}
