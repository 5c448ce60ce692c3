using System.Text.Json;
using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;

namespace SCOModel.Cli.Commands;

/// <summary>
/// The shard directories given to `sco merge`, read and checked to belong together: the same program version, engine,
/// seed and resolved config; shards 1..N each present once; each holding exactly the paths the deal gives it. Anything
/// else is bad input naming the directory.
/// </summary>
internal sealed class ShardSet
{
    private ShardSet(SimulationConfig config, string engine, IReadOnlyList<Shard> shards, RunResult result)
    {
        Config = config;
        Engine = engine;
        Shards = shards;
        Result = result;
    }

    /// <summary>The whole run's resolved config.</summary>
    public SimulationConfig Config { get; }

    /// <summary>The engine every shard ran.</summary>
    public string Engine { get; }

    /// <summary>The shards, in index order.</summary>
    public IReadOnlyList<Shard> Shards { get; }

    /// <summary>
    /// The points of all shards in the protocol's path order; spin-flip attempts and engine seconds summed over the
    /// shards; their warnings, each once.
    /// </summary>
    public RunResult Result { get; }

    /// <summary>One shard directory as read.</summary>
    public sealed record Shard(
        string Directory, ShardManifest Manifest, JsonObject RunJson, IReadOnlyDictionary<int, IReadOnlyList<PointResult>> Points)
    {
        public string Version => RunJson["version"]?.ToString() ?? string.Empty;

        public string Engine => RunJson["engine"]?.ToString() ?? string.Empty;

        public string Seed => RunJson["seed"]?.ToJsonString() ?? string.Empty;

        public JsonNode? Config => RunJson["config"];

        public DateTimeOffset Started => DateTimeOffset.Parse(RunJson["started_utc"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        public DateTimeOffset Finished => DateTimeOffset.Parse(RunJson["finished_utc"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        public string Label => $"shard {Manifest.Index}/{Manifest.Count} ({Directory})";
    }

    /// <summary>Reads and checks the shard directories.</summary>
    public static ShardSet Read(IReadOnlyList<string> directories)
    {
        if (directories.Count == 0)
        {
            throw new ConfigException("command line", "DIR", "expected the shard directories written by 'sco run --shard K/N'");
        }

        var shards = directories.Select(ReadOne).ToArray();
        var first = shards[0];
        foreach (var shard in shards.Skip(1))
        {
            string? differs = shard.Version != first.Version ? "program version"
                : shard.Engine != first.Engine ? "engine"
                : shard.Seed != first.Seed ? "seed"
                : !JsonNode.DeepEquals(shard.Config, first.Config) ? "resolved config"
                : shard.Manifest.Count != first.Manifest.Count ? "shard count"
                : shard.Manifest.PathCount != first.Manifest.PathCount ? "path count"
                : null;
            if (differs is not null)
            {
                throw new ConfigException(shard.Directory, "run.json",
                    $"{shard.Label} does not belong with {first.Label}: different {differs}; " +
                    "merge only the shards of one 'sco run --shard K/N' job");
            }
        }

        int count = first.Manifest.Count;
        foreach (var group in shards.GroupBy(s => s.Manifest.Index).Where(g => g.Count() > 1))
        {
            throw new ConfigException("command line", "DIR",
                $"shard {group.Key}/{count} given more than once: {string.Join(", ", group.Select(s => s.Directory))}");
        }

        var missing = Enumerable.Range(1, count).Except(shards.Select(s => s.Manifest.Index)).ToArray();
        if (missing.Length > 0)
        {
            throw new ConfigException("command line", "DIR",
                $"shard{(missing.Length == 1 ? string.Empty : "s")} {string.Join(", ", missing.Select(k => $"{k}/{count}"))} " +
                $"missing: the job has {count} shards and {shards.Length} were given");
        }

        var ordered = shards.OrderBy(s => s.Manifest.Index).ToArray();
        var config = ConfigReader.Parse(first.Config!.ToJsonString(), Path.Combine(first.Directory, RunOutputs.ManifestFile));
        var paths = config.Protocol.Paths();
        var byPath = new IReadOnlyList<PointResult>?[paths.Count];
        foreach (var shard in ordered)
        {
            var expected = new ShardSpec(shard.Manifest.Index, count).PathsOf(paths.Count);
            if (shard.Manifest.PathCount != paths.Count || !shard.Manifest.Paths.SequenceEqual(expected)
                || !shard.Points.Keys.Order().SequenceEqual(expected))
            {
                throw new ConfigException(shard.Directory, "run.json",
                    $"{shard.Label} does not hold the paths shard {shard.Manifest.Index} of {count} runs " +
                    $"({paths.Count} paths in the protocol): it was not written by this version's 'sco run --shard' or was edited");
            }

            foreach (int index in expected)
            {
                if (shard.Points[index].Count != paths[index].PointCount)
                {
                    throw new ConfigException(Path.Combine(shard.Directory, PointsFile.FileName), $"path {index}",
                        $"expected {paths[index].PointCount} points, found {shard.Points[index].Count}");
                }

                byPath[index] = shard.Points[index];
            }
        }

        var result = new RunResult(
            byPath.SelectMany(p => p!).ToArray(),
            ordered.Sum(s => s.RunJson["spin_flip_attempts"]?.GetValue<long>() ?? 0),
            ordered.Sum(s => s.RunJson["engine_seconds"]?.GetValue<double>() ?? 0))
        {
            Warnings = ordered
                .SelectMany(s => s.RunJson["warnings"] is JsonArray w ? w.Select(x => x!.GetValue<string>()) : [])
                .Distinct()
                .ToArray(),
        };
        return new ShardSet(config, first.Engine, ordered, result);
    }

    private static Shard ReadOne(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new ConfigException(directory, "directory", "does not exist");
        }

        string runJson = Path.Combine(directory, RunOutputs.ManifestFile);
        string pointsJson = Path.Combine(directory, PointsFile.FileName);
        if (!File.Exists(runJson) || !File.Exists(pointsJson))
        {
            throw new ConfigException(directory, "directory",
                $"holds no {(File.Exists(runJson) ? PointsFile.FileName : RunOutputs.ManifestFile)}: not a shard directory " +
                "written by 'sco run --shard K/N' (or the shard has not finished)");
        }

        var manifest = ShardJsonFile.Read(runJson);

        var shard = ShardManifest.FromJson(manifest["shard"])
            ?? throw new ConfigException(runJson, "$.shard",
                "missing: this is the run.json of a whole run, not of a shard written by 'sco run --shard K/N'");
        if (manifest["config"] is not JsonObject || manifest["started_utc"] is null || manifest["finished_utc"] is null)
        {
            throw new ConfigException(runJson, "$.config", "missing: run.json of a shard holds the resolved config and its times");
        }

        return new Shard(directory, shard, manifest, PointsFile.Parse(File.ReadAllText(pointsJson), pointsJson));
    }
}
