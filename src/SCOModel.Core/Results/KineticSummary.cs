using SCOModel.Core.Protocols;

namespace SCOModel.Core.Results;

/// <summary>
/// The derived figures of the light protocols (PHYSICS.md §3): T(LIESST), the temperature of the steepest fall of
/// n_HS on the warming after irradiation (the minimum of dn/dT); and the LITH loop's temperatures, where the warming and
/// the cooling under light cross the middle of the loop's n_HS range.
/// </summary>
public static class KineticSummary
{
    /// <summary>
    /// T(LIESST) from the warming branch: dn/dT by central differences, its most negative value refined by the vertex
    /// of the parabola through it and its two neighbours; null with fewer than four points or no fall.
    /// </summary>
    public static double? LiesstTemperatureK(IReadOnlyList<PointResult> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var warming = points.Where(p => p.Branch == Branch.Heating).Select(p => (T: p.Point.TemperatureK, N: p.NHs.Mean)).ToArray();
        if (warming.Length < 4)
        {
            return null;
        }

        var slope = new double[warming.Length];
        for (int k = 1; k + 1 < warming.Length; k++)
        {
            slope[k] = (warming[k + 1].N - warming[k - 1].N) / (warming[k + 1].T - warming[k - 1].T);
        }

        int best = 1;
        for (int k = 2; k + 1 < warming.Length; k++)
        {
            best = slope[k] < slope[best] ? k : best;
        }

        if (!(slope[best] < 0))
        {
            return null;
        }

        if (best == 1 || best == warming.Length - 2)
        {
            return warming[best].T;
        }

        // Vertex of the parabola through (T_{k−1}, s_{k−1}), (T_k, s_k), (T_{k+1}, s_{k+1}) on an even grid.
        double below = slope[best - 1], at = slope[best], above = slope[best + 1];
        double curvature = below - (2 * at) + above;
        double shift = curvature > 0 ? 0.5 * (below - above) / curvature : 0;
        double step = warming[best + 1].T - warming[best].T;
        return warming[best].T + (Math.Clamp(shift, -1, 1) * step);
    }

    /// <summary>
    /// The LITH loop: where the warming (up) and the cooling (down) under light cross the middle of the n_HS range of
    /// the loop, (min + max)/2 over both branches; null where a branch does not cross.
    /// </summary>
    public static (double? UpK, double? DownK) LightInducedLoopK(IReadOnlyList<PointResult> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var loop = points.Where(p => p.Branch is Branch.Heating or Branch.Cooling).ToArray();
        if (loop.Length == 0)
        {
            return (null, null);
        }

        double level = (loop.Min(p => p.NHs.Mean) + loop.Max(p => p.NHs.Mean)) / 2;
        (double, double)[] Curve(Branch branch) =>
            loop.Where(p => p.Branch == branch).Select(p => (p.Point.TemperatureK, p.NHs.Mean)).ToArray();
        return (TransitionSummary.FirstCrossing(Curve(Branch.Heating), level),
            TransitionSummary.FirstCrossing(Curve(Branch.Cooling), level));
    }
}
