using System.Globalization;
using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Results;

namespace SCOModel.Cli.Commands;

/// <summary>
/// DIR/checkpoint/checkpoint.json: what a run has finished so far, enough for `sco run --resume DIR` to run only the
/// rest and write exactly the outputs of an uninterrupted run. It holds the program version, the engine, the resolved
/// config (seed included) and the points of every completed path at full precision (the points format of
/// <see cref="PointsFile"/>, which `sco merge` also reads) and, for engines that keep them, the state of each walk
/// inside a path at its last saved point boundary (<see cref="WalkSnapshot"/>, base64). It is one file, always replaced whole
/// (<see cref="AtomicFile"/>), so it is never seen half-written: a kill loses at most the work since the last save.
/// </summary>
internal sealed record Checkpoint(
    string Version,
    string Engine,
    string? EngineOption,
    JsonObject Config,
    int PathCount,
    DateTimeOffset StartedUtc,
    double EngineSeconds,
    bool Interrupted,
    IReadOnlyDictionary<int, IReadOnlyList<PointResult>> Paths,
    IReadOnlyDictionary<(int Path, int Replica), WalkSnapshot> Walks)
{
    /// <summary>The folder of the checkpoint inside the output directory.</summary>
    public const string FolderName = "checkpoint";

    /// <summary>The checkpoint file inside <see cref="FolderName"/>.</summary>
    public const string FileName = "checkpoint.json";

    /// <summary>The marker an interrupted run leaves in its output directory until it is resumed to the end.</summary>
    public const string PartialMarker = "PARTIAL";

    private const int Format = 1;

    /// <summary>The checkpoint file of an output directory.</summary>
    public static string PathIn(string directory) => Path.Combine(directory, FolderName, FileName);

    /// <summary>Points saved over all completed paths.</summary>
    public int PointsDone => Paths.Values.Sum(p => p.Count);

    /// <summary>Writes the checkpoint atomically into the output directory.</summary>
    public void Write(string directory)
    {
        var indices = Paths.Keys.Order().ToArray();
        var points = JsonNode.Parse(PointsFile.Format(indices, indices.Select(i => Paths[i]).ToArray()))!;
        var json = new JsonObject
        {
            ["format"] = Format,
            ["program"] = "SCOModel",
            ["version"] = Version,
            ["engine"] = Engine,
            ["engine_option"] = EngineOption,
            ["started_utc"] = StartedUtc.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["engine_seconds"] = EngineSeconds,
            ["status"] = Interrupted ? "interrupted" : "running",
            ["path_count"] = PathCount,
            ["paths_done"] = indices.Length,
            ["points_done"] = PointsDone,
            ["config"] = Config.DeepClone(),
            ["points"] = points,
            ["walks"] = new JsonArray(Walks.OrderBy(w => w.Key).Select(w => (JsonNode?)new JsonObject
            {
                ["path"] = w.Key.Path,
                ["replica"] = w.Key.Replica,
                ["points_done"] = w.Value.PointsDone,
                ["state"] = Convert.ToBase64String(w.Value.State),
            }).ToArray()),
        };
        AtomicFile.WriteAllText(PathIn(directory), json.ToJsonString() + "\n");
    }

    /// <summary>
    /// Reads the checkpoint of an output directory. A missing, truncated or edited file is bad input naming it; so is
    /// one whose completed paths do not fit its own config.
    /// </summary>
    public static Checkpoint Read(string directory)
    {
        string file = PathIn(directory);
        if (!File.Exists(file))
        {
            throw new ConfigException(directory, "--resume", File.Exists(Path.Combine(directory, RunOutputs.ManifestFile))
                ? $"the run in this directory is already complete ({RunOutputs.ManifestFile} written, no {FolderName}/{FileName}); " +
                  "nothing to resume"
                : $"holds no {FolderName}/{FileName}: not the output directory of an interrupted 'sco run'");
        }

        // A truncated or corrupted file is not valid JSON: bad input naming it.
        var json = ShardJsonFile.Read(file);
        try
        {
            if (json["format"]?.GetValue<int>() != Format)
            {
                throw new ConfigException(file, "$.format", $"expected checkpoint format {Format}, got {json["format"]?.ToJsonString() ?? "none"}");
            }

            var config = json["config"] as JsonObject ?? throw new ConfigException(file, "$.config", "missing");
            var points = json["points"] as JsonObject ?? throw new ConfigException(file, "$.points", "missing");
            return new Checkpoint(
                Required(json, "version", file).GetValue<string>(),
                Required(json, "engine", file).GetValue<string>(),
                json["engine_option"]?.GetValue<string>(),
                config,
                Required(json, "path_count", file).GetValue<int>(),
                DateTimeOffset.Parse(Required(json, "started_utc", file).GetValue<string>(), CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                Required(json, "engine_seconds", file).GetValue<double>(),
                json["status"]?.GetValue<string>() == "interrupted",
                PointsFile.Parse(points.ToJsonString(), file),
                ReadWalks(json["walks"], file));
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or NullReferenceException
                                      or KeyNotFoundException)
        {
            throw new ConfigException(file, "$", $"not a checkpoint written by sco run: {e.Message}");
        }
    }

    private static Dictionary<(int Path, int Replica), WalkSnapshot> ReadWalks(JsonNode? node, string file)
    {
        var walks = new Dictionary<(int Path, int Replica), WalkSnapshot>();
        foreach (var walk in node as JsonArray ?? [])
        {
            var key = (Required(walk!.AsObject(), "path", file).GetValue<int>(), Required(walk.AsObject(), "replica", file).GetValue<int>());
            var snapshot = new WalkSnapshot(
                Required(walk.AsObject(), "points_done", file).GetValue<int>(),
                Convert.FromBase64String(Required(walk.AsObject(), "state", file).GetValue<string>()));
            if (!walks.TryAdd(key, snapshot))
            {
                throw new ConfigException(file, "$.walks", $"path {key.Item1}, replica {key.Item2} appears twice");
            }
        }

        return walks;
    }

    private static JsonNode Required(JsonObject json, string name, string file) =>
        json[name] ?? throw new ConfigException(file, $"$.{name}", "missing");
}
