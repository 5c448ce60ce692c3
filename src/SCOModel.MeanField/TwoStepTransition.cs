namespace SCOModel.MeanField;

/// <summary>
/// A two-step transition read off a curve n_HS(T) (PHYSICS.md §2, two-sublattice): two steps separated by a plateau
/// where the curve is markedly flatter than at either step.
/// </summary>
/// <param name="FirstStepK">The temperature of the steepest point of the lower step.</param>
/// <param name="SecondStepK">The temperature of the steepest point of the upper step.</param>
/// <param name="PlateauNHs">n_HS at the flattest point between the steps.</param>
/// <param name="PlateauFromK">Where the plateau begins: the slope falls below half the smaller step's peak slope.</param>
/// <param name="PlateauToK">Where it ends: the slope rises above that again.</param>
public sealed record TwoStepTransition(
    double FirstStepK, double SecondStepK, double PlateauNHs, double PlateauFromK, double PlateauToK)
{
    /// <summary>A plateau's slope must stay below this fraction of the smaller step's peak slope.</summary>
    public const double FlatnessRatio = 0.5;

    /// <summary>Each step must carry at least this fraction of the curve's total change.</summary>
    public const double MinimumStepShare = 0.15;

    /// <summary>PlateauToK − PlateauFromK.</summary>
    public double PlateauWidthK => PlateauToK - PlateauFromK;

    /// <summary>
    /// The two-step structure of a sampled curve (any order of points; sample finely, e.g. every 0.5 K, since slopes
    /// are finite differences), or null for a one-step curve. Among the interior minima of the slope, the one with
    /// the lowest slope relative to the smaller of the steepest slopes on either side is taken; it is a plateau when
    /// that ratio is below <see cref="FlatnessRatio"/> and the curve changes by at least
    /// <see cref="MinimumStepShare"/> of its total on each side of it.
    /// </summary>
    public static TwoStepTransition? Find(IReadOnlyList<double> temperaturesK, IReadOnlyList<double> nHs)
    {
        ArgumentNullException.ThrowIfNull(temperaturesK);
        ArgumentNullException.ThrowIfNull(nHs);
        var points = temperaturesK.Zip(nHs).OrderBy(p => p.First).ToArray();
        int count = points.Length;
        if (count < 5)
        {
            return null;
        }

        // Slopes at the midpoints, signed so that the transition rises (an inverse transition is mirrored).
        double sign = points[^1].Second >= points[0].Second ? 1 : -1;
        var mid = new double[count - 1];
        var slope = new double[count - 1];
        for (int k = 0; k + 1 < count; k++)
        {
            mid[k] = 0.5 * (points[k].First + points[k + 1].First);
            slope[k] = sign * (points[k + 1].Second - points[k].Second) / (points[k + 1].First - points[k].First);
        }

        double low = points.Min(p => p.Second), high = points.Max(p => p.Second);
        double total = high - low;
        if (!(total > 0))
        {
            return null;
        }

        int best = -1;
        double bestRatio = FlatnessRatio;
        int bestLeft = -1, bestRight = -1;
        for (int j = 1; j + 1 < slope.Length; j++)
        {
            if (slope[j] > slope[j - 1] || slope[j] > slope[j + 1])
            {
                continue;
            }

            int left = ArgMax(slope, 0, j);
            int right = ArgMax(slope, j + 1, slope.Length);
            double peak = Math.Min(slope[left], slope[right]);
            double level = 0.5 * (points[j].Second + points[j + 1].Second);
            double below = sign > 0 ? level - points[0].Second : points[0].Second - level;
            double above = sign > 0 ? points[^1].Second - level : level - points[^1].Second;
            if (!(peak > 0) || below < MinimumStepShare * total || above < MinimumStepShare * total)
            {
                continue;
            }

            double ratio = Math.Max(slope[j], 0) / peak;
            if (ratio < bestRatio)
            {
                (best, bestRatio, bestLeft, bestRight) = (j, ratio, left, right);
            }
        }

        if (best < 0)
        {
            return null;
        }

        double threshold = FlatnessRatio * Math.Min(slope[bestLeft], slope[bestRight]);
        int from = best, to = best;
        while (from > bestLeft && slope[from - 1] < threshold)
        {
            from--;
        }

        while (to < bestRight && slope[to + 1] < threshold)
        {
            to++;
        }

        return new TwoStepTransition(
            mid[bestLeft],
            mid[bestRight],
            0.5 * (points[best].Second + points[best + 1].Second),
            Crossing(mid, slope, from - 1, from, threshold),
            Crossing(mid, slope, to, to + 1, threshold));
    }

    private static int ArgMax(double[] values, int from, int to)
    {
        int best = from;
        for (int k = from + 1; k < to; k++)
        {
            if (values[k] > values[best])
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>Where the slope crosses the threshold between midpoints a and b (linear interpolation).</summary>
    private static double Crossing(double[] mid, double[] slope, int a, int b, double threshold)
    {
        double sa = slope[a], sb = slope[b];
        return sa == sb ? 0.5 * (mid[a] + mid[b]) : mid[a] + ((threshold - sa) * (mid[b] - mid[a]) / (sb - sa));
    }
}
