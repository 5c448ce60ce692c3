using System.Globalization;

namespace SCOModel.Plotting.Charts;

/// <summary>
/// Chooses axis ticks a person would choose: on a linear axis, multiples of a step of 1, 2, 2.5 or 5 x 10^k; on a log
/// axis, the decades (every n-th decade when there are many), with the 2..9 multiples as minor ticks. An axis that
/// follows the data extends to the nearest ticks beyond it, so the first and last tick bracket the data; an axis
/// with fixed limits keeps them and puts the ticks inside.
/// </summary>
public static class NiceTicks
{
    /// <summary>The number of labelled ticks aimed at: enough to read values off, few enough to stay uncluttered.</summary>
    public const int DefaultTarget = 6;

    private static readonly double[] Mantissas = [1, 2, 2.5, 5];

    /// <summary>Ticks covering [min, max]: the axis limits are the first and last tick.</summary>
    public static TickSet Linear(double min, double max, int target = DefaultTarget) =>
        Linear(min, max, extendLow: true, extendHigh: true, target);

    /// <summary>Ticks inside the fixed limits [min, max], which stay the axis limits.</summary>
    public static TickSet LinearWithin(double min, double max, int target = DefaultTarget) =>
        Linear(min, max, extendLow: false, extendHigh: false, target);

    /// <summary>
    /// Linear ticks where each end either extends to a tick beyond the data (extend) or stays fixed. One end fixed
    /// and the other free is the common case of a quantity that starts at zero.
    /// </summary>
    public static TickSet Linear(double min, double max, bool extendLow, bool extendHigh, int target = DefaultTarget)
    {
        RequireRange(min, max);
        ArgumentOutOfRangeException.ThrowIfLessThan(target, 2);
        if (min == max)
        {
            if (!extendLow && !extendHigh)
            {
                throw new ArgumentException($"fixed axis limits must differ, got {Format(min)} twice");
            }

            // A flat series: open a window around it so the line sits mid-axis instead of on the frame.
            double half = min == 0 ? 1 : Math.Abs(min) * 0.05;
            min = extendLow ? min - half : min;
            max = extendHigh ? max + half : max;
        }

        double span = max - min;
        int exponent = (int)Math.Floor(Math.Log10(span));
        (double Score, double Step, double Lo, double Hi)? best = null;
        for (int k = exponent - 2; k <= exponent; k++)
        {
            foreach (double mantissa in Mantissas)
            {
                double step = mantissa * Math.Pow(10, k);
                double lo = extendLow ? Math.Floor((min / step) + 1e-9) * step : min;
                double hi = extendHigh ? Math.Ceiling((max / step) - 1e-9) * step : max;
                long first = (long)Math.Ceiling((lo / step) - 1e-9);
                long last = (long)Math.Floor((hi / step) + 1e-9);
                long count = last - first + 1;
                if (count < 2)
                {
                    continue;
                }

                // Prefer tick counts near the target and axes without wasted room; 2.5 costs an extra decimal in
                // every label, so it must earn its place.
                double coverage = span / (hi - lo);
                double score = coverage - (0.6 * Math.Abs(count - target) / target) - (mantissa == 2.5 ? 0.05 : 0);
                if (best is null || score > best.Value.Score)
                {
                    best = (score, step, lo, hi);
                }
            }
        }

        var (_, bestStep, axisLo, axisHi) = best!.Value;
        int decimals = Decimals(bestStep);
        long firstTick = (long)Math.Ceiling((axisLo / bestStep) - 1e-9);
        long lastTick = (long)Math.Floor((axisHi / bestStep) + 1e-9);
        var major = new List<double>();
        for (long i = firstTick; i <= lastTick; i++)
        {
            // Rounded to the step's decimals so that 3 x 0.2 is 0.6, not 0.6000000000000001.
            major.Add(decimals <= 15 ? Math.Round(i * bestStep, decimals) : i * bestStep);
        }

        if (extendLow)
        {
            axisLo = major[0];
        }

        if (extendHigh)
        {
            axisHi = major[^1];
        }

        return new TickSet(axisLo, axisHi, major, LinearLabels(major, bestStep, decimals), [], bestStep);
    }

    /// <summary>Decade ticks covering [min, max] (both positive): the axis runs from decade to decade.</summary>
    public static TickSet Logarithmic(double min, double max) =>
        Logarithmic(min, max, extendLow: true, extendHigh: true);

    /// <summary>Decade ticks inside the fixed limits [min, max] (both positive).</summary>
    public static TickSet LogarithmicWithin(double min, double max) =>
        Logarithmic(min, max, extendLow: false, extendHigh: false);

