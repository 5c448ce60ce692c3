using System.Globalization;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.SpinCrossover;

/// <summary>
/// The chart of a run: the high-spin fraction n_HS against temperature, one series per branch in visiting order (so
/// the line of a cooling branch runs from high to low T), error bars of one standard error, T1/2 marks and, when both
/// branches cross 1/2, the hysteresis loop shaded between T1/2↓ and T1/2↑.
/// </summary>
public static class SpinTransitionChart
{
    /// <summary>The file name (without extension) a run's chart is written under.</summary>
    public const string FileBaseName = "n_hs_vs_T";

    /// <summary>The x axis: temperature in kelvin.</summary>
    public static Axis TemperatureAxis { get; } = new("Temperature", "K");

    /// <summary>The y axis: the high-spin fraction, fixed to 0..1 so that charts of different runs compare directly.</summary>
    public static Axis HighSpinFractionAxis { get; } = new("High-spin fraction n_{HS}") { Min = 0, Max = 1 };

    /// <summary>The n_HS(T) figure of a run's points and their summary.</summary>
    public static Figure Build(IReadOnlyList<PointResult> points, TransitionSummary summary, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(summary);
        if (points.Count == 0)
        {
            throw new ArgumentException("a run without points has no n_HS(T) chart", nameof(points));
        }

        var plot = new XYPlot(TemperatureAxis, HighSpinFractionAxis);
        AddBranches(plot, points, p => p.TemperatureK);
        AddTransitionMarks(plot, summary);
        return new Figure(plot) { Title = title };
    }

    /// <summary>
    /// Vertical marks at T1/2↓ and T1/2↑ in their branches' colours, labelled on the outer side of each so the two
    /// labels part rather than collide, and the shaded loop between them. A run with neither (a scan) gets one
    /// neutral T1/2 mark.
    /// </summary>
    private static void AddTransitionMarks(XYPlot plot, TransitionSummary summary)
    {
        bool both = summary.THalfUpK is not null && summary.THalfDownK is not null;
        if (summary.THalfUpK is double up && summary.THalfDownK is double down && up > down)
        {
            string width = Kelvin(summary.HysteresisWidthK ?? (up - down));
            plot.Annotations.Add(new ShadedBand(down, up, $"Hysteresis, ΔT = {width}") { Colour = Palette.Black, Opacity = 0.08 });
        }

        if (summary.THalfDownK is double tDown)
        {
            plot.Annotations.Add(new VerticalMarker(tDown, $"T_{{1/2}}↓ = {Kelvin(tDown)}")
            {
                Side = both ? LabelSide.Left : LabelSide.Centre,
                Colour = BranchStyles.ColourOf(Branch.Cooling),
            });
        }

        if (summary.THalfUpK is double tUp)
        {
            plot.Annotations.Add(new VerticalMarker(tUp, $"T_{{1/2}}↑ = {Kelvin(tUp)}")
            {
                Side = both ? LabelSide.Right : LabelSide.Centre,
                Colour = BranchStyles.ColourOf(Branch.Heating),
            });
        }

        if (summary.THalfUpK is null && summary.THalfDownK is null && summary.THalfK is double centre)
        {
            plot.Annotations.Add(new VerticalMarker(centre, $"T_{{1/2}} = {Kelvin(centre)}"));
        }
    }

    /// <summary>
    /// One series per run of points on a branch, in visiting order, against the control value <paramref name="x"/>,
    /// styled by branch, with one standard error as error bars (none where it is undefined). A branch visited twice
    /// (two loops) is one legend entry.
    /// </summary>
    internal static void AddBranches(XYPlot plot, IReadOnlyList<PointResult> points, Func<ControlPoint, double> x)
    {
        var named = new HashSet<Branch>();
        foreach (var segment in Segments(points))
        {
            var branch = segment[0].Branch;
            plot.Series.Add(new XYSeries(
                BranchStyles.Label(branch),
                segment.Select(p => x(p.Point)).ToArray(),
                segment.Select(p => p.NHs.Mean).ToArray(),
                segment.Select(p => double.IsNaN(p.NHs.StdErr) ? 0 : p.NHs.StdErr).ToArray())
            {
                Style = BranchStyles.For(branch),
                ShowInLegend = named.Add(branch),
            });
        }
    }

    /// <summary>Runs of consecutive points on the same branch, in visiting order.</summary>
    private static List<List<PointResult>> Segments(IReadOnlyList<PointResult> points)
    {
        var segments = new List<List<PointResult>>();
        foreach (var point in points)
        {
            if (segments.Count == 0 || segments[^1][0].Branch != point.Branch)
            {
                segments.Add([]);
            }

            segments[^1].Add(point);
        }

        return segments;
    }

    private static string Kelvin(double value) => value.ToString("F1", CultureInfo.InvariantCulture) + " K";
}
