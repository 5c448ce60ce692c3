using SCOModel.MonteCarlo.Tests.Engine;
using SCOModel.MonteCarlo.Statistics;
using Xunit.Abstractions;

namespace SCOModel.MonteCarlo.Tests.Statistics;

/// <summary>
/// Issue 5: "on a long run split into independent blocks, the reported stderr matches the scatter of block means".
/// </summary>
public class ErrorBarBlockScatterTests(ITestOutputHelper output)
{
    /// <summary>
    /// A 16 × 16 square lattice with J = 65 K at T = T_eq = 200 K (h = 0): T/T_c = 200/(2.269 × 65) ≈ 1.36, close
    /// to but above the critical point, where n_HS decorrelates in about 8 sweeps (τ_int 5–11). The scan visits the same
    /// temperature K times: one long walk per replica (4 replicas), cut into K consecutive blocks (points) of N sweeps; the
    /// first block is discarded as equilibration.
    /// </summary>
    private static string Config(int blocks, int sweeps, int replicas) => $$"""
        {
          "name": "block scatter", "seed": 2024,
          "model": { "deltaK": 1000, "lnG": 5, "couplingK": 65, "lattice": { "kind": "square", "size": [16, 16] } },
          "protocol": { "kind": "temperature-scan", "temperaturesK": [{{string.Join(", ", Enumerable.Repeat(200, blocks))}}],
                        "initialState": "random", "equilibrationSweeps": 0, "sweepsPerPoint": {{sweeps}} },
          "monteCarlo": { "replicas": {{replicas}}, "update": "heat-bath" }
        }
        """;

    [Fact]
    public void ReportedErrorMatchesTheScatterOfBlockMeans()
    {
        const int blocks = 97, sweeps = 3072, replicas = 4;
        var result = EngineRuns.Run(Config(blocks, sweeps, replicas), threads: 2);
        var means = result.Points.Skip(1).Select(p => p.NHs.Mean).ToArray(); // the first block equilibrates
        var errors = result.Points.Skip(1).Select(p => p.NHs.StdErr).ToArray();
        var taus = result.Points.Skip(1).Select(p => p.NHsTauIntSweeps).ToArray();
        int k = means.Length;
        double grand = means.Average();
        double scatter = Math.Sqrt(means.Sum(m => (m - grand) * (m - grand)) / (k - 1));
        double reported = Math.Sqrt(errors.Average(e => e * e));
        double ratio = reported / scatter;
        output.WriteLine($"tau {taus.Min():0.0}..{taus.Average():0.0}..{taus.Max():0.0}, reported {reported:G4}, scatter {scatter:G4}, ratio {ratio:0.000}");
        output.WriteLine($"converged {result.Points.Count(p => p.ErrorBarsConverged)} of {result.Points.Count}");

        // If the reported errors are honest, (k − 1) S²/σ² ~ χ²_{k−1} for the observed scatter S of k independent
        // block means (adjacent blocks share a correlation ≈ τ/N ≈ 0.003, negligible), while the RMS of k reported
        // errors, each from ≥ 32 degrees of freedom, is known to ≈ √(2/32)/(2√k) ≈ 1.3 %. So reported/S lies in
        // [√((k − 1)/χ²_{0.9995}), √((k − 1)/χ²_{0.0005})] with probability 0.999: for k = 96, [0.80, 1.30]
        // (Wilson–Hilferty quantiles). The naive σ/√n is √(2τ) ≈ 4 times too small here and would fail.
        double lower = Math.Sqrt((k - 1) / BinningAnalysis.ChiSquareQuantile(k - 1, 3.2905));
        double upper = Math.Sqrt((k - 1) / BinningAnalysis.ChiSquareQuantile(k - 1, -3.2905));
        Assert.InRange(lower, 0.79, 0.81);
        Assert.InRange(upper, 1.29, 1.31);
        Assert.InRange(ratio, lower, upper);

        // N = 3072 sweeps per replica (≈ 400 τ_int) is enough for a plateau.
        Assert.InRange(taus.Average(), 5, 60);
        Assert.True(result.Points.Count(p => p.ErrorBarsConverged) >= blocks / 3);
    }
}