    /// <summary>Log ticks where each end either extends to the next decade beyond the data or stays fixed.</summary>
    public static TickSet Logarithmic(double min, double max, bool extendLow, bool extendHigh)
    {
        RequireRange(min, max);
        if (min <= 0)
        {
            throw new ArgumentException($"a logarithmic axis needs positive limits, got {Format(min)}");
        }

        if (!extendLow && !extendHigh && min == max)
        {
            throw new ArgumentException($"fixed axis limits must differ, got {Format(min)} twice");
        }

        int kLo = (int)Math.Floor(Math.Log10(min) + 1e-9);
        int kHi = (int)Math.Ceiling(Math.Log10(max) - 1e-9);
        if (kHi == kLo)
        {
            kHi++;
        }

        // Beyond eight decades, label every n-th one so the labels do not run into each other.
        int stride = Math.Max(1, (int)Math.Ceiling((kHi - kLo) / 8.0));
        kLo = FloorTo(kLo, stride);
        kHi = kLo + (stride * (int)Math.Ceiling((kHi - kLo) / (double)stride));
        double axisLo = extendLow ? Math.Pow(10, kLo) : min;
        double axisHi = extendHigh ? Math.Pow(10, kHi) : max;
        var major = new List<double>();
        var minor = new List<double>();
        for (int k = kLo - 1; k <= kHi; k++)
        {
            double decade = Math.Pow(10, k);
            if (Inside(decade, axisLo, axisHi))
            {
                (FloorTo(k, stride) == k ? major : minor).Add(decade);
            }

            for (int m = 2; m <= 9 && stride == 1; m++)
            {
                if (Inside(m * decade, axisLo, axisHi))
                {
                    minor.Add(m * decade);
                }
            }
        }

        // Fixed limits inside one decade: label the 2 and 5 multiples too, or the axis would carry one label or none.
        if (major.Count < 2)
        {
            var promoted = minor.Where(v => Mantissa(v) is 2 or 5).ToList();
            major = [.. major.Concat(promoted).Order()];
            minor = [.. minor.Except(promoted)];
        }

        // A narrow fixed window with no decade, 2 or 5 inside (e.g. 3..4): label its ends.
        if (major.Count < 2)
        {
            major = [axisLo, axisHi];
            return new TickSet(axisLo, axisHi, major,
                major.Select(v => WithMinusSign(v.ToString("G3", CultureInfo.InvariantCulture))).ToList(), minor, stride);
        }

        // One notation per axis: plain numbers when every label is short, powers of ten for all otherwise.
        bool plain = major.All(v => Math.Round(Math.Log10(v)) is >= -3 and <= 4);
        return new TickSet(axisLo, axisHi, major, major.Select(v => LogLabel(v, plain)).ToList(), minor, stride);
    }

    /// <summary>The label of a linear tick value, printed with the given number of decimals.</summary>
    internal static string LinearLabel(double value, int decimals) =>
        WithMinusSign(value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    /// <summary>The fewest decimals that print the step exactly (0 for whole numbers, 1 for 2.5 or 0.5, ...).</summary>
    internal static int Decimals(double step)
    {
        for (int d = 0; d <= 17; d++)
        {
            double scaled = step * Math.Pow(10, d);
            if (Math.Abs(scaled - Math.Round(scaled)) < 1e-6 * scaled)
            {
                return d;
            }
        }

        return 17;
    }

    private static IReadOnlyList<string> LinearLabels(List<double> major, double step, int decimals)
    {
        double largest = major.Max(Math.Abs);

        // Very large or very small numbers as m × 10^k with one shared exponent, instead of rows of zeros.
        if (largest >= 1e6 || decimals > 5)
        {
            int exponent = (int)Math.Floor(Math.Log10(largest));
            double scale = Math.Pow(10, exponent);
            int mantissaDecimals = Math.Max(0, Decimals(step / scale));
            return major.Select(v => v == 0
                ? "0"
                : $"{LinearLabel(v / scale, mantissaDecimals)}×10^{{{WithMinusSign(exponent.ToString(CultureInfo.InvariantCulture))}}}").ToList();
        }

        return major.Select(v => LinearLabel(Math.Abs(v) < step * 1e-9 ? 0 : v, decimals)).ToList();
    }

    private static string LogLabel(double value, bool plain)
    {
        int k = (int)Math.Floor(Math.Log10(value) + 1e-9);
        double mantissa = Mantissa(value);
        if (plain)
        {
            return LinearLabel(value, Math.Max(0, -k));
        }

        string power = $"10^{{{WithMinusSign(k.ToString(CultureInfo.InvariantCulture))}}}";
        return mantissa == 1 ? power : $"{mantissa.ToString(CultureInfo.InvariantCulture)}×{power}";
    }

    private static double Mantissa(double value) =>
        Math.Round(value / Math.Pow(10, Math.Floor(Math.Log10(value) + 1e-9)), 6);

    private static bool Inside(double value, double lo, double hi) =>
        value >= lo * (1 - 1e-9) && value <= hi * (1 + 1e-9);

    private static int FloorTo(int k, int stride) => (int)Math.Floor(k / (double)stride) * stride;

    private static string WithMinusSign(string number) =>
        number.StartsWith('-') ? "\u2212" + number[1..] : number;

    private static void RequireRange(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentException($"axis limits must be finite, got {Format(min)} and {Format(max)}");
        }

        if (min > max)
        {
            throw new ArgumentException($"the lower axis limit {Format(min)} is above the upper one {Format(max)}");
        }
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
