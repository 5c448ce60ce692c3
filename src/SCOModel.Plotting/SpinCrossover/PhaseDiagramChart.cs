using System.Globalization;
using SCOModel.Core.Protocols;
using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.SpinCrossover;

/// <summary>
/// Pressure–temperature charts: the phase diagram (the T1/2 lines of both branches with the bistable region between
/// them shaded, the equilibrium line and the critical point where the loop closes) and the n_HS map of one branch over
/// a P × T grid. Both take plain data records, so any engine can feed them.
/// </summary>
public static class PhaseDiagramChart
{
    /// <summary>The legend label of the up line.</summary>
    public const string UpLabel = "T_{1/2}↑ (heating)";

    /// <summary>The legend label of the down line.</summary>
    public const string DownLabel = "T_{1/2}↓ (cooling)";

    /// <summary>The legend label of the equilibrium line.</summary>
    public const string EquilibriumLabel = "T_{1/2} (equilibrium)";

    /// <summary>Legend of the up line when the lines come from pressure loops.</summary>
    public const string CompressionLabel = "P_{1/2}↑ (compression)";

    /// <summary>Legend of the down line when the lines come from pressure loops.</summary>
    public const string DecompressionLabel = "P_{1/2}↓ (decompression)";

    /// <summary>Legend of the equilibrium line when the lines come from pressure loops.</summary>
    public const string PressureEquilibriumLabel = "P_{1/2} (equilibrium)";

    /// <summary>The legend label of the shaded region between the up and down lines.</summary>
    public const string BistableLabel = "Bistable region";

    /// <summary>The colour bar title of the n_HS map.</summary>
    public const string NHsTitle = "n_{HS}";

    /// <summary>The x axis of both charts: pressure in GPa.</summary>
    public static Axis PressureAxis { get; } = new("Pressure", "GPa");

    /// <summary>The y axis of both charts: temperature in kelvin.</summary>
    public static Axis TemperatureAxis { get; } = new("Temperature", "K");

    /// <summary>
    /// The P–T phase diagram: pressure across, temperature up. The bistable region (between the up and down lines,
    /// over the grid points where both exist) is shaded beneath the lines, one polygon per unbroken run of such points.
    /// </summary>
    public static Figure Diagram(PhaseDiagramData data, string title)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(data.UpLine);
        ArgumentNullException.ThrowIfNull(data.DownLine);
        ArgumentNullException.ThrowIfNull(data.EquilibriumLine);
        if (data.UpLine.Count != data.DownLine.Count)
        {
            throw new ArgumentException(
                $"the phase diagram's up line has {data.UpLine.Count} points but its down line " +
                $"{data.DownLine.Count}; both are given on the same grid, with NaN where a branch does not cross 1/2",
                nameof(data));
        }

        bool critical = data.CriticalPoint is { IsFinite: true };
        if (!data.UpLine.Concat(data.DownLine).Concat(data.EquilibriumLine).Any(p => p.IsFinite) && !critical)
        {
            throw new ArgumentException("the phase diagram has no finite point to draw", nameof(data));
        }

        var plot = new XYPlot(PressureAxis, TemperatureAxis) { Legend = LegendPlacement.Auto };
        var runs = BistableRuns(data.UpLine, data.DownLine);
        for (int k = 0; k < runs.Count; k++)
        {
            // Several runs are one region to the reader: one legend entry.
            plot.Annotations.Add(new ShadedRegion(runs[k], k == 0 ? BistableLabel : string.Empty));
        }

        bool pressure = data.FromPressureLoops;
        AddLine(plot, pressure ? CompressionLabel : UpLabel, data.UpLine,
            BranchStyles.For(pressure ? Branch.Compression : Branch.Heating));
        AddLine(plot, pressure ? DecompressionLabel : DownLabel, data.DownLine,
            BranchStyles.For(pressure ? Branch.Decompression : Branch.Cooling));

