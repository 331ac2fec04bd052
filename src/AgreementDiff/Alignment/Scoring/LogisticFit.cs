namespace AgreementDiff.Alignment.Scoring;

/// <summary>Fits a logistic model by Newton's method (iteratively reweighted least squares) with an L2 penalty on the weights.</summary>
/// <remarks>
/// Few features, tens of thousands of examples: each step solves a small dense system. The penalty (ridge) keeps weights of
/// features that rarely fire from running off, and makes the fit unique; the intercept is not penalised. Deterministic:
/// the same examples in the same order give the same weights.
/// </remarks>
internal static class LogisticFit
{
    /// <summary>Fits a weight for each named feature (the first values of each example's vector) and an intercept.</summary>
    /// <param name="name">The model's name.</param>
    /// <param name="features">The features' names.</param>
    /// <param name="examples">Feature vectors with their labels (true for a match) and weights.</param>
    /// <param name="penalty">The L2 penalty λ on the weights.</param>
    public static LogisticModel Fit(string name, IReadOnlyList<string> features, IReadOnlyList<(double[] X, bool Y, double Weight)> examples, double penalty = 1.0)
    {
        var d = features.Count + 1;
        var beta = new double[d];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            foreach (var (x, y, w) in examples)
            {
                var z = beta[d - 1];
                for (var i = 0; i < d - 1; i++)
                {
                    z += beta[i] * x[i];
                }

                var p = LogisticModel.Sigmoid(z);
                var residual = w * ((y ? 1 : 0) - p);
                var curvature = w * Math.Max(p * (1 - p), 1e-9);
                for (var i = 0; i < d; i++)
                {
                    var xi = i == d - 1 ? 1 : x[i];
                    gradient[i] += residual * xi;
                    for (var j = 0; j <= i; j++)
                    {
                        hessian[i, j] += curvature * xi * (j == d - 1 ? 1 : x[j]);
                    }
                }
            }

            for (var i = 0; i < d; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    hessian[j, i] = hessian[i, j];
                }

                if (i < d - 1)
                {
                    gradient[i] -= penalty * beta[i];
                    hessian[i, i] += penalty;
                }
            }

            var step = Solve(hessian, gradient);
            var size = 0.0;
            for (var i = 0; i < d; i++)
            {
                beta[i] += step[i];
                size = Math.Max(size, Math.Abs(step[i]));
            }

            if (size < 1e-8)
            {
                break;
            }
        }

        return new LogisticModel(name, features, beta[..^1], beta[^1]);
    }

    /// <summary>Solves A x = b for a symmetric positive definite A by Gaussian elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            if (pivot != col)
            {
                for (var k = 0; k < n; k++)
                {
                    (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
                }

                (x[col], x[pivot]) = (x[pivot], x[col]);
            }

            var diagonal = m[col, col];
            if (Math.Abs(diagonal) < 1e-12)
            {
                continue;
            }

            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / diagonal;
                for (var k = col; k < n; k++)
                {
                    m[row, k] -= factor * m[col, k];
                }

                x[row] -= factor * x[col];
            }
        }

        for (var row = n - 1; row >= 0; row--)
        {
            var sum = x[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= m[row, k] * x[k];
            }

            x[row] = Math.Abs(m[row, row]) < 1e-12 ? 0 : sum / m[row, row];
        }

        return x;
    }
}
