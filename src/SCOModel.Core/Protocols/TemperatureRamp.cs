namespace SCOModel.Core.Protocols;

/// <summary>
/// Temperatures visited at a constant sweep rate: each point carries the time at which the ramp reaches it, so a
/// kinetic engine integrates the rates between points (PHYSICS.md §3: rates span many decades over a ramp).
/// </summary>
public static class TemperatureRamp
{
    /// <summary>Points at the temperatures in order, the clock starting at <paramref name="startS"/> at the first.</summary>
    public static ControlPoint[] Points(IReadOnlyList<double> temperaturesK, double rateKPerMin, double pressureGPa,
        double light, double startS)
    {
        ArgumentNullException.ThrowIfNull(temperaturesK);
        var points = new ControlPoint[temperaturesK.Count];
        double time = startS;
        for (int k = 0; k < points.Length; k++)
        {
            if (k > 0)
            {
                time += Math.Abs(temperaturesK[k] - temperaturesK[k - 1]) / rateKPerMin * 60;
            }

            points[k] = new ControlPoint(temperaturesK[k], pressureGPa, light, time);
        }

        return points;
    }
}
