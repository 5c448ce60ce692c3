using System.Globalization;
using SCOModel.Core.Results;

namespace SCOModel.Validation.Tests.Support;

/// <summary>
/// Comparisons of Monte Carlo estimates with exact values: |mean − exact| ≤ 4 σ + allowance, σ the engine's
/// standard error (binned over sweeps and replicas) and the allowance a documented systematic bound (finite size).
/// At 4 σ a correct engine fails a single comparison with probability ~6e-5 (Gaussian; ~2e-4 for the 63 degrees
/// of freedom of 4 replicas × 16 bins), so the ~150 comparisons of this project rarely fail by chance, while a
/// wrong factor in a field or a coupling shows up as tens or hundreds of σ.
/// </summary>
internal static class StatisticalAssert
{
    public const double Sigmas = 4;

    /// <param name="measured">The engine's estimate.</param>
    /// <param name="exact">The exact reference value.</param>
    /// <param name="what">What is compared, for the failure message.</param>
    /// <param name="allowance">Systematic allowance added to 4 σ (document its origin at the call).</param>
    /// <param name="maxStdErr">The test is only meaningful when σ is at most this (guards against vacuous passes).</param>
    public static void WithinSigmas(Estimate measured, double exact, string what, double allowance = 0,
        double maxStdErr = double.PositiveInfinity)
    {
        if (!double.IsFinite(measured.Mean) || !double.IsFinite(measured.StdErr) || measured.StdErr <= 0)
        {
            Assert.Fail($"{what}: estimate {measured} has no usable error bar");
        }

        if (measured.StdErr > maxStdErr)
        {
            Assert.Fail($"{what}: σ = {F(measured.StdErr)} exceeds {F(maxStdErr)}, too coarse for a meaningful test");
        }

        double deviation = measured.Mean - exact;
        double tolerance = (Sigmas * measured.StdErr) + allowance;
        if (!(Math.Abs(deviation) <= tolerance))
        {
            Assert.Fail($"{what}: measured {F(measured.Mean)} ± {F(measured.StdErr)}, exact {F(exact)}: deviation " +
                $"{F(deviation)} = {(deviation / measured.StdErr).ToString("F1", CultureInfo.InvariantCulture)} σ " +
                $"exceeds {Sigmas} σ + allowance {F(allowance)}");
        }
    }

    private static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
