using SCOModel.Core.Configuration;
using SCOModel.Core.PhaseDiagrams;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.SpinCrossover;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// The figures of a phase-diagram run: the P–T plane (transition lines, bistable region, equilibrium line, critical
/// point) and the n_HS map of each branch. Translates the analysis into the chart's plain data.
/// </summary>
internal static class PhaseDiagramFigures
{
    public const string DiagramFile = "phase_diagram";

    public static IReadOnlyList<(string BaseName, Figure Figure)> Build(string title, PhaseDiagramAnalysis analysis,
        IReadOnlyList<PointResult> points)
    {
        bool temperatureLoops = analysis.Loop == PhaseDiagramLoop.Temperature;
        PhasePoint Place(double fixedValue, double crossing, double error) => temperatureLoops
            ? new PhasePoint(fixedValue, crossing, 0, error)
            : new PhasePoint(crossing, fixedValue, error, 0);
        PhasePoint Crossing(PhaseLine line, TransitionCrossing? crossing) => crossing is { } c
            ? Place(line.FixedValue, c.Value, c.StdErr)
            : Place(line.FixedValue, double.NaN, 0);

        var critical = analysis.CriticalPoint;
        var data = new PhaseDiagramData(
            analysis.Lines.Select(l => Crossing(l, l.Up)).ToArray(),
            analysis.Lines.Select(l => Crossing(l, l.Down)).ToArray(),
            analysis.Lines.Where(l => l.Equilibrium is not null).Select(l => Place(l.FixedValue, l.Equilibrium!.Value, 0)).ToArray(),
            critical is null ? null
                : new PhasePoint(critical.PressureGPa, critical.TemperatureK, critical.PressureStdErr, critical.TemperatureStdErr))
        {
            FromPressureLoops = !temperatureLoops,
        };

        var figures = new List<(string, Figure)> { (DiagramFile, PhaseDiagramChart.Diagram(data, title)) };
        foreach (var branch in points.Select(p => p.Branch).Distinct())
        {
            string name = ConfigJson.Name(branch);
            figures.Add(($"phase_map_{name}", PhaseDiagramChart.Map(Map(name, points.Where(p => p.Branch == branch)), $"{title}: {name}")));
        }

        return figures;
    }

    /// <summary>n_HS of one branch on the grid of the pressures and temperatures it visited.</summary>
    private static PhaseMap Map(string branch, IEnumerable<PointResult> points)
    {
        var list = points.ToArray();
        var pressures = list.Select(p => p.Point.PressureGPa).Distinct().Order().ToArray();
        var temperatures = list.Select(p => p.Point.TemperatureK).Distinct().Order().ToArray();
        var values = new double[pressures.Length, temperatures.Length];
        for (int i = 0; i < pressures.Length; i++)
        {
            for (int j = 0; j < temperatures.Length; j++)
            {
                values[i, j] = double.NaN;
            }
        }

        foreach (var p in list)
        {
            values[Array.BinarySearch(pressures, p.Point.PressureGPa), Array.BinarySearch(temperatures, p.Point.TemperatureK)] = p.NHs.Mean;
        }

        return new PhaseMap(branch, pressures, temperatures, values);
    }
}
