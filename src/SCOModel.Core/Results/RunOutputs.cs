using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.PhaseDiagrams;
using SCOModel.Core.Protocols;

namespace SCOModel.Core.Results;

/// <summary>The files of a run's output directory, each written atomically.</summary>
public static class RunOutputs
{
    public const string ResultsFile = "results.csv";
    public const string SummaryFile = "summary.json";
    public const string ManifestFile = "run.json";

    /// <summary>
    /// Writes results.csv, summary.json and run.json into the directory, and for a phase diagram phase_diagram.csv and
    /// phase_map.csv. <paramref name="addFigures"/> adds a model's own figures to summary.json
    /// (<see cref="SummaryJson"/>).
    /// </summary>
    public static void Write(string directory, RunManifest manifest, Action<JsonObject>? addFigures = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        Directory.CreateDirectory(directory);
        var points = manifest.Result.Points;
        AtomicFile.WriteAllText(Path.Combine(directory, ResultsFile), ResultsCsv.Format(points));
        if (PhaseDiagramOf(manifest.Config, points) is { } analysis)
        {
            AtomicFile.WriteAllText(Path.Combine(directory, PhaseDiagramFiles.TableFile), PhaseDiagramFiles.FormatTable(analysis));
            AtomicFile.WriteAllText(Path.Combine(directory, PhaseDiagramFiles.MapFile), PhaseDiagramFiles.FormatMap(points));
        }

        AtomicFile.WriteAllText(Path.Combine(directory, SummaryFile), SummaryJson(manifest.Config, points, addFigures));
        AtomicFile.WriteAllText(Path.Combine(directory, ManifestFile), manifest.ToJson());
    }

    /// <summary>The analysis of a phase-diagram run; null for other protocols.</summary>
    public static PhaseDiagramAnalysis? PhaseDiagramOf(SimulationConfig config, IReadOnlyList<PointResult> points)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Protocol is PhaseDiagram grid
            ? PhaseDiagramAnalysis.Of(grid, points, (config.Model as IsingLikeModelConfig)?.Parameters)
            : null;
    }

    /// <summary>
    /// summary.json: the derived figures; null where a branch does not cross. A phase diagram, whose lines each have
    /// their own T1/2, gets the figures of the grid instead (<see cref="PhaseDiagramFiles.Summary"/>). Models whose
    /// figures Core does not know (those of other projects, such as the wine-rack's NLC) add them last through
    /// <paramref name="addFigures"/>, which the caller that knows the model passes.
    /// </summary>
    public static string SummaryJson(SimulationConfig config, IReadOnlyList<PointResult> points,
        Action<JsonObject>? addFigures = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(points);
        if (PhaseDiagramOf(config, points) is { } analysis)
        {
            var grid = PhaseDiagramFiles.Summary(analysis);
            grid.Insert(0, "name", config.Name);
            addFigures?.Invoke(grid);
            return Serialise(grid);
        }

        var summary = TransitionSummary.Of(points);
        var json = new JsonObject
        {
            ["name"] = config.Name,
            ["t_half_up_K"] = summary.THalfUpK,
            ["t_half_down_K"] = summary.THalfDownK,
            ["t_half_K"] = summary.THalfK,
            ["hysteresis_width_K"] = summary.HysteresisWidthK,
            ["t_mid_up_K"] = summary.TMidUpK,
            ["t_mid_down_K"] = summary.TMidDownK,
        };
        if (config.Model is IsingLikeModelConfig ising)
        {
            // T_eq = Δ(P)/ln g, where the Ising field vanishes (PHYSICS.md §1), at the run's first pressure.
            double pressure = points.Count > 0 ? points[0].Point.PressureGPa : 0;
            json["t_eq_K"] = ising.Parameters.EquilibriumTemperatureK(pressure);
        }

        if (config.Protocol is Liesst)
        {
            json["t_liesst_K"] = KineticSummary.LiesstTemperatureK(points);
        }

        if (config.Protocol is LightInducedLoop)
        {
            var (up, down) = KineticSummary.LightInducedLoopK(points);
            json["lith_up_K"] = up;
            json["lith_down_K"] = down;
            json["lith_width_K"] = up - down;
        }

        if (PressureTransitionSummary.Of(points) is { } pressureLoop)
        {
            json["p_half_up_GPa"] = pressureLoop.PHalfUpGPa;
            json["p_half_down_GPa"] = pressureLoop.PHalfDownGPa;
            json["p_half_GPa"] = pressureLoop.PHalfGPa;
            json["pressure_width_GPa"] = pressureLoop.PressureWidthGPa;
            if (config.Model is IsingLikeModelConfig model && points.Count > 0)
            {
                // P_eq where Δ(P) = T ln g, at the loop's temperature.
                json["p_eq_GPa"] = model.Parameters.EquilibriumPressureGPa(points[0].Point.TemperatureK);
            }
        }

        addFigures?.Invoke(json);
        return Serialise(json);
    }

    private static string Serialise(JsonObject json)
    {
        // Nulls are part of the contract here ("null where it does not cross"): write them.
        return json.ToJsonString(new System.Text.Json.JsonSerializerOptions(ConfigJson.Options)
        {
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
        }) + "\n";
    }
}
