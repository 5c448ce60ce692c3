using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.Mechanics.WineRack;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.SpinCrossover;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// The wine-rack's lattice chart (PHYSICS.md §5): a and b relative to their values at P = 0 (or at the run's lowest
/// pressure) against pressure, one line per axis and branch, so that NLC shows as a line that rises with pressure and
/// the spin transition as a step. A run at a single pressure plots them against temperature, relative to the first point.
/// </summary>
internal static class LatticeParameterChart
{
    /// <summary>The file name (without extension) against pressure.</summary>
    public const string PressureFileBaseName = "lattice_vs_P";

    /// <summary>The file name (without extension) against temperature.</summary>
    public const string TemperatureFileBaseName = "lattice_vs_T";

    /// <summary>The chart of a wine-rack run's points, with the name of its file.</summary>
    public static (string BaseName, Figure Figure) Build(IReadOnlyList<PointResult> points, string? title)
    {
        ArgumentNullException.ThrowIfNull(points);
        bool againstPressure = points.Select(p => p.Point.PressureGPa).Distinct().Count() > 1;
        if (points.Count == 0)
        {
            throw new ArgumentException("a run without points has no lattice chart", nameof(points));
        }

        var reference = againstPressure
            ? points.FirstOrDefault(p => p.Point.PressureGPa == 0) ?? points.MinBy(p => p.Point.PressureGPa)!
            : points[0];

        string at = againstPressure
            ? reference.Point.PressureGPa == 0 ? "P = 0" : "lowest P"
            : "first point";
        var plot = new XYPlot(
            againstPressure ? PressureTransitionChart.PressureAxis : SpinTransitionChart.TemperatureAxis,
            new Axis($"Relative lattice parameter l/l({at})"));
        var named = new HashSet<(string, Branch)>();
        foreach (var segment in Segments(points))
        {
            var branch = segment[0].Branch;
            var x = segment.Select(p => againstPressure ? p.Point.PressureGPa : p.Point.TemperatureK).ToArray();
            foreach (var (axis, observable, colour) in new[]
            {
                ("a", WineRackObservables.AxisA, Palette.Blue),
                ("b", WineRackObservables.AxisB, Palette.Vermillion),
            })
            {
                double origin = reference.Observables[observable]?.Mean ?? double.NaN;
                plot.Series.Add(new XYSeries(
                    $"{axis}, {BranchStyles.Label(branch).ToLowerInvariant()}",
                    x,
                    segment.Select(p => (p.Observables[observable]?.Mean ?? double.NaN) / origin).ToArray())
                {
                    // Markers on dense branches would merge into a band; the line alone reads better there.
                    Style = BranchStyles.For(branch) with
                    {
                        Colour = colour,
                        Marker = segment.Count > 40 ? MarkerShape.None : BranchStyles.For(branch).Marker,
                    },
                    ShowInLegend = named.Add((axis, branch)),
                });
            }
        }

        return (againstPressure ? PressureFileBaseName : TemperatureFileBaseName, new Figure(plot) { Title = title });
    }

    /// <summary>Consecutive points of one branch.</summary>
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
}
