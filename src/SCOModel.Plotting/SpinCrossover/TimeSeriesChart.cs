using SCOModel.Core.Results;
using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.SpinCrossover;

/// <summary>
/// n_HS against physical time for the protocols that run in time (irradiation, relaxation, LIESST, LITH, timed
/// loops): one series per branch, error bars of one standard error, time on a log axis by default because relaxations
/// span decades (points at t ≤ 0 cannot sit on it and are left out).
/// </summary>
public static class TimeSeriesChart
{
    /// <summary>The file name (without extension) of the chart.</summary>
    public const string FileBaseName = "n_hs_vs_time";

    /// <summary>The n_HS(t) figure of a run's points.</summary>
    public static Figure Build(IReadOnlyList<PointResult> points, string? title = null, bool logTime = true)
    {
        ArgumentNullException.ThrowIfNull(points);
        var timed = points.Where(p => p.Point.TimeS is double t && (!logTime || t > 0)).ToArray();
        if (timed.Length == 0)
        {
            throw new ArgumentException("no point of the run has a time to plot", nameof(points));
        }

        var axis = new Axis("Time", "s") { Scale = logTime ? AxisScale.Logarithmic : AxisScale.Linear };
        var plot = new XYPlot(axis, SpinTransitionChart.HighSpinFractionAxis);
        SpinTransitionChart.AddBranches(plot, timed, p => p.TimeS!.Value);
        return new Figure(plot) { Title = title };
    }
}
