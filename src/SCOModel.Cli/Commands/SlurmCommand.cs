using System.CommandLine;
using System.Text.RegularExpressions;
using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco slurm CONFIG.json --tasks N`: writes a Slurm job for the config split into N shards: the resolved config,
/// array.sbatch (task K runs `sco run|phase-diagram --shard K/N`), merge.sbatch (`sco merge`) and submit.sh, which
/// submits the merge to run once the whole array has succeeded. `--submit` runs submit.sh.
/// </summary>
internal static partial class SlurmCommand
{
    public static Command Create()
    {
        var config = new Argument<FileInfo>("config") { Description = "Run configuration (JSON)" };
        var tasks = new Option<int>("--tasks")
        {
            Description = "Number of array tasks, one shard each (at most the protocol's number of independent paths)",
            Required = true,
        };
        var output = new Option<DirectoryInfo?>("--out")
        {
            Description = "Directory for the config copy and the scripts (default out/<config>-slurm)",
        };
        var partition = new Option<string?>("--partition") { Description = "Slurm partition (default: the cluster's)" };
        var time = new Option<string?>("--time")
        {
            Description = $"Wall time per task, HH:MM:SS or D-HH:MM:SS (default {SlurmResources.DefaultTime})",
        };
        var cpus = new Option<int?>("--cpus-per-task")
        {
            Description = $"CPUs per task, also the shard's --threads (default {SlurmResources.DefaultCpusPerTask})",
        };
        var memory = new Option<string?>("--mem") { Description = $"Memory per task (default {SlurmResources.DefaultMemory})" };
        var account = new Option<string?>("--account") { Description = "Slurm account to charge (default: none given)" };
        var sco = new Option<string?>("--sco")
        {
            Description = "Shell command that runs sco on the compute nodes (default: the program running now)",
        };
        var submit = new Option<bool>("--submit") { Description = "Submit with sbatch after writing the scripts" };
        var command = new Command("slurm",
            "Write a Slurm array job (one shard per task) and a dependent merge job for a config; --submit submits them")
        {
            config, tasks, output, partition, time, cpus, memory, account, sco, submit,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(config)!;
            string directory = parse.GetValue(output)?.FullName
                ?? Path.GetFullPath(Path.Combine("out", Path.GetFileNameWithoutExtension(file.Name) + "-slurm"));
            return CommandGuard.Run(() =>
            {
                var resources = SlurmResources.Create(parse.GetValue(partition), parse.GetValue(account),
                    parse.GetValue(time), parse.GetValue(cpus), parse.GetValue(memory));
                string invocation = parse.GetValue(sco) ?? SlurmInvocation.OfThisProcess();
                if (string.IsNullOrWhiteSpace(invocation))
                {
                    throw new ConfigException("command line", "--sco", "expected a command that runs sco, got nothing");
                }

                if (!file.Exists)
                {
                    throw new ConfigException(file.ToString(), "file", "does not exist");
                }

                var simulation = ConfigReader.ReadFile(file.FullName);
                int count = parse.GetValue(tasks);
                CheckTasks(count, simulation.Protocol.Paths().Count);
                Write(directory, simulation, count, resources, invocation.Trim(),
                    JobName(Path.GetFileNameWithoutExtension(file.Name)));
                return parse.GetValue(submit) ? SlurmSubmitter.Submit(directory) : ExitCodes.Success;
            });
        });
        return command;
    }

    /// <summary>The same check as `--shard K/N`: at least one task and no more than the protocol has paths.</summary>
    private static void CheckTasks(int tasks, int pathCount)
    {
        if (tasks < 1)
        {
            throw new ConfigException("command line", "--tasks", $"expected a positive number of tasks, got {tasks}");
        }

        try
        {
            new ShardSpec(1, tasks).PathsOf(pathCount);
        }
        catch (ConfigException e)
        {
            throw new ConfigException("command line", "--tasks", e.Problem);
        }
    }

    private static void Write(string directory, SimulationConfig simulation, int tasks, SlurmResources resources,
        string sco, string jobName)
    {
        string subcommand = simulation.Protocol is PhaseDiagram ? "phase-diagram" : "run";
        Directory.CreateDirectory(directory);
        AtomicFile.WriteAllText(Path.Combine(directory, SlurmScripts.ConfigFile),
            ConfigJson.Format(ConfigJson.ToNode(simulation)) + "\n");
        AtomicFile.WriteAllText(Path.Combine(directory, SlurmScripts.ArrayFile),
            SlurmScripts.Array(jobName, subcommand, tasks, resources, sco));
        AtomicFile.WriteAllText(Path.Combine(directory, SlurmScripts.MergeFile),
            SlurmScripts.Merge(jobName, resources, sco));
        string submit = Path.Combine(directory, SlurmScripts.SubmitFile);
        AtomicFile.WriteAllText(submit, SlurmScripts.Submit(tasks));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(submit, File.GetUnixFileMode(submit)
                | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        Console.WriteLine($"Wrote {SlurmScripts.ConfigFile}, {SlurmScripts.ArrayFile} ({tasks} tasks of " +
            $"'sco {subcommand} --shard K/{tasks}'), {SlurmScripts.MergeFile} and {SlurmScripts.SubmitFile} to {directory}");
        Console.WriteLine($"  submit with 'bash {SlurmInvocation.Quote(submit)}' (or 'sco slurm ... --submit'); " +
            $"the merged run lands in {Path.Combine(directory, SlurmScripts.MergedDirectory)}");
    }

    private static string JobName(string configName)
    {
        string cleaned = NotJobNameCharacter().Replace(configName, "-");
        return "sco-" + (cleaned.Length == 0 ? "job" : cleaned);
    }

    [GeneratedRegex(@"[^A-Za-z0-9_.-]")]
    private static partial Regex NotJobNameCharacter();
}
