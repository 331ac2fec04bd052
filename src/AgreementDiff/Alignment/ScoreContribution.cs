namespace AgreementDiff.Alignment;

/// <summary>One reason in a match's score: a feature of the pair, its value and the weight the fitted scorer gives it.</summary>
/// <param name="Feature">The feature's name, as in the committed weights (<c>cosine</c>, <c>heading</c>, <c>onChain</c> …).</param>
/// <param name="Value">The feature's value for the pair.</param>
/// <param name="Weight">The fitted weight; the contribution to the log-odds is <c>Value × Weight</c>.</param>
public sealed record ScoreContribution(string Feature, double Value, double Weight)
{
    /// <summary>Gets the contribution to the score's log-odds.</summary>
    public double Contribution => Value * Weight;
}
