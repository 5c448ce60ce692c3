using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Results;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco run --shard K/N`: runs the paths of shard K and writes a shard directory: results.csv of its points,
/// points.json (the same points at full precision, for `sco merge`) and run.json, whose <c>shard</c> names the shard,
/// its paths and the protocol's path count, and whose <c>config</c> is the whole resolved config. run.json is written
/// last, so a directory with one is complete.
/// </summary>
internal static class ShardRunner
{
    public static int Run(ISimulationEngine engine, SimulationConfig config, ShardSpec shard, int threads,
        string directory, string commandLine)
    {
        var all = config.Protocol.Paths();
        var indices = shard.PathsOf(all.Count);

        // One shard of one is the whole protocol: run it as it is (engines that dispatch on the protocol's kind see it).
        var part = shard.Count == 1 ? config : config with { Protocol = new ShardProtocol(config.Protocol, indices) };
        var started = DateTimeOffset.UtcNow;
        var result = SimulationRunner.Execute(engine, part, threads);
        var finished = DateTimeOffset.UtcNow;

        var perPath = new List<IReadOnlyList<PointResult>>();
        int next = 0;
        foreach (int index in indices)
        {
            int count = all[index].PointCount;
            perPath.Add(result.Points.Skip(next).Take(count).ToArray());
            next += count;
        }

        if (next != result.Points.Count)
        {
            throw new InvalidOperationException($"the engine returned {result.Points.Count} points for {next} on the shard's paths");
        }

        var manifest = new RunManifest(config, engine.Name, threads, started, finished, result, commandLine)
        {
            Shard = new ShardManifest(shard.Index, shard.Count, indices, all.Count),
        };
        Directory.CreateDirectory(directory);
        AtomicFile.WriteAllText(Path.Combine(directory, RunOutputs.ResultsFile), ResultsCsv.Format(result.Points));
        AtomicFile.WriteAllText(Path.Combine(directory, PointsFile.FileName), PointsFile.Format(indices, perPath));
        AtomicFile.WriteAllText(Path.Combine(directory, RunOutputs.ManifestFile), manifest.ToJson());
        Console.WriteLine($"Wrote shard {shard} ({indices.Count} of {all.Count} paths, {result.Points.Count} points): " +
            $"{RunOutputs.ResultsFile}, {PointsFile.FileName}, {RunOutputs.ManifestFile} to {directory}");
        Console.WriteLine($"  combine the {shard.Count} shard directories with 'sco merge DIR... --out DIR'");
        return ExitCodes.Success;
    }
}
