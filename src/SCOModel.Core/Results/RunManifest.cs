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
    public static string ProgramVersion
    {
        get
        {
            var assembly = typeof(RunManifest).Assembly;
            var info = assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
                .FirstOrDefault()?.InformationalVersion;
            return info?.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "unknown";
        }
    }

    /// <summary>The manifest as JSON.</summary>
    public string ToJson() => ConfigJson.Format(new JsonObject
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
        ["config"] = ConfigJson.ToNode(Config),
    }) + "\n";
}
