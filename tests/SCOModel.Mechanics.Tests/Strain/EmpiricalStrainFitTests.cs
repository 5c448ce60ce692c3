using SCOModel.Mechanics.Strain;

namespace SCOModel.Mechanics.Tests.Strain;

/// <summary>
/// PASCal's empirical fit ε(P) = ε₀ + λ(P − P_c)^ν recovers known parameters from strains made in the test with that
/// equation (written out here), its K(P) is the derivative −dε/dP = −λν(P − P_c)^(ν−1), its error bars are as wide as
/// the scatter of repeated fits, and data it cannot describe give a message instead of a fit.
/// </summary>
public sealed class EmpiricalStrainFitTests
{
    // A stiffening axis: ε₀ = 0.012, λ = −0.035 GPa^−ν, P_c = −0.4 GPa, ν = 0.45; 14 pressures from 0 to 6.5 GPa.
    private const double Epsilon0 = 0.012, Lambda = -0.035, CriticalPressure = -0.4, Nu = 0.45;
    private static readonly double[] Pressures = Enumerable.Range(0, 14).Select(i => 0.5 * i).ToArray();

    private static double Strain(double p) => Epsilon0 + (Lambda * Math.Pow(p - CriticalPressure, Nu));

    /// <summary>K in TPa⁻¹: −1000 λ ν (P − P_c)^(ν−1).</summary>
    private static double TrueCompressibility(double p) => -1000 * Lambda * Nu * Math.Pow(p - CriticalPressure, Nu - 1);

    private static double[] Noisy(int seed, double sigma)
    {
        var random = new Random(seed);
        return Pressures.Select(p => Strain(p) + (sigma * SyntheticLattice.Gaussian(random))).ToArray();
    }

