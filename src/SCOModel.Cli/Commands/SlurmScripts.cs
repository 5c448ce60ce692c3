using System.Text;

namespace SCOModel.Cli.Commands;

/// <summary>
/// The files `sco slurm` writes into its directory: the resolved config, an sbatch array of one shard per task, the
/// merge job, and submit.sh, which submits the array and then the merge with a dependency on the whole array. The jobs
/// run in that directory (submit.sh passes it with --chdir), so every path in the scripts is relative to it.
/// </summary>
internal static class SlurmScripts
{
    public const string ConfigFile = "config.json";
    public const string ArrayFile = "array.sbatch";
    public const string MergeFile = "merge.sbatch";
    public const string SubmitFile = "submit.sh";
    public const string ShardsDirectory = "shards";
    public const string MergedDirectory = "merged";
    public const string LogsDirectory = "logs";

    /// <summary>The array job: task K runs shard K of <paramref name="tasks"/>.</summary>
    public static string Array(string jobName, string subcommand, int tasks, SlurmResources resources, string sco)
    {
        var text = new StringBuilder();
        text.Append("#!/bin/bash\n");
        text.Append($"# Written by 'sco slurm': task K of this array runs shard K/{tasks} of {ConfigFile}.\n");
        text.Append($"# Submit with {SubmitFile}, which also queues the merge.\n");
        text.Append($"#SBATCH --job-name={jobName}\n");
        text.Append($"#SBATCH --array=1-{tasks}\n");
        foreach (string line in resources.Lines(resources.CpusPerTask))
        {
            text.Append(line).Append('\n');
        }

        text.Append($"#SBATCH --output={LogsDirectory}/shard-%a.out\n");
        text.Append($"#SBATCH --error={LogsDirectory}/shard-%a.err\n");
        text.Append("set -euo pipefail\n");
        text.Append($"{sco} {subcommand} {ConfigFile} --shard ${{SLURM_ARRAY_TASK_ID}}/{tasks} " +
            $"--threads ${{SLURM_CPUS_PER_TASK}} --out {ShardsDirectory}/shard-${{SLURM_ARRAY_TASK_ID}}\n");
        return text.ToString();
    }

    /// <summary>The merge job: combines every shard directory into the single run's files.</summary>
    public static string Merge(string jobName, SlurmResources resources, string sco)
    {
        var text = new StringBuilder();
        text.Append("#!/bin/bash\n");
        text.Append($"# Written by 'sco slurm': merges the shards of {ArrayFile} once every task has succeeded.\n");
        text.Append($"#SBATCH --job-name={jobName}-merge\n");
        foreach (string line in resources.Lines(cpus: 1))
        {
            text.Append(line).Append('\n');
        }

        text.Append($"#SBATCH --output={LogsDirectory}/merge.out\n");
        text.Append($"#SBATCH --error={LogsDirectory}/merge.err\n");
        text.Append("set -euo pipefail\n");
        text.Append($"{sco} merge {ShardsDirectory}/shard-* --out {MergedDirectory}\n");
        return text.ToString();
    }

    /// <summary>Submits the array, then the merge with --dependency=afterok on the array's job id.</summary>
    public static string Submit(int tasks) =>
        "#!/bin/bash\n" +
        $"# Written by 'sco slurm': submits {ArrayFile} ({tasks} tasks) and {MergeFile}, which runs after all succeed.\n" +
        "set -euo pipefail\n" +
        "here=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"\n" +
        "cd \"$here\"\n" +
        $"mkdir -p {LogsDirectory} {ShardsDirectory}\n" +
        $"array_id=\"$(sbatch --parsable --chdir=\"$here\" {ArrayFile})\"\n" +
        "array_id=\"${array_id%%;*}\"\n" +
        $"merge_id=\"$(sbatch --parsable --chdir=\"$here\" --dependency=afterok:\"$array_id\" {MergeFile})\"\n" +
        "merge_id=\"${merge_id%%;*}\"\n" +
        $"echo \"array job: $array_id ({tasks} tasks, {ShardsDirectory}/shard-1..{tasks})\"\n" +
        $"echo \"merge job: $merge_id (after the array succeeds, into {MergedDirectory}/)\"\n";
}
