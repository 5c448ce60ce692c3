using System.Globalization;
using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Svg;

/// <summary>
/// The ticks of an axis given its settings and the values it must show: fixed limits are kept, free ends extend to the
/// nearest nice tick beyond the data. Logarithmic axes refuse non-positive data here, before anything is drawn, with a
/// message that names the series and the value (a silently dropped point would misrepresent the data).
/// </summary>
internal static class AxisTicks
{
    /// <summary>A value the axis must show, and where it comes from (for error messages).</summary>
    public readonly record struct Sample(double Value, string Source, int Index);

    public static TickSet For(Axis axis, string axisName, IEnumerable<Sample> samples)
    {
        bool log = axis.Scale == AxisScale.Logarithmic;
        if (log)
        {
            RequirePositiveLimit(axis, axisName, axis.Min, "lower");
            RequirePositiveLimit(axis, axisName, axis.Max, "upper");
        }

        double dataMin = double.PositiveInfinity, dataMax = double.NegativeInfinity;
        foreach (var sample in samples)
        {
            double v = sample.Value;
            if (double.IsNaN(v))
            {
                continue;
            }

            if (log && v <= 0)
            {
                throw new ArgumentException(
                    $"{sample.Source} has the non-positive {axisName} value {Format(v)} at point {sample.Index}, but the " +
                    $"{axisName} axis \"{RichText.Plain(axis.Label)}\" is logarithmic and can show only positive values; " +
                    "remove or shift that point, or use a linear axis");
            }

            if (double.IsInfinity(v))
            {
                throw new ArgumentException(
                    $"{sample.Source} has the infinite {axisName} value {Format(v)} at point {sample.Index}");
            }

            dataMin = Math.Min(dataMin, v);
            dataMax = Math.Max(dataMax, v);
        }

        if (dataMin > dataMax)
        {
            // Nothing to show: a unit window, so that an empty plot still has an axis.
            (dataMin, dataMax) = log ? (1, 10) : (0, 1);
        }

        double lo = axis.Min ?? dataMin;
        double hi = axis.Max ?? dataMax;
        if (axis.Min is double fixedLo && axis.Max is double fixedHi && fixedLo >= fixedHi)
        {
            throw new ArgumentException(
                $"the {axisName} axis \"{RichText.Plain(axis.Label)}\" has its lower limit {Format(fixedLo)} at or above " +
                $"its upper limit {Format(fixedHi)}");
        }

        // One fixed limit beyond all the data: keep the fixed end and open a default window on the free side.
        if (lo >= hi && (axis.Min is null || axis.Max is null))
        {
            if (axis.Min is null)
            {
                lo = log ? hi / 10 : hi - 1;
            }
            else
            {
                hi = log ? lo * 10 : lo + 1;
            }
        }

        return log
            ? NiceTicks.Logarithmic(lo, hi, extendLow: axis.Min is null, extendHigh: axis.Max is null)
            : NiceTicks.Linear(lo, hi, extendLow: axis.Min is null, extendHigh: axis.Max is null);
    }

    private static void RequirePositiveLimit(Axis axis, string axisName, double? limit, string which)
    {
        if (limit is double value && value <= 0)
        {
            throw new ArgumentException(
                $"the {axisName} axis \"{RichText.Plain(axis.Label)}\" is logarithmic but its {which} limit is " +
                $"{Format(value)}; a log axis needs positive limits");
        }
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
