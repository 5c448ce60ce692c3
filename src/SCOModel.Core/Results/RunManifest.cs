using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;

namespace SCOModel.Core.Results;

/// <summary>run.json: how a result was made, enough to reproduce it (DESIGN.md "Outputs").</summary>
public sealed record RunManifest(
    SimulationConfig Config,
    string Engine,
    int Threads,
    DateTimeOffset StartedUtc,
    DateTimeOffset FinishedUtc,
    RunResult Result,
    string? CommandLine = null)
{
    /// <summary>The program version (assembly informational version without build metadata).</summary>
    public static string ProgramVersion => ProgramBuild.Split('+')[0];

    /// <summary>
    /// The program version with its build metadata, the source revision it was built from where the build knew it
    /// (e.g. 0.4.0+6699e1a...): what a checkpoint must match, since a resumed run equals an uninterrupted one only when
    /// both halves ran the same code.
    /// </summary>
    public static string ProgramBuild
    {
        get
        {
            var assembly = typeof(RunManifest).Assembly;
            var info = assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
                .FirstOrDefault()?.InformationalVersion;
            return info ?? assembly.GetName().Version?.ToString() ?? "unknown";
        }
    }

    /// <summary>The part of the protocol this run is, for a shard (`sco run --shard K/N`); null for a whole run.</summary>
    public ShardManifest? Shard { get; init; }

    /// <summary>How many shards `sco merge` combined into this run; null for a run made in one piece.</summary>
    public int? MergedShards { get; init; }

    /// <summary>The manifest as JSON.</summary>
    public string ToJson()
    {
        var json = Fields();
        if (Shard is not null)
        {
            json.Insert(json.IndexOf("config"), "shard", Shard.ToJson());
        }

        if (MergedShards is int merged)
        {
            json.Insert(json.IndexOf("config"), "merged_shards", merged);
        }

        return ConfigJson.Format(json) + "\n";
    }

    private JsonObject Fields() => new()
    {
        ["program"] = "SCOModel",
        ["version"] = ProgramVersion,
        ["name"] = Config.Name,
        ["engine"] = Engine,
        ["seed"] = Config.Seed,
        ["threads"] = Threads,
        ["command"] = CommandLine,
        ["started_utc"] = StartedUtc.UtcDateTime.ToString("O"),
        ["finished_utc"] = FinishedUtc.UtcDateTime.ToString("O"),
        ["wall_seconds"] = (FinishedUtc - StartedUtc).TotalSeconds,
        ["engine_seconds"] = Result.EngineSeconds,
        ["spin_flip_attempts"] = Result.SpinFlipAttempts,
        ["attempts_per_second"] = Result.AttemptsPerSecond,
        ["points"] = Result.Points.Count,
        ["warnings"] = new JsonArray(Result.Warnings.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()),
        ["autocorrelation"] = Autocorrelation(Result.Points),
        ["exchange_acceptance"] = ExchangeAcceptance(Result.ExchangeRates),
        ["config"] = ConfigJson.ToNode(Config),
    };

    /// <summary>Parallel tempering: the exchange acceptance of every neighbouring pair of the ladder; null otherwise.</summary>
    public static JsonArray? ExchangeAcceptance(IReadOnlyList<ExchangeRate>? rates) => rates is null ? null : new JsonArray(
        rates.Select(r => (JsonNode?)new JsonObject
        {
            ["lower_K"] = r.LowerK,
            ["upper_K"] = r.UpperK,
            ["attempts"] = r.Attempts,
            ["acceptance"] = double.IsNaN(r.Acceptance) ? null : r.Acceptance,
        }).ToArray());

    /// <summary>
    /// The integrated autocorrelation time of n_HS over the points (in sweeps, τ_int = 1/2 + Σ ρ(t)): its maximum and
    /// where it occurs, the median, the energy's maximum, and how many points were too short for honest error bars;
    /// null for engines without sampling.
    /// </summary>
    public static JsonObject? Autocorrelation(IReadOnlyList<PointResult> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var measured = points.Where(p => !double.IsNaN(p.NHsTauIntSweeps)).ToArray();
        var energies = points.Select(p => p.EnergyTauIntSweeps).Where(t => !double.IsNaN(t)).ToArray();
        if (measured.Length == 0 && energies.Length == 0)
        {
            return null;
        }

        JsonObject? at = null;
        double? max = null, median = null;
        if (measured.Length > 0)
        {
            var longest = measured.MaxBy(p => p.NHsTauIntSweeps)!;
            max = longest.NHsTauIntSweeps;
            at = new JsonObject
            {
                ["branch"] = ConfigJson.Name(longest.Branch),
                ["temperature_K"] = longest.Point.TemperatureK,
                ["pressure_GPa"] = longest.Point.PressureGPa,
                ["light"] = longest.Point.Light,
                ["time_s"] = longest.Point.TimeS,
            };
            var sorted = measured.Select(p => p.NHsTauIntSweeps).Order().ToArray();
            int half = sorted.Length / 2;
            median = sorted.Length % 2 == 1 ? sorted[half] : 0.5 * (sorted[half - 1] + sorted[half]);
        }

        return new JsonObject
        {
            ["observable"] = "n_hs",
            ["method"] = "binning (Flyvbjerg-Petersen), plateau at blocks >= 16 tau_int; tau_int = 1/2 + sum rho(t)",
            ["tau_int_max_sweeps"] = max,
            ["tau_int_max_at"] = at,
            ["tau_int_median_sweeps"] = median,
            ["energy_tau_int_max_sweeps"] = energies.Length > 0 ? energies.Max() : null,
            ["points_measured"] = measured.Length,
            ["points_too_short"] = points.Count(p => !p.ErrorBarsConverged),
        };
    }
}
