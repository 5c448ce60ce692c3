using MathNet.Numerics.LinearAlgebra;

namespace SCOModel.Learning.Regressors;

/// <summary>
/// Ridge regression, the linear baseline: β = (XᵀX + λI)⁻¹Xᵀy on centred inputs and target, with an unpenalised
/// intercept (Hastie, Tibshirani &amp; Friedman, The Elements of Statistical Learning, 2nd ed. 2009, §3.4.1). λ is
/// fixed, or chosen from a logarithmic grid by exact leave-one-out error, which the SVD gives in closed form
/// (e_i / (1 − h_ii), ibid. §7.10, eq. 7.52). The predictive variance is that of a new observation under the linear
/// model: σ²(1 + 1/n + x̃ᵀ(XᵀX + λI)⁻¹x̃) with σ² = RSS/(n − df − 1), df = Σ s²/(s² + λ).
/// </summary>
public sealed class RidgeRegressor : IRegressor
{
    public const string Name = "ridge";

    /// <summary>A regressor with a fixed λ, or with λ chosen by leave-one-out when null.</summary>
    public RidgeRegressor(double? lambda = null)
    {
        if (lambda is < 0 || (lambda is double l && !double.IsFinite(l)))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be finite and non-negative");
        }

        Lambda = lambda;
    }

    public double? Lambda { get; }

    /// <summary>The leave-one-out grid, relative to n (so that it suits standardised inputs): 10⁻⁶ n … 10³ n.</summary>
    public static IReadOnlyList<double> LambdaGrid(int n) =>
        Enumerable.Range(0, 19).Select(k => n * Math.Pow(10, -6 + (0.5 * k))).ToArray();

    public string Kind => Name;

    public IRegressionModel Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int n = y.Count;
        if (n == 0 || x.Count != n)
        {
            throw new ArgumentException("need one input row per target and at least one row", nameof(x));
        }

        int p = x[0].Length;
        var means = new double[p];
        for (int j = 0; j < p; j++)
        {
            means[j] = x.Average(row => row[j]);
        }

        double yMean = y.Average();
        var xc = Matrix<double>.Build.Dense(n, p, (i, j) => x[i][j] - means[j]);
        var yc = Vector<double>.Build.Dense(n, i => y[i] - yMean);
        double lambda = Lambda ?? ChooseLambda(xc, yc);

        var gram = xc.TransposeThisAndMultiply(xc) + (Matrix<double>.Build.DenseIdentity(p) * Math.Max(lambda, 1e-12));
        var inverse = gram.Inverse();
        var beta = inverse * xc.TransposeThisAndMultiply(yc);
        var hat = xc * inverse * xc.Transpose();
        double df = hat.Diagonal().Sum();
        double rss = (yc - (xc * beta)).DotProduct(yc - (xc * beta));
        double sigma2 = rss / Math.Max(1, n - df - 1);
        double intercept = yMean - beta.DotProduct(Vector<double>.Build.Dense(means));
        return new RidgeModel(lambda, intercept, beta.ToArray(), means, inverse.ToRowArrays(), sigma2, n);
    }

    private static double ChooseLambda(Matrix<double> xc, Vector<double> yc)
    {
        int n = xc.RowCount;
        var svd = xc.Svd(computeVectors: true);
        var u = svd.U.SubMatrix(0, n, 0, svd.S.Count);
        var uty = u.TransposeThisAndMultiply(yc);
        double best = double.PositiveInfinity, bestLambda = 1;
        foreach (double lambda in LambdaGrid(n))
        {
            var shrink = svd.S.Map(s => s * s / ((s * s) + lambda));
            var fitted = u * uty.PointwiseMultiply(shrink);
            double error = 0;
            for (int i = 0; i < n; i++)
            {
                double h = 0;
                for (int k = 0; k < shrink.Count; k++)
                {
                    h += u[i, k] * u[i, k] * shrink[k];
                }

                double e = (yc[i] - fitted[i]) / Math.Max(1e-12, 1 - h);
                error += e * e;
            }

            // Strictly smaller: among equal errors the smallest λ, the least biased, wins.
            if (error < best * (1 - 1e-12))
            {
                best = error;
                bestLambda = lambda;
            }
        }

        return bestLambda;
    }
}