        // Black and dashed without markers: a model curve, told apart from the cooling line (blue, dashed, triangles)
        // by colour and by having no points.
        AddLine(plot, pressure ? PressureEquilibriumLabel : EquilibriumLabel, data.EquilibriumLine,
            new SeriesStyle
            {
                Colour = Palette.Black,
                Dash = LineDash.Dashed,
                Marker = MarkerShape.None,
                LineWidth = 1.5,
            });
        if (data.CriticalPoint is { IsFinite: true } point)
        {
            plot.Series.Add(new XYSeries(CriticalLabel(point), [point.PressureGPa], [point.TemperatureK],
                [point.TemperatureErrorK])
            {
                XError = [point.PressureErrorGPa],

                // Last, on top of the lines that meet there; a large diamond in a colour no line uses.
                Style = new SeriesStyle
                {
                    Colour = Palette.ReddishPurple,
                    Dash = LineDash.None,
                    Marker = MarkerShape.Diamond,
                    MarkerSize = 10,
                },
            });
        }

        return new Figure(plot) { Title = title };
    }

    /// <summary>
    /// The n_HS map of one branch: a heatmap over pressure (across) and temperature (up) with the colour bar fixed to
    /// 0..1, so that maps of both branches, and of different runs, compare directly.
    /// </summary>
    public static Figure Map(PhaseMap map, string title)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(map.PressuresGPa);
        ArgumentNullException.ThrowIfNull(map.TemperaturesK);
        ArgumentNullException.ThrowIfNull(map.NHs);
        int pressures = map.PressuresGPa.Count, temperatures = map.TemperaturesK.Count;
        if (map.NHs.GetLength(0) != pressures || map.NHs.GetLength(1) != temperatures)
        {
            throw new ArgumentException(
                $"the n_HS map of the {map.Branch} branch is {map.NHs.GetLength(0)} x {map.NHs.GetLength(1)} but its " +
                $"grid is {pressures} pressures by {temperatures} temperatures", nameof(map));
        }

        // The heatmap's rows run up the y axis (temperature); the map's rows are pressures.
        var values = new double[temperatures, pressures];
        for (int i = 0; i < pressures; i++)
        {
            for (int j = 0; j < temperatures; j++)
            {
                values[j, i] = map.NHs[i, j];
            }
        }

        var heatmap = new Heatmap(PressureAxis, TemperatureAxis, map.PressuresGPa, map.TemperaturesK, values, NHsTitle)
        {
            ValueMin = 0,
            ValueMax = 1,
        };
        string branch = string.IsNullOrWhiteSpace(map.Branch) ? string.Empty : $" ({map.Branch})";
        return new Figure(heatmap) { Title = title + branch };
    }

    /// <summary>
    /// The outlines of the bistable region: for each unbroken run of grid points where both lines exist, the up line
    /// forward and the down line back. A run of one point encloses nothing and is left out.
    /// </summary>
    private static List<List<(double X, double Y)>> BistableRuns(IReadOnlyList<PhasePoint> up,
        IReadOnlyList<PhasePoint> down)
    {
        var runs = new List<List<(double X, double Y)>>();
        int start = 0;
        for (int i = 0; i <= up.Count; i++)
        {
            if (i < up.Count && up[i].IsFinite && down[i].IsFinite)
            {
                continue;
            }

            if (i - start >= 2)
            {
                var outline = new List<(double X, double Y)>();
                for (int k = start; k < i; k++)
                {
                    outline.Add((up[k].PressureGPa, up[k].TemperatureK));
                }

                for (int k = i - 1; k >= start; k--)
                {
                    outline.Add((down[k].PressureGPa, down[k].TemperatureK));
                }

                runs.Add(outline);
            }

            start = i + 1;
        }

        return runs;
    }

    /// <summary>A line of points, with error bars where any point has an uncertainty; none when it is empty.</summary>
    private static void AddLine(XYPlot plot, string label, IReadOnlyList<PhasePoint> line, SeriesStyle style)
    {
        if (!line.Any(p => p.IsFinite))
        {
            return;
        }

        bool xErrors = line.Any(p => p.PressureErrorGPa > 0), yErrors = line.Any(p => p.TemperatureErrorK > 0);
        plot.Series.Add(new XYSeries(label,
            line.Select(p => p.PressureGPa).ToArray(),
            line.Select(p => p.TemperatureK).ToArray(),
            yErrors ? line.Select(p => p.TemperatureErrorK).ToArray() : null)
        {
            XError = xErrors ? line.Select(p => p.PressureErrorGPa).ToArray() : null,
            Style = style,
        });
    }

    private static string CriticalLabel(PhasePoint point) => string.Create(CultureInfo.InvariantCulture,
        $"Critical point ({point.PressureGPa:0.###} GPa, {point.TemperatureK:F1} K)");
}
