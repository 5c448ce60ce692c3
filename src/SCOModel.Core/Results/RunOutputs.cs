using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;

namespace SCOModel.Core.Results;

/// <summary>The files of a run's output directory, each written atomically.</summary>
public static class RunOutputs
{
    public const string ResultsFile = "results.csv";
    public const string SummaryFile = "summary.json";
    public const string ManifestFile = "run.json";

    /// <summary>Writes results.csv, summary.json and run.json into the directory.</summary>
    public static void Write(string directory, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        Directory.CreateDirectory(directory);
        var points = manifest.Result.Points;
        AtomicFile.WriteAllText(Path.Combine(directory, ResultsFile), ResultsCsv.Format(points));
        AtomicFile.WriteAllText(Path.Combine(directory, SummaryFile), SummaryJson(manifest.Config, points));
        AtomicFile.WriteAllText(Path.Combine(directory, ManifestFile), manifest.ToJson());
    }

    /// <summary>summary.json: the derived figures; null where a branch does not cross.</summary>
    public static string SummaryJson(SimulationConfig config, IReadOnlyList<PointResult> points)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(points);
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

        // Nulls are part of the contract here ("null where it does not cross"): write them.
        return json.ToJsonString(new System.Text.Json.JsonSerializerOptions(ConfigJson.Options)
        {
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
        }) + "\n";
    }
}