    [Fact]
    public void ExactStrainsGiveBackTheParametersAndTheirCompressibility()
    {
        var fit = EmpiricalStrainFit.Fit(Pressures, Pressures.Select(Strain).ToArray(), null, null, out string? failure);
        Assert.Null(failure);
        Assert.NotNull(fit);
        Assert.True(fit.Converged);
        Assert.Equal(Epsilon0, fit.Epsilon0.Value, 6);
        Assert.Equal(Lambda, fit.Lambda.Value, 6);
        Assert.Equal(CriticalPressure, fit.CriticalPressure.Value, 4);
        Assert.Equal(Nu, fit.Nu.Value, 5);
        foreach (double p in Pressures)
        {
            Assert.Equal(TrueCompressibility(p), fit.CompressibilityAt(p), 1e-3 * Math.Abs(TrueCompressibility(p)));
        }
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public void NoisyStrainsRecoverTheParametersAndKWithinTheirErrors(int seed, bool weighted)
    {
        // σ_ε = 3·10⁻⁴, given to the fit or left for it to estimate from the scatter.
        const double sigma = 3e-4;
        var strains = Noisy(seed, sigma);
        var fit = EmpiricalStrainFit.Fit(Pressures, strains, weighted ? Pressures.Select(_ => sigma).ToArray() : null, null,
            out _)!;
        Assert.Equal(weighted, fit.IsWeighted);
        Assert.True(fit.IsDetermined);
        foreach (var (value, truth) in new[]
        {
            (fit.Epsilon0, Epsilon0), (fit.Lambda, Lambda), (fit.CriticalPressure, CriticalPressure), (fit.Nu, Nu),
        })
        {
            Assert.InRange(truth, value.Value - (4 * value.StdErr), value.Value + (4 * value.StdErr));
        }

        foreach (double p in Pressures)
        {
            double k = fit.CompressibilityAt(p), error = fit.CompressibilityStdErrAt(p);
            Assert.InRange(TrueCompressibility(p), k - (4 * error), k + (4 * error));
        }
    }

    [Fact]
    public void TheErrorBarsOfKAreAsWideAsTheScatterOfRepeatedFits()
    {
        // 150 data sets with σ_ε = 3·10⁻⁴: the quoted σ_K (median over the sets) matches the spread of K between them
        // within 25 % (the spread of 150 values is known to ~6 %, the linearised error to a few %).
        const double sigma = 3e-4;
        double[] at = [0.5, 2, 6];
        var ks = at.Select(_ => new List<double>()).ToArray();
        var quoted = at.Select(_ => new List<double>()).ToArray();
        for (int seed = 100; seed < 250; seed++)
        {
            var fit = EmpiricalStrainFit.Fit(Pressures, Noisy(seed, sigma), Pressures.Select(_ => sigma).ToArray(), null, out _)!;
            for (int j = 0; j < at.Length; j++)
            {
                ks[j].Add(fit.CompressibilityAt(at[j]));
                quoted[j].Add(fit.CompressibilityStdErrAt(at[j]));
            }
        }

        for (int j = 0; j < at.Length; j++)
        {
            double mean = ks[j].Average();
            double spread = Math.Sqrt(ks[j].Sum(k => (k - mean) * (k - mean)) / (ks[j].Count - 1));
            double median = quoted[j].Order().ElementAt(quoted[j].Count / 2);
            Assert.InRange(median / spread, 0.75, 1.25);
            Assert.InRange(mean, TrueCompressibility(at[j]) - (4 * spread / Math.Sqrt(ks[j].Count)),
                TrueCompressibility(at[j]) + (4 * spread / Math.Sqrt(ks[j].Count)));
        }
    }

    [Fact]
    public void KIsMinusTheDerivativeOfTheFittedStrainAndItsErrorFollowsTheCovariance()
    {
        var fit = EmpiricalStrainFit.Fit(Pressures, Noisy(9, 3e-4), null, null, out _)!;
        double[] q = [fit.Epsilon0.Value, fit.Lambda.Value, fit.CriticalPressure.Value, fit.Nu.Value];
        static double K(double[] q, double p) => -1000 * q[1] * q[3] * Math.Pow(p - q[2], q[3] - 1);
        foreach (double p in new[] { 0.0, 0.3, 1.7, 4.2, 6.5 })
        {
            // The formula, and −dε/dP of the fitted curve by central differences.
            Assert.Equal(K(q, p), fit.CompressibilityAt(p), 1e-9 * Math.Abs(K(q, p)));
            double h = 1e-5;
            double slope = (fit.StrainAt(p + h) - fit.StrainAt(p - h)) / (2 * h);
            Assert.Equal(-1000 * slope, fit.CompressibilityAt(p), 1e-6 * Math.Abs(K(q, p)));

            // σ_K² = gᵀ C g with g = ∂K/∂q by central differences in the test.
            var g = new double[4];
            for (int a = 0; a < 4; a++)
            {
                double step = 1e-6 * Math.Max(Math.Abs(q[a]), 1e-3);
                var up = (double[])q.Clone();
                var down = (double[])q.Clone();
                up[a] += step;
                down[a] -= step;
                g[a] = (K(up, p) - K(down, p)) / (2 * step);
            }

            double variance = 0;
            for (int a = 0; a < 4; a++)
            {
                for (int b = 0; b < 4; b++)
                {
                    variance += g[a] * fit.Covariance[a, b] * g[b];
                }
            }

            Assert.Equal(Math.Sqrt(variance), fit.CompressibilityStdErrAt(p), 1e-4 * Math.Sqrt(variance));
        }
    }

    [Fact]
    public void TheCriticalPressureStaysBelowTheLowestPressure()
    {
        // Strains that turn sharply at the first pressure pull P_c towards it; it must not pass it.
        double[] p = [1, 1.2, 1.5, 2, 3, 4, 5.5, 7];
        double[] strain = p.Select(x => -0.05 * Math.Pow(x - 0.999, 0.3)).ToArray();
        var fit = EmpiricalStrainFit.Fit(p, strain, null, null, out _)!;
        Assert.True(fit.CriticalPressure.Value < 1);
        Assert.All(p, x => Assert.True(double.IsFinite(fit.CompressibilityAt(x))));
    }

    [Fact]
    public void AConstantStrainGivesAMessageInsteadOfAFit()
    {
        var fit = EmpiricalStrainFit.Fit(Pressures, Pressures.Select(_ => 0.0).ToArray(), null, null, out string? failure);
        Assert.Null(fit);
        Assert.Contains("does not change with pressure", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void TooFewPressuresGiveAMessageInsteadOfAFit()
    {
        double[] p = [0, 1, 2, 3, 3];
        var fit = EmpiricalStrainFit.Fit(p, p.Select(Strain).ToArray(), null, null, out string? failure);
        Assert.Null(fit);
        Assert.Contains("at least 5 distinct pressures", failure, StringComparison.Ordinal);
        Assert.Contains("have 4", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void PascalsFitOfAg3CoCN6IsReproducedFromItsPrincipalStrains()
    {
        // PASCal's web output for its Ag3[Co(CN)6] phase II pressure example (Eulerian finite strain, all σ_P = 1), as
        // stored in its test data (MJCliffe/PASCal): the principal strains X1–X3 in % (tests/data/sample_p/
        // delta_length.tsv, commit 2bbc7f4, columns 2–4; its columns 5–7 are PASCal's fitted curve), the parameters
        // ε₀, λ, P_c, ν and K ± σ_K at the median pressure 0.9 GPa (output.tsv, same commit), and K(P) ± σ_K at every
        // pressure (compressibilities.tsv, commit 242bb3a). PASCal's own strains are fitted here, so the comparison is
        // of the fit alone, not of PASCal's finite-strain formula.
        double[][] pascalStrains =
        [
            [0.19, -0.0, 0.0, 0.0, 0.0651, 0.1142, -0.0327],
            [0.226, -0.3383, -0.0788, 0.1654, -0.3192, -0.145, 0.1824],
            [0.29, -0.9563, -0.2955, 0.3294, -0.8674, -0.4907, 0.3998],
            [0.294, -0.7038, -0.3768, 0.2336, -0.8977, -0.5099, 0.4109],
            [0.395, -1.3311, -0.9418, 0.618, -1.5609, -0.9454, 0.6478],
            [0.55, -2.4759, -1.5177, 1.1165, -2.3423, -1.5049, 0.9233],
            [0.78, -3.3555, -2.4004, 1.376, -3.2297, -2.2139, 1.2447],
            [0.9, -3.7129, -2.6527, 1.4993, -3.6159, -2.5487, 1.3888],
            [0.92, -3.7308, -2.7228, 1.447, -3.6765, -2.6027, 1.4117],
            [1.08, -4.0715, -3.2295, 1.6376, -4.1299, -3.0198, 1.5853],
            [1.87, -5.8276, -4.6359, 2.1249, -5.8483, -4.814, 2.2832],
            [3.02, -7.5092, -6.6969, 2.8801, -7.5992, -6.999, 3.0616],
            [5.13, -9.8073, -10.4263, 4.1509, -9.8674, -10.379, 4.1699],
            [6.92, -11.3246, -13.0281, 5.0107, -11.3298, -12.8917, 4.9422],
            [7.65, -11.9268, -13.8009, 5.2584, -11.8524, -13.8537, 5.2289],
        ];
        double[][] parameters = [[0.039, -0.0804, 0.0817, 0.3326], [0.0034, -0.0359, 0.1724, 0.6831], [-0.0017, 0.0186, 0.1828, 0.5306]];
        double[][] median = [[30.5552, 0.8357], [27.1352, 0.9392], [-11.5188, 0.5719]];
        double[][] compressibilities =
        [
            [0.19, 117.846, 88.2409, -100.5847, 21.9491, 83.0147, 165.811],
            [0.226, 97.3007, 62.0122, -43.095, 11.2151, 14.7527, 7.6065],
            [0.29, 76.1556, 48.3453, -28.11, 4.3031, 3.782, 2.4056],
            [0.294, 75.1949, 47.8356, -27.6304, 4.0829, 3.578, 2.3471],
            [0.395, 57.9935, 39.4948, -20.3981, 1.5327, 1.7658, 1.6036],
            [0.55, 44.3472, 33.4048, -15.7684, 1.1274, 1.3808, 1.0866],
            [0.78, 33.9667, 28.7303, -12.5501, 0.9439, 1.0685, 0.6956],
            [0.9, 30.5554, 27.1353, -11.5167, 0.8357, 0.9392, 0.5707],
            [0.92, 30.0669, 26.9031, -11.369, 0.8181, 0.9195, 0.5531],
            [1.08, 26.7581, 25.2994, -10.3678, 0.6867, 0.7785, 0.4364],
            [1.87, 18.1333, 20.7457, -7.7085, 0.2886, 0.3644, 0.1844],
            [3.02, 13.018, 17.609, -6.0401, 0.1692, 0.2111, 0.1621],
            [5.13, 9.0713, 14.7715, -4.653, 0.2583, 0.3545, 0.2212],
            [6.92, 7.408, 13.3967, -4.0253, 0.2982, 0.4528, 0.2475],
            [7.65, 6.9231, 12.9676, -3.8356, 0.3074, 0.4829, 0.2543],
        ];
        double[] p = pascalStrains.Select(r => r[0]).ToArray();

        // Tolerances: PASCal prints 4 decimals, and its two stored versions of these tables differ by up to 0.2 % in K
        // and 0.5 % in σ_K on axis 3 (the input strains are themselves rounded to 10⁻⁶).
        for (int k = 0; k < 3; k++)
        {
            var fit = EmpiricalStrainFit.Fit(p, pascalStrains.Select(r => r[1 + k] / 100).ToArray(), null, null, out _)!;
            FittedValue[] values = [fit.Epsilon0, fit.Lambda, fit.CriticalPressure, fit.Nu];
            for (int q = 0; q < 4; q++)
            {
                Assert.Equal(parameters[k][q], values[q].Value, Math.Max(6e-5, 2e-3 * Math.Abs(parameters[k][q])));
            }

            Assert.Equal(median[k][0], fit.CompressibilityAt(0.9), 5e-3 * Math.Abs(median[k][0]));
            Assert.Equal(median[k][1], fit.CompressibilityStdErrAt(0.9), 1e-2 * median[k][1]);
            foreach (var row in compressibilities)
            {
                Assert.Equal(row[1 + k], fit.CompressibilityAt(row[0]), 5e-3 * Math.Abs(row[1 + k]));
                Assert.Equal(row[4 + k], fit.CompressibilityStdErrAt(row[0]), 1e-2 * row[4 + k]);
            }

            foreach (var row in pascalStrains)
            {
                Assert.Equal(row[4 + k], 100 * fit.StrainAt(row[0]), 1e-3);
            }
        }
    }
}
