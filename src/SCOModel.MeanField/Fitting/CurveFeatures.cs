using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.MeanField.Fitting;

/// <summary>
/// What a curve shows before any model is fitted, for starting values: its low- and high-temperature levels, and where
/// each branch crosses the quarter, half and three-quarter levels between them (branches read in measuring order:
/// heating upwards, cooling downwards).
/// </summary>
internal sealed record CurveFeatures(
    double MinTemperatureK, double MaxTemperatureK, double LowLevel, double HighLevel,
    IReadOnlyDictionary<Branch, double?[]> Crossings)
{
    /// <summary>The levels, as fractions of the way from the low to the high level.</summary>
    public static readonly double[] Levels = [0.25, 0.5, 0.75];

    public double RangeK => MaxTemperatureK - MinTemperatureK;

    /// <summary>
    /// The centre of the transition: the mean of every branch's crossings of the three levels (for a loop, the
    /// middle of it; for a two-step curve, between the steps, where the half level alone may fall on either step),
    /// or the middle of the range without crossings.
    /// </summary>
    public double THalfK
    {
        get
        {
            var all = Crossings.Values.SelectMany(c => c).OfType<double>().ToArray();
            return all.Length > 0 ? all.Average() : 0.5 * (MinTemperatureK + MaxTemperatureK);
        }
    }

    /// <summary>The width of the observed loop at the half level (0 without one).</summary>
    public double LoopWidthK => Crossing(Branch.Heating, 1) is double up && Crossing(Branch.Cooling, 1) is double down
        && up > down ? up - down : 0;

    /// <summary>The span between the quarter and three-quarter crossings, averaged over the branches.</summary>
    public double QuartileSpanK
    {
        get
        {
            var spans = Crossings.Values.Where(c => c[0] is not null && c[2] is not null).Select(c => c[2]!.Value - c[0]!.Value).ToArray();
            return spans.Length > 0 ? spans.Average() : 0;
        }
    }

    /// <summary>True when the curve rises with temperature, as a thermal spin crossover does.</summary>
    public bool Rises => HighLevel > LowLevel;

    public double? Crossing(Branch branch, int level) => Crossings.TryGetValue(branch, out var c) ? c[level] : null;

    public static CurveFeatures Of(TransitionData data)
    {
        var points = data.Points.OrderBy(p => p.TemperatureK).ToArray();
        int edge = Math.Clamp(points.Length / 10, 2, 10);
        double low = points.Take(edge).Average(p => p.Value);
        double high = points.TakeLast(edge).Average(p => p.Value);
        var crossings = new Dictionary<Branch, double?[]>();
        foreach (var branch in data.Points.Select(p => p.Branch).Distinct())
        {
            var curve = data.Points.Where(p => p.Branch == branch)
                .OrderBy(p => branch == Branch.Cooling ? -p.TemperatureK : p.TemperatureK)
                .Select(p => (p.TemperatureK, p.Value)).ToArray();
            crossings[branch] = Levels.Select(l => TransitionSummary.FirstCrossing(curve, low + (l * (high - low)))).ToArray();
        }

        return new CurveFeatures(points[0].TemperatureK, points[^1].TemperatureK, low, high, crossings);
    }
}
