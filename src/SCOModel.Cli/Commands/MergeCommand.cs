using System.CommandLine;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco merge DIR... [--out DIR]`: combines the shard directories of one `--shard K/N` job into the outputs of the
/// single run, written by the same writers. For `sco run`/`sco phase-diagram` shards: results.csv, summary.json,
/// run.json, phase-diagram tables, charts, report.html; results.csv, summary.json and the phase-diagram tables are
/// byte-identical to the single run's. In run.json, <c>started_utc</c>/<c>finished_utc</c> are the earliest start and
/// latest finish of the shards (so <c>wall_seconds</c> spans the whole job), <c>engine_seconds</c> and
/// <c>spin_flip_attempts</c> are summed, <c>threads</c> is the most any shard used, <c>merged_shards</c> counts the
/// shards. For `sco screen` shards: the ranking CSV and its chart (<see cref="ScreenShard"/>); for `sco dataset
/// generate` shards: the CSV (<see cref="DatasetShard"/>), each under the single run's default file name and
/// byte-identical to it.
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
            "Merge the shard directories of one '--shard K/N' job (sco run, phase-diagram, screen, dataset generate) into exactly what a single run writes")
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
                var paths = shardDirectories.Select(d => d.ToString()).ToArray();
                return KindOf(paths) switch
                {
                    ShardKind.Screen => MergeScreen(paths, outDirectory),
                    ShardKind.Dataset => MergeDataset(paths, outDirectory),
                    _ => MergeRun(paths, outDirectory),
                };
            });
        });
        return command;
    }

    private enum ShardKind
    {
        Run,
        Screen,
        Dataset,
    }

    /// <summary>
    /// Which command wrote the shard directories, by the file each kind leaves (a directory with neither is taken for a
    /// run shard, whose reader says what is missing); directories of different kinds are bad input.
    /// </summary>
    private static ShardKind KindOf(IReadOnlyList<string> directories)
    {
        if (directories.Count == 0)
        {
            throw new ConfigException("command line", "DIR", "expected the shard directories written by 'sco run|phase-diagram|screen|dataset generate --shard K/N'");
        }

        static ShardKind Of(string directory) =>
            File.Exists(Path.Combine(directory, ScreenShard.FileName)) ? ShardKind.Screen
            : File.Exists(Path.Combine(directory, DatasetShard.FileName)) ? ShardKind.Dataset
            : ShardKind.Run;

        var kind = Of(directories[0]);
        foreach (string directory in directories.Skip(1))
        {
            var other = Of(directory);
            if (other != kind)
            {
                throw new ConfigException(directory, "directory",
                    $"is a shard of {Describe(other)}, but {directories[0]} is a shard of {Describe(kind)}; merge only the shards of one job");
            }
        }

        return kind;
    }

    private static string Describe(ShardKind kind) => kind switch
    {
        ShardKind.Screen => "'sco screen'",
        ShardKind.Dataset => "'sco dataset generate'",
        _ => "'sco run' or 'sco phase-diagram' (or no shard at all)",
    };

    private static int MergeRun(IReadOnlyList<string> directories, string outDirectory)
    {
        var set = ShardSet.Read(directories);
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
    }

    /// <summary>The ranking CSV and chart of the single screening run, under its default file name, in the output directory.</summary>
    private static int MergeScreen(IReadOnlyList<string> directories, string outDirectory)
    {
        var shards = directories.Select(ScreenShard.Read).ToArray();
        var candidates = ScreenShard.Merge(shards);
        MlInput.Warn(shards.SelectMany(s => s.Warnings));
        Directory.CreateDirectory(outDirectory);
        shards[0].Ranking.Write(Path.Combine(outDirectory, shards[0].RankingFile), candidates);
        return ExitCodes.Success;
    }

    /// <summary>The CSV of the single `sco dataset generate` run, under its default file name, in the output directory.</summary>
    private static int MergeDataset(IReadOnlyList<string> directories, string outDirectory)
    {
        var shards = directories.Select(DatasetShard.Read).ToArray();
        string csv = DatasetShard.Merge(shards);
        string path = Path.Combine(outDirectory, DatasetShard.DatasetFile);
        Directory.CreateDirectory(outDirectory);
        AtomicFile.WriteAllText(path, csv);
        Console.WriteLine($"Merged {shards.Length} shards of {shards[0].Samples} synthetic compounds (seed {shards[0].Seed}); wrote {path}");
        return ExitCodes.Success;
    }
}
