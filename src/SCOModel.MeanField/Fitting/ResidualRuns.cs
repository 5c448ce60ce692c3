using System.Globalization;
using SCOModel.Core.Protocols;

namespace SCOModel.MeanField.Fitting;

/// <summary>
/// The Wald–Wolfowitz runs test on the signs of the residuals along each branch (in temperature order): a model that
/// describes the curve leaves residuals that change sign at random, one that misses its shape (a two-step curve fitted
/// with one step, a wrong branch) leaves long runs of one sign. With n₊ positive and n₋ negative residuals the number
/// of runs has mean μ = 2n₊n₋/n + 1 and variance (μ − 1)(μ − 2)/(n − 1). A sign test completes it.
/// </summary>
internal static class ResidualRuns
{
    /// <summary>z below this flags systematic residuals (a false alarm about once in 30 000 good fits).</summary>
    public const double Threshold = -4;

    /// <summary>The standardised number of runs, summed over branches; NaN with too few points.</summary>
    public static double Z(IReadOnlyList<FitResidual> residuals)
    {
        double runs = 0, mean = 0, variance = 0;
        foreach (var branch in residuals.GroupBy(r => r.Branch))
        {
            var signs = branch.OrderBy(r => r.TemperatureK).Select(r => r.Residual).Where(r => r != 0).Select(r => r > 0).ToArray();
            int n = signs.Length, positive = signs.Count(s => s), negative = n - positive;
            if (n < 10 || positive == 0 || negative == 0)
            {
                continue;
            }

            double mu = (2.0 * positive * negative / n) + 1;
            runs += 1 + Enumerable.Range(1, n - 1).Count(k => signs[k] != signs[k - 1]);
            mean += mu;
            variance += (mu - 1) * (mu - 2) / (n - 1);
        }

        return variance > 0 ? (runs - mean) / Math.Sqrt(variance) : double.NaN;
    }

    /// <summary>
    /// The sign test: (n₊ − n/2)/√(n/4) over all nonzero residuals. A least-squares fit with the right model leaves
    /// about as many of each sign; one that cannot reach the data's level (a missing trapped fraction) leaves all of
    /// one sign, where the runs test has nothing to count.
    /// </summary>
    public static double SignZ(IReadOnlyList<FitResidual> residuals)
    {
        var nonzero = residuals.Where(r => r.Residual != 0).ToArray();
        int n = nonzero.Length;
        return n < 10 ? double.NaN : (nonzero.Count(r => r.Residual > 0) - (0.5 * n)) / Math.Sqrt(0.25 * n);
    }

    /// <summary>A warning when the residuals are systematic (runs z &lt; −4 or |sign z| &gt; 4), or null.</summary>
    public static string? Warning(IReadOnlyList<FitResidual> residuals, string hint)
    {
        double runs = Z(residuals);
        double sign = SignZ(residuals);
        return runs < Threshold || Math.Abs(sign) > -Threshold
            ? string.Create(CultureInfo.InvariantCulture,
                $"the residuals are systematic (runs test z = {runs:0.0}, sign test z = {sign:0.0}): the model misses the shape of the curve; {hint}")
            : null;
    }
}
