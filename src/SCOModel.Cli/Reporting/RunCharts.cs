using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.Mechanics.Mechanoelastic;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Export;
using SCOModel.Plotting.SpinCrossover;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// The charts every run leaves next to its results.csv: n_HS vs T with the branches and T1/2 marks, as SVG and, where
/// rsvg-convert is installed, PNG. Without it the SVG is still written and the run says once how to get PNGs.
/// </summary>
internal static class RunCharts
{
    private static int _hintShown;

    private static readonly IRasterExporter Raster = new RsvgConvertExporter();

    /// <summary>
    /// Builds the run's figures: n_HS against the swept variable, or for a phase diagram the P–T plane and the n_HS
    /// maps of its branches; a wine-rack run adds its lattice parameters (<see cref="LatticeParameterChart"/>).
    /// </summary>
    public static IReadOnlyList<(string BaseName, Figure Figure)> Build(SimulationConfig config, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Model is WineRackModelConfig)
        {
            // The spin-state charts of the protocol, then a and b against pressure (PHYSICS.md §5).
            return [.. SpinStateFigures(config, result), LatticeParameterChart.Build(result.Points, config.Name)];
        }

        return SpinStateFigures(config, result);
    }

    /// <summary>
    /// The pictures of a mechanoelastic run's snapshots (PHYSICS.md §4): the molecules at their relaxed positions,
    /// coloured by spin state, one file per branch and temperature (snapshot-heating-150K.svg) or pressure
    /// (snapshot-compression-0.5GPa.svg); a 3D sample is drawn as its central slice (the title says so).
    /// </summary>
    public static IReadOnlyList<(string BaseName, Figure Figure)> Snapshots(
        IReadOnlyList<MechanoelasticSnapshot> snapshots, SimulationConfig config)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(config);
        return snapshots.Select(s =>
        {
            string branch = ConfigJson.Name(s.Branch);
            string temperature = s.Point.TemperatureK.ToString("0.##", CultureInfo.InvariantCulture);
            string pressure = s.Point.PressureGPa.ToString("0.####", CultureInfo.InvariantCulture);
            string point = s.AtPressure ? $"P = {pressure} GPa" : $"T = {temperature} K";
            string name = s.AtPressure ? $"snapshot-{branch}-{pressure}GPa" : $"snapshot-{branch}-{temperature}K";
            if (s.Dimension == 3)
            {
                // A 3D sample is drawn as its central layer, which shows the HS domains inside as well as at the surface.
                var (positions, spins, z) = s.CentralSlice();
                string slice = string.Create(CultureInfo.InvariantCulture, $"central slice z ≈ {z:0.##} Å");
                string caption3D = string.Create(CultureInfo.InvariantCulture,
                    $"{spins.Length} of {s.Spins.Count} molecules (the layer through the centre) at their relaxed x, y; first replica, end of the point");
                return (name, MoleculeSnapshotPicture.Build(positions, spins, $"{config.Name}: {branch}, {point}, {slice}", caption3D));
            }

            string caption = string.Create(CultureInfo.InvariantCulture,
                $"{s.Spins.Count} molecules at their relaxed positions; first replica, end of the point");
            return (name, MoleculeSnapshotPicture.Build(s.Positions, s.Spins, $"{config.Name}: {branch}, {point}", caption));
        }).ToArray();
    }

    /// <summary>n_HS against the swept variable, or for a phase diagram the P–T plane and the n_HS maps of its branches.</summary>
    private static IReadOnlyList<(string BaseName, Figure Figure)> SpinStateFigures(SimulationConfig config, RunResult result)
    {
        if (RunOutputs.PhaseDiagramOf(config, result.Points) is { } analysis)
        {
            return PhaseDiagramFigures.Build(config.Name, analysis, result.Points);
        }

        if (config.Protocol.RunsInTime)
        {
            var figures = new List<(string, Figure)> { (TimeSeriesChart.FileBaseName, TimeSeriesChart.Build(result.Points, config.Name)) };
            if (result.Points.Select(p => p.Point.TemperatureK).Distinct().Count() > 1)
            {
                figures.Add((SpinTransitionChart.FileBaseName,
                    SpinTransitionChart.Build(result.Points, TransitionSummary.Of(result.Points), config.Name)));
            }

            return figures;
        }

        if (PressureTransitionSummary.Of(result.Points) is { } pressure)
        {
            return [(PressureTransitionChart.FileBaseName, PressureTransitionChart.Build(result.Points, pressure, config.Name))];
        }

        return
        [
            (SpinTransitionChart.FileBaseName,
                SpinTransitionChart.Build(result.Points, TransitionSummary.Of(result.Points), config.Name)),
        ];
    }

    /// <summary>Writes the figures into the directory and returns where they went.</summary>
    public static IReadOnlyList<ChartPaths> Write(string directory, IReadOnlyList<(string BaseName, Figure Figure)> figures)
    {
        var raster = Raster.IsAvailable ? Raster : null;
        if (raster is null && Interlocked.Exchange(ref _hintShown, 1) == 0)
        {
            Console.Error.WriteLine($"sco: note: charts are written as SVG only; {Raster.UnavailableHint}");
        }

        return figures.Select(f => ChartFiles.Write(f.Figure, directory, f.BaseName, raster)).ToArray();
    }
}
