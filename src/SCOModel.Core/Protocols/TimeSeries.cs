namespace SCOModel.Core.Protocols;

/// <summary>
/// The sampling times of an isothermal segment: t = 0 and <see cref="Samples"/> further times up to the duration,
/// evenly in t or in log t (from <see cref="FirstSampleS"/>, by default a ten-thousandth of the duration).
/// </summary>
/// <param name="DurationS">Length of the segment, s.</param>
/// <param name="Samples">Number of sampled times after t = 0.</param>
/// <param name="Spacing">Log (default) or linear.</param>
/// <param name="FirstSampleS">First time after 0 of a log series; null for duration / 10^4.</param>
public readonly record struct TimeSeries(double DurationS, int Samples = 100, TimeSpacing Spacing = TimeSpacing.Log, double? FirstSampleS = null)
{
    /// <summary>The times, from 0 to the duration, relative to the segment's start.</summary>
    public double[] Times()
    {
        var times = new double[Samples + 1];
        double first = FirstSampleS ?? (DurationS * 1e-4);
        for (int k = 1; k <= Samples; k++)
        {
            times[k] = Spacing == TimeSpacing.Linear || Samples == 1
                ? DurationS * k / Samples
                : first * Math.Pow(DurationS / first, (k - 1.0) / (Samples - 1));
        }

        times[Samples] = DurationS;
        return times;
    }

    /// <summary>Points of a segment at fixed T, P and light, offset by the segment's start time.</summary>
    public ControlPoint[] Points(double temperatureK, double pressureGPa, double light, double startS) =>
        Times().Select(t => new ControlPoint(temperatureK, pressureGPa, light, startS + t)).ToArray();
}
