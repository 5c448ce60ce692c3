using MathNet.Numerics.LinearAlgebra;

namespace SCOModel.Learning.Regressors;

/// <summary>
/// −log p(z | X, θ) of a zero-mean Gaussian process with the ARD squared-exponential kernel plus noise and its
/// gradient in θ = (log ℓ_1..ℓ_D, log σ_f, log σ_n) (Rasmussen &amp; Williams 2006, eqs. 5.8 and 5.9):
/// −log p = ½ zᵀα + Σ log L_ii + (n/2) log 2π, ∂/∂θ_j = −½ tr((ααᵀ − K⁻¹) ∂K/∂θ_j), α = K⁻¹z, K = L Lᵀ.
/// </summary>
internal sealed class MarginalLikelihood
{
    /// <summary>Added to the diagonal: keeps the Cholesky factorisation stable when σ_n is small.</summary>
    public const double Jitter = 1e-8;

    private readonly int _n;
    private readonly int _dims;
    private readonly double[][] _squaredDistances; // [d][i * n + j]
    private readonly Vector<double> _z;

    public MarginalLikelihood(IReadOnlyList<double[]> x, IReadOnlyList<double> z)
    {
        _n = z.Count;
        _dims = x[0].Length;
        _z = Vector<double>.Build.Dense(z.ToArray());
        _squaredDistances = new double[_dims][];
        for (int d = 0; d < _dims; d++)
        {
            var s = new double[_n * _n];
            for (int i = 0; i < _n; i++)
            {
                for (int j = 0; j < _n; j++)
                {
                    double diff = x[i][d] - x[j][d];
                    s[(i * _n) + j] = diff * diff;
                }
            }

            _squaredDistances[d] = s;
        }
    }

    public (double Value, double[] Gradient) NegativeLogAndGradient(double[] theta)
    {
        int n = _n;
        var inverseSquaredLength = new double[_dims];
        for (int d = 0; d < _dims; d++)
        {
            inverseSquaredLength[d] = Math.Exp(-2 * theta[d]);
        }

        double signal2 = Math.Exp(2 * theta[_dims]);
        double noise2 = Math.Exp(2 * theta[_dims + 1]);
        var kf = new double[n * n];
        for (int ij = 0; ij < n * n; ij++)
        {
            double r2 = 0;
            for (int d = 0; d < _dims; d++)
            {
                r2 += _squaredDistances[d][ij] * inverseSquaredLength[d];
            }

            kf[ij] = signal2 * Math.Exp(-0.5 * r2);
        }

        var k = Matrix<double>.Build.Dense(n, n, (i, j) => kf[(i * n) + j] + (i == j ? noise2 + Jitter : 0));
        var cholesky = k.Cholesky();
        var alpha = cholesky.Solve(_z);
        var inverse = cholesky.Solve(Matrix<double>.Build.DenseIdentity(n));
        double value = (0.5 * _z.DotProduct(alpha)) + (0.5 * cholesky.DeterminantLn) + (0.5 * n * Math.Log(2 * Math.PI));

        var gradient = new double[_dims + 2];
        double traceW = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double w = (alpha[i] * alpha[j]) - inverse[i, j];
                double wk = w * kf[(i * n) + j];
                for (int d = 0; d < _dims; d++)
                {
                    gradient[d] -= 0.5 * wk * _squaredDistances[d][(i * n) + j] * inverseSquaredLength[d];
                }

                gradient[_dims] -= wk; // ½ · 2 K_f
            }

            traceW += (alpha[i] * alpha[i]) - inverse[i, i];
        }

        gradient[_dims + 1] = -traceW * noise2; // ½ tr(W · 2σ_n² I)
        return (value, gradient);
    }
}
