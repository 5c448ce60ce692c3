namespace SCOModel.Core.Protocols;

/// <summary>An inclusive arithmetic range, as configs write it with from/to/step.</summary>
public static class ValueRange
{
    /// <summary>
    /// from, from ± step, ... up to and including <paramref name="to"/> (within a millionth of a step, so that
    /// 150..250 step 0.1 ends at 250). The direction follows from → to; <paramref name="step"/> is a positive size.
    /// </summary>
    public static double[] Inclusive(double from, double to, double step)
    {
        if (!(step > 0) || double.IsInfinity(step))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "the step must be a positive number");
        }

        double span = Math.Abs(to - from);
        double points = Math.Floor((span / step) + 1e-6) + 1;
        if (!(points <= 10_000_000))
        {
            // Checked before the cast: a span of 1e19 (or an infinite one) would overflow a long.
            throw new ArgumentOutOfRangeException(nameof(step), step,
                $"the range would hold {points.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)} points");
        }

        long count = (long)points;

        double sign = to >= from ? 1 : -1;
        var values = new double[count];
        for (long k = 0; k < count; k++)
        {
            // Computed from the index, not accumulated, so that no rounding error builds up along the range.
            values[k] = Math.Round(from + (sign * k * step), 10);
        }

        return values;
    }
}
