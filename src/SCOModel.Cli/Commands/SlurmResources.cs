using System.Text.RegularExpressions;
using SCOModel.Core.Configuration;

namespace SCOModel.Cli.Commands;

/// <summary>
/// The resources `sco slurm` requests for each array task (and, with one CPU, for the merge): partition and account
/// (omitted when not given), wall time, CPUs per task and memory. Values go into #SBATCH lines as they are, so they
/// are checked here: bad input is a <see cref="ConfigException"/> naming the option.
/// </summary>
internal sealed partial record SlurmResources(string? Partition, string? Account, string Time, int CpusPerTask, string Memory)
{
    public const string DefaultTime = "01:00:00";
    public const int DefaultCpusPerTask = 4;
    public const string DefaultMemory = "4G";

    /// <summary>Checks each value; null means the default (or, for partition and account, none).</summary>
    public static SlurmResources Create(string? partition, string? account, string? time, int? cpusPerTask, string? memory)
    {
        if (partition is not null && !NamePattern().IsMatch(partition))
        {
            throw Bad("--partition", $"expected a partition name (letters, digits, '_', '-', '.', ',' for several), got '{partition}'");
        }

        if (account is not null && !NamePattern().IsMatch(account))
        {
            throw Bad("--account", $"expected an account name (letters, digits, '_', '-', '.'), got '{account}'");
        }

        time ??= DefaultTime;
        if (!TimePattern().IsMatch(time))
        {
            throw Bad("--time", $"expected HH:MM:SS or D-HH:MM:SS (e.g. 02:30:00), got '{time}'");
        }

        int cpus = cpusPerTask ?? DefaultCpusPerTask;
        if (cpus < 1)
        {
            throw Bad("--cpus-per-task", $"expected a positive integer, got {cpus}");
        }

        memory ??= DefaultMemory;
        if (!MemoryPattern().IsMatch(memory))
        {
            throw Bad("--mem", $"expected a size such as 4G, 500M or 4096 (MB), got '{memory}'");
        }

        return new SlurmResources(partition, account, time, cpus, memory);
    }

    /// <summary>The #SBATCH lines of these resources, with <paramref name="cpus"/> CPUs per task.</summary>
    public IEnumerable<string> Lines(int cpus)
    {
        if (Partition is not null)
        {
            yield return $"#SBATCH --partition={Partition}";
        }

        if (Account is not null)
        {
            yield return $"#SBATCH --account={Account}";
        }

        yield return $"#SBATCH --time={Time}";
        yield return $"#SBATCH --cpus-per-task={cpus}";
        yield return $"#SBATCH --mem={Memory}";
    }

    private static ConfigException Bad(string option, string problem) => new("command line", option, problem);

    [GeneratedRegex(@"^[A-Za-z0-9_.,-]+$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(\d+-)?\d{1,3}:[0-5]\d:[0-5]\d$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^\d+[KMGT]?$")]
    private static partial Regex MemoryPattern();
}
