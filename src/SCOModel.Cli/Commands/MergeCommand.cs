using System.CommandLine;
using SCOModel.Core.Results;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco merge DIR... [--out DIR]`: combines the shard directories of one `sco run --shard K/N` job into the outputs of
/// the single run (results.csv, summary.json, run.json, phase-diagram tables, charts, report.html), written by the same
/// writers; results.csv, summary.json and the phase-diagram tables are byte-identical to the single run's. In run.json,
/// <c>started_utc</c>/<c>finished_utc</c> are the earliest start and latest finish of the shards (so <c>wall_seconds</c>
/// spans the whole job), <c>engine_seconds</c> and <c>spin_flip_attempts</c> are summed, <c>threads</c> is the most any
/// shard used, <c>merged_shards</c> counts the shards.
/// </summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var directories = new Argument<DirectoryInfo[]>("shards")
        {
            Description = "The shard directories (every shard K/N of one job, each once)",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<DirectoryInfo?>("--out")
        {
            Description = "Output directory of the merged run (default out/merged)",
        };
        var command = new Command("merge",
            "Merge the shard directories of 'sco run --shard K/N' into exactly what a single run writes")
        {
            directories,
            output,
        };
        command.SetAction(parse =>
        {
            var shardDirectories = parse.GetValue(directories) ?? [];
            string outDirectory = parse.GetValue(output)?.FullName ?? Path.GetFullPath(Path.Combine("out", "merged"));
            return CommandGuard.Run(() =>
            {
                var set = ShardSet.Read(shardDirectories.Select(d => d.ToString()).ToArray());
                var manifest = new RunManifest(
                    set.Config,
                    set.Engine,
                    set.Shards.Max(s => s.RunJson["threads"]?.GetValue<int>() ?? 1),
                    set.Shards.Min(s => s.Started),
                    set.Shards.Max(s => s.Finished),
                    set.Result,
                    Environment.CommandLine)
                {
                    MergedShards = set.Shards.Count,
                };
                foreach (string warning in set.Result.Warnings)
                {
                    Console.Error.WriteLine($"sco: warning: {warning}");
                }

                SimulationRunner.WriteOutputs(outDirectory, manifest, []);
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
