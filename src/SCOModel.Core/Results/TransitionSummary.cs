using SCOModel.Core.Protocols;

namespace SCOModel.Core.Results;

/// <summary>
/// The derived figures of summary.json (DESIGN.md "Outputs"): T1/2 where n_HS crosses 1/2 on each branch, linearly
/// interpolated (null where it does not cross), their mean and the hysteresis width, and T_mid where each branch
/// crosses the midpoint of its own range (for incomplete transitions).
/// </summary>
public sealed record TransitionSummary(
    double? THalfUpK,
    double? THalfDownK,
    double? THalfK,
    double? HysteresisWidthK,
    double? TMidUpK,
    double? TMidDownK)
{
    /// <summary>Analyses the heating, cooling, scan and equilibrium branches of a run.</summary>
    public static TransitionSummary Of(IReadOnlyList<PointResult> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var heating = BranchCurve(points, Branch.Heating);
        var cooling = BranchCurve(points, Branch.Cooling);
        var scan = BranchCurve(points, Branch.Scan);
        var equilibrium = BranchCurve(points, Branch.Equilibrium);

        double? up = FirstCrossing(heating, 0.5);
        double? down = FirstCrossing(cooling, 0.5);
        double? centre = (up, down) switch
        {
            (double u, double d) => (u + d) / 2,
            _ => up ?? down ?? FirstCrossing(scan, 0.5) ?? FirstCrossing(equilibrium, 0.5),
        };
        double? width = up is double a && down is double b ? a - b : null;
        return new TransitionSummary(up, down, centre, width, MidpointCrossing(heating), MidpointCrossing(cooling));
    }

    private static (double T, double N)[] BranchCurve(IReadOnlyList<PointResult> points, Branch branch)
    {
        var curve = points.Where(p => p.Branch == branch)
            .Select(p => (p.Point.TemperatureK, p.NHs.Mean))
            .ToArray();

        // A scan's (or an equilibrium scan's) points are not a walk: read them in temperature order.
        return branch is Branch.Scan or Branch.Equilibrium ? curve.OrderBy(p => p.TemperatureK).ToArray() : curve;
    }

    /// <summary>The first temperature, in visiting order, at which n crosses the level (linear interpolation).</summary>
    public static double? FirstCrossing(IReadOnlyList<(double T, double N)> curve, double level)
    {
        ArgumentNullException.ThrowIfNull(curve);
        for (int k = 0; k + 1 < curve.Count; k++)
        {
            var (t0, n0) = curve[k];
            var (t1, n1) = curve[k + 1];
            if (n0 == level)
            {
                return t0;
            }

            if ((n0 - level) * (n1 - level) < 0)
            {
                return t0 + ((level - n0) * (t1 - t0) / (n1 - n0));
            }
        }

        return curve.Count > 0 && curve[^1].N == level ? curve[^1].T : null;
    }

    private static double? MidpointCrossing((double T, double N)[] curve)
    {
        if (curve.Length < 2)
        {
            return null;
        }

        double min = curve.Min(p => p.N);
        double max = curve.Max(p => p.N);
        return max > min ? FirstCrossing(curve, (min + max) / 2) : null;
    }
}
