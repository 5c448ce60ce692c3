using SCOModel.Core.Protocols;

namespace SCOModel.Core.Results;

/// <summary>
/// The derived figures of a pressure loop for summary.json: P1/2 where n_HS crosses 1/2 on compression (up) and on
/// decompression (down), linearly interpolated (null where a branch does not cross), their mean and the pressure
/// hysteresis width P1/2↑ − P1/2↓.
/// </summary>
public sealed record PressureTransitionSummary(
    double? PHalfUpGPa,
    double? PHalfDownGPa,
    double? PHalfGPa,
    double? PressureWidthGPa)
{
    /// <summary>Analyses the compression and decompression branches; null when the run has neither.</summary>
    public static PressureTransitionSummary? Of(IReadOnlyList<PointResult> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (!points.Any(p => p.Branch is Branch.Compression or Branch.Decompression))
        {
            return null;
        }

        double? up = TransitionSummary.FirstCrossing(Curve(points, Branch.Compression), 0.5);
        double? down = TransitionSummary.FirstCrossing(Curve(points, Branch.Decompression), 0.5);
        double? centre = up is double u && down is double d ? (u + d) / 2 : up ?? down;
        double? width = up is double a && down is double b ? a - b : null;
        return new PressureTransitionSummary(up, down, centre, width);
    }

    private static (double P, double N)[] Curve(IReadOnlyList<PointResult> points, Branch branch) =>
        points.Where(p => p.Branch == branch).Select(p => (p.Point.PressureGPa, p.NHs.Mean)).ToArray();
}
