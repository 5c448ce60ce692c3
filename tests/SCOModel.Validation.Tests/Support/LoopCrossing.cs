using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.Validation.Tests.Support;

/// <summary>
/// Where a branch of a loop crosses n_HS = 1/2, located as <see cref="TransitionSummary"/> does it (first crossing in
/// visiting order, linear interpolation between the two bracketing points), with its statistical error propagated
/// from the error bars of those two points: T* = T0 + ΔT (1/2 − n0)/(n1 − n0), so
/// σ_T² = ΔT² [(n1 − 1/2)² σ0² + (1/2 − n0)² σ1²] / (n1 − n0)⁴.
/// </summary>
internal readonly record struct LoopCrossing(double TemperatureK, double StdErrK)
{
    public static LoopCrossing Of(IReadOnlyList<PointResult> points, Branch branch)
    {
        var curve = points.Where(p => p.Branch == branch).ToArray();
        for (int k = 0; k + 1 < curve.Length; k++)
        {
            var (t0, n0, s0) = (curve[k].Point.TemperatureK, curve[k].NHs.Mean, curve[k].NHs.StdErr);
            var (t1, n1, s1) = (curve[k + 1].Point.TemperatureK, curve[k + 1].NHs.Mean, curve[k + 1].NHs.StdErr);
            if ((n0 - 0.5) * (n1 - 0.5) < 0)
            {
                double dt = t1 - t0;
                double dn = n1 - n0;
                double variance = dt * dt * (((n1 - 0.5) * (n1 - 0.5) * s0 * s0) + ((0.5 - n0) * (0.5 - n0) * s1 * s1))
                    / (dn * dn * dn * dn);
                return new LoopCrossing(t0 + ((0.5 - n0) * dt / dn), Math.Sqrt(variance));
            }
        }

        throw new InvalidOperationException($"the {branch} branch does not cross n_HS = 1/2");
    }
}
