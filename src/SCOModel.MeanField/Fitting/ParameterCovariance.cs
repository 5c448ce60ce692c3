using MathNet.Numerics.LinearAlgebra;

namespace SCOModel.MeanField.Fitting;

/// <summary>
/// The covariance of least-squares parameters from the Jacobian at the minimum: C = s² (JᵀJ)⁻¹ with
/// s² = χ²/(n − p), the residual variance (so that error bars follow the scatter of the data; with measured σ_i in
/// the residuals, s² is the reduced χ², ≈ 1 when the σ_i are right).
/// </summary>
/// <remarks>
/// JᵀJ is inverted through the eigenvalues of its correlation form (columns of J scaled to unit length, which makes
/// the test independent of units). An eigenvalue below <see cref="SingularThreshold"/> of the largest is a direction
/// the data do not constrain: the parameters that make it up (components above 0.2) get infinite errors, and are
/// reported, and the pseudo-inverse serves for the rest. Parameters that are fixed or ended on a bound are left out
/// (their errors are NaN).
/// </remarks>
internal sealed class ParameterCovariance
{
    /// <summary>Relative eigenvalue below which JᵀJ counts as singular.</summary>
    public const double SingularThreshold = 1e-10;

    private ParameterCovariance(double[,] covariance, bool[] included, IReadOnlyList<int[]> degenerate, double smallest)
    {
        Covariance = covariance;
        Included = included;
        Degenerate = degenerate;
        SmallestRelativeEigenvalue = smallest;
    }

    /// <summary>C_ij over all parameters; NaN rows for those left out, ∞ on the diagonal for unconstrained ones.</summary>
    public double[,] Covariance { get; }

    /// <summary>Which parameters took part (free and not on a bound).</summary>
    public bool[] Included { get; }

    /// <summary>Groups of parameters (indices) along each unconstrained direction.</summary>
    public IReadOnlyList<int[]> Degenerate { get; }

    /// <summary>The smallest eigenvalue of the correlation form of JᵀJ relative to the largest (1 for one parameter).</summary>
    public double SmallestRelativeEigenvalue { get; }

    public static ParameterCovariance Of(double[,] jacobian, double chiSquare, bool[] isFixed, bool[] atBound)
    {
        int m = jacobian.GetLength(0), n = jacobian.GetLength(1);
        var included = new bool[n];
        for (int j = 0; j < n; j++)
        {
            included[j] = !isFixed[j] && !atBound[j];
        }

        var index = Enumerable.Range(0, n).Where(j => included[j]).ToArray();
        var covariance = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                covariance[i, j] = double.NaN;
            }
        }

        var degenerate = new List<int[]>();
        int p = index.Length;
        if (p == 0)
        {
            return new ParameterCovariance(covariance, included, degenerate, 1);
        }

        double variance = m > p ? chiSquare / (m - p) : double.NaN;
        var norms = index.Select(j => Math.Sqrt(Enumerable.Range(0, m).Sum(i => jacobian[i, j] * jacobian[i, j]))).ToArray();
        var scaled = Matrix<double>.Build.Dense(m, p, (i, k) => norms[k] > 0 ? jacobian[i, index[k]] / norms[k] : 0);
        var normal = scaled.TransposeThisAndMultiply(scaled);
        var evd = normal.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
        var eigenvalues = evd.EigenValues.Select(e => e.Real).ToArray();
        double largest = eigenvalues.Max();
        var inverse = Matrix<double>.Build.Dense(p, p);
        var unconstrained = new bool[p];
        double smallest = largest > 0 ? eigenvalues.Min() / largest : 0;
        for (int e = 0; e < p; e++)
        {
            var vector = evd.EigenVectors.Column(e);
            if (!(eigenvalues[e] > SingularThreshold * largest))
            {
                var group = Enumerable.Range(0, p).Where(k => Math.Abs(vector[k]) > 0.2 || norms[k] == 0).ToArray();
                foreach (int k in group)
                {
                    unconstrained[k] = true;
                }

                degenerate.Add(group.Select(k => index[k]).ToArray());
                continue;
            }

            inverse += vector.OuterProduct(vector) / eigenvalues[e];
        }

        for (int a = 0; a < p; a++)
        {
            for (int b = 0; b < p; b++)
            {
                double value = unconstrained[a] || unconstrained[b]
                    ? (a == b ? double.PositiveInfinity : double.NaN)
                    : variance * inverse[a, b] / (norms[a] * norms[b]);
                covariance[index[a], index[b]] = value;
            }
        }

        return new ParameterCovariance(covariance, included, degenerate.Distinct(new GroupComparer()).ToList(), smallest);
    }

    /// <summary>σ_j = √C_jj (NaN when left out, ∞ when unconstrained).</summary>
    public double StdErr(int j) => Math.Sqrt(Covariance[j, j]);

    /// <summary>C_ij / (σ_i σ_j); NaN when either error is undefined or infinite.</summary>
    public double Correlation(int i, int j)
    {
        double si = StdErr(i), sj = StdErr(j);
        return double.IsFinite(si) && double.IsFinite(sj) && si > 0 && sj > 0 ? Covariance[i, j] / (si * sj) : double.NaN;
    }

    private sealed class GroupComparer : IEqualityComparer<int[]>
    {
        public bool Equals(int[]? x, int[]? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(int[] obj) => obj.Aggregate(17, (h, v) => (h * 31) + v);
    }
}
