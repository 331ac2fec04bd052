namespace AgreementDiff.Alignment.Scoring;

/// <summary>A fitted logistic model: named weights and an intercept; the score of a feature vector is σ(b + Σ wᵢxᵢ).</summary>
/// <remarks>Immutable and thread safe. Weights are fitted from labelled pairs by <see cref="LogisticFit"/> (the tool
/// <c>tools/WeightFitter</c> writes them to <c>Alignment/Scoring/weights.*.json</c>), not set by hand.</remarks>
internal sealed class LogisticModel
{
    public LogisticModel(string name, IReadOnlyList<string> features, double[] weights, double intercept)
    {
        if (features.Count != weights.Length)
        {
            throw new ArgumentException($"The model '{name}' has {weights.Length} weights for {features.Count} features.", nameof(weights));
        }

        (Name, Features, Weights, Intercept) = (name, features, weights, intercept);
    }

    /// <summary>Gets the model's name in the weights file.</summary>
    public string Name { get; }

    /// <summary>Gets the names of the features the model reads, in the order of <see cref="Weights"/>.</summary>
    public IReadOnlyList<string> Features { get; }

    /// <summary>Gets the weight of each feature.</summary>
    public double[] Weights { get; }

    /// <summary>Gets the intercept.</summary>
    public double Intercept { get; }

    /// <summary>The probability that the pair described by <paramref name="x"/> (its first <c>Weights.Length</c> values) is a match.</summary>
    public double Score(ReadOnlySpan<double> x) => Sigmoid(LogOdds(x));

    /// <summary>The log-odds of a match.</summary>
    public double LogOdds(ReadOnlySpan<double> x)
    {
        var z = Intercept;
        for (var i = 0; i < Weights.Length; i++)
        {
            z += Weights[i] * x[i];
        }

        return z;
    }

    /// <summary>Each feature's value and weight, largest contribution to the log-odds (in absolute value) first.</summary>
    public IReadOnlyList<ScoreContribution> Explain(ReadOnlySpan<double> x)
    {
        var parts = new List<ScoreContribution>(Weights.Length);
        for (var i = 0; i < Weights.Length; i++)
        {
            parts.Add(new ScoreContribution(Features[i], Math.Round(x[i], 4), Math.Round(Weights[i], 4)));
        }

        return [.. parts.OrderByDescending(p => Math.Abs(p.Contribution)).ThenBy(p => p.Feature, StringComparer.Ordinal)];
    }

    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
