using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.Plotting.Tests.Support;

/// <summary>Synthetic runs shaped like real ones: a hysteresis loop and an equilibrium scan.</summary>
public static class SampleRuns
{
    /// <summary>
    /// Heating 150 → 250 K then cooling 250 → 150 K in 2 K steps, sigmoids centred at 206 K (heating) and 193 K
    /// (cooling), error bars largest at the transition.
    /// </summary>
    public static IReadOnlyList<PointResult> HysteresisLoop()
    {
        var points = new List<PointResult>();
        for (double t = 150; t <= 250; t += 2)
        {
            points.Add(Point(Branch.Heating, t, 206));
        }

        for (double t = 250; t >= 150; t -= 2)
        {
            points.Add(Point(Branch.Cooling, t, 193));
        }

        return points;
    }

    /// <summary>An equilibrium scan 150 → 250 K centred at 200 K.</summary>
    public static IReadOnlyList<PointResult> Scan()
    {
        var points = new List<PointResult>();
        for (double t = 150; t <= 250; t += 5)
        {
            points.Add(Point(Branch.Scan, t, 200));
        }

        return points;
    }

    private static PointResult Point(Branch branch, double t, double centre)
    {
        double n = 1 / (1 + Math.Exp(-(t - centre) / 2.5));
        double error = 0.002 + (0.04 * n * (1 - n));
        return new PointResult(branch, new ControlPoint(t, 0), new Estimate(n, error), Estimate.Exact(-100),
            Estimate.Exact(0.9));
    }
}
