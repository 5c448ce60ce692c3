namespace SCOModel.Core.PhaseDiagrams;

/// <summary>
/// Where one branch of a loop crosses n_HS = 1/2: the linearly interpolated control value, its statistical standard
/// error propagated from the n_HS error bars of the two bracketing points, and the bracket itself. Interpolation cannot
/// place an abrupt jump better than within its bracket, so <see cref="StdErr"/> adds the bracket's resolution,
/// (upper − lower)/√12 (a uniform position inside it), in quadrature.
/// </summary>
/// <param name="Value">The interpolated crossing (K on a temperature loop, GPa on a pressure loop).</param>
/// <param name="StatisticalError">Error from the n_HS error bars alone.</param>
/// <param name="Lower">The smaller control value of the two bracketing points.</param>
/// <param name="Upper">The larger one.</param>
public readonly record struct TransitionCrossing(double Value, double StatisticalError, double Lower, double Upper)
{
    /// <summary>The total standard error: statistics and grid resolution in quadrature.</summary>
    public double StdErr => Math.Sqrt((StatisticalError * StatisticalError) + ((Upper - Lower) * (Upper - Lower) / 12));

    /// <summary>
    /// The first crossing of the level along a branch in visiting order, or null. With x* = x0 + (L − n0)(x1 − x0)/(n1 − n0),
    /// ∂x*/∂n0 = (x1 − x0)(L − n1)/(n1 − n0)² and ∂x*/∂n1 = −(x1 − x0)(L − n0)/(n1 − n0)² carry the independent
    /// errors of n0 and n1.
    /// </summary>
    public static TransitionCrossing? Find(IReadOnlyList<(double X, double N, double Err)> branch, double level = 0.5)
    {
        ArgumentNullException.ThrowIfNull(branch);
        for (int k = 0; k + 1 < branch.Count; k++)
        {
            var (x0, n0, e0) = branch[k];
            var (x1, n1, e1) = branch[k + 1];
            if (n0 == level)
            {
                // Only exact engines land on the level itself.
                return new TransitionCrossing(x0, 0, x0, x0);
            }

            if ((n0 - level) * (n1 - level) < 0)
            {
                double dn = n1 - n0;
                double dx = x1 - x0;
                double d0 = dx * (level - n1) / (dn * dn);
                double d1 = -dx * (level - n0) / (dn * dn);
                double error = Math.Sqrt((d0 * e0 * d0 * e0) + (d1 * e1 * d1 * e1));
                return new TransitionCrossing(x0 + ((level - n0) * dx / dn), Finite(error), Math.Min(x0, x1), Math.Max(x0, x1));
            }
        }

        return branch.Count > 0 && branch[^1].N == level
            ? new TransitionCrossing(branch[^1].X, 0, branch[^1].X, branch[^1].X)
            : null;
    }

    private static double Finite(double error) => double.IsFinite(error) ? error : 0;
}
