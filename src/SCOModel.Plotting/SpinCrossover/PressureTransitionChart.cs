using System.Globalization;
using SCOModel.Core.Results;
using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.SpinCrossover;

/// <summary>
/// The chart of a pressure loop: n_HS against pressure at fixed temperature, one series per branch in visiting order,
/// error bars of one standard error, P1/2 marks and, when both branches cross 1/2, the pressure hysteresis shaded
/// between P1/2↓ (decompression) and P1/2↑ (compression).
/// </summary>
public static class PressureTransitionChart
{
    /// <summary>The file name (without extension) a pressure loop's chart is written under.</summary>
    public const string FileBaseName = "n_hs_vs_P";

    /// <summary>The x axis: pressure in GPa.</summary>
    public static Axis PressureAxis { get; } = new("Pressure", "GPa");

    /// <summary>The n_HS(P) figure of a run's points and their summary.</summary>
    public static Figure Build(IReadOnlyList<PointResult> points, PressureTransitionSummary summary, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(summary);
        if (points.Count == 0)
        {
            throw new ArgumentException("a run without points has no n_HS(P) chart", nameof(points));
        }

        var plot = new XYPlot(PressureAxis, SpinTransitionChart.HighSpinFractionAxis);
        SpinTransitionChart.AddBranches(plot, points, p => p.PressureGPa);

        bool both = summary.PHalfUpGPa is not null && summary.PHalfDownGPa is not null;
        if (summary.PHalfUpGPa is double up && summary.PHalfDownGPa is double down && up > down)
        {
            plot.Annotations.Add(new ShadedBand(down, up, $"Hysteresis, ΔP = {Gpa(up - down)}") { Colour = Palette.Black, Opacity = 0.08 });
        }

        if (summary.PHalfDownGPa is double pDown)
        {
            plot.Annotations.Add(new VerticalMarker(pDown, $"P_{{1/2}}↓ = {Gpa(pDown)}")
            {
                Side = both ? LabelSide.Left : LabelSide.Centre,
                Colour = BranchStyles.ColourOf(Core.Protocols.Branch.Decompression),
            });
        }

        if (summary.PHalfUpGPa is double pUp)
        {
            plot.Annotations.Add(new VerticalMarker(pUp, $"P_{{1/2}}↑ = {Gpa(pUp)}")
            {
                Side = both ? LabelSide.Right : LabelSide.Centre,
                Colour = BranchStyles.ColourOf(Core.Protocols.Branch.Compression),
            });
        }

        return new Figure(plot) { Title = title };
    }

    private static string Gpa(double value) => value.ToString("0.####", CultureInfo.InvariantCulture) + " GPa";
}
