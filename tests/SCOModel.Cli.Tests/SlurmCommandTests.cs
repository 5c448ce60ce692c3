using System.Diagnostics;
using SCOModel.Cli.Commands;

namespace SCOModel.Cli.Tests;

/// <summary>
/// `sco slurm CONFIG --tasks N`: the array and merge scripts carry the array range, the resources asked for, the shard
/// command of the right subcommand and the merge's dependency on the array; bad input is exit 2; `--submit` without
/// sbatch is exit 1 and says how to submit. Run locally task by task (as Slurm would), the scripts reproduce the single
/// run's results.csv byte for byte.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class SlurmCommandTests : IDisposable
{
    private const string Grid = """
        {
          "name": "slurm grid",
          "seed": 7,
          "model": {
            "kind": "ising-like", "deltaK": 1000, "lnG": 5, "couplingK": 60, "deltaVA3": 25,
            "lattice": { "kind": "square", "size": [6, 6] }
          },
          "protocol": {
            "kind": "phase-diagram", "pressuresGPa": [0, 0.1, 0.2],
            "fromK": 160, "toK": 260, "stepK": 25, "equilibrationSweeps": 10, "sweepsPerPoint": 20
          }
        }
        """;

    private const string Scan = """
        {
          "name": "slurm scan",
          "seed": 3,
          "model": {
            "kind": "ising-like", "deltaK": 1000, "lnG": 5, "couplingK": 60,
            "lattice": { "kind": "square", "size": [6, 6] }
          },
          "protocol": {
            "kind": "temperature-scan", "temperaturesK": [170, 200, 230, 260],
            "equilibrationSweeps": 10, "sweepsPerPoint": 20
          }
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void PhaseDiagramScriptsCarryTheArrayTheResourcesTheShardCommandAndTheMergeDependency()
    {
        string config = _temp.File("grid.json", Grid);
        string dir = _temp.Sub("job");
        var outcome = Sco.Run("slurm", config, "--tasks", "3", "--out", dir, "--partition", "short",
            "--time", "00:20:00", "--cpus-per-task", "2", "--mem", "1500M", "--account", "sco-lab", "--sco", "my-sco");
        Assert.True(outcome.ExitCode == 0, outcome.Error);

        string array = File.ReadAllText(Path.Combine(dir, "array.sbatch"));
        Assert.Contains("#SBATCH --array=1-3\n", array);
        Assert.Contains("#SBATCH --partition=short\n", array);
        Assert.Contains("#SBATCH --account=sco-lab\n", array);
        Assert.Contains("#SBATCH --time=00:20:00\n", array);
        Assert.Contains("#SBATCH --cpus-per-task=2\n", array);
        Assert.Contains("#SBATCH --mem=1500M\n", array);
        Assert.Contains("#SBATCH --output=logs/shard-%a.out\n", array);
        Assert.Contains("#SBATCH --error=logs/shard-%a.err\n", array);
        Assert.Contains(
            "my-sco phase-diagram config.json --shard ${SLURM_ARRAY_TASK_ID}/3 --threads ${SLURM_CPUS_PER_TASK} " +
            "--out shards/shard-${SLURM_ARRAY_TASK_ID}\n", array);

        string merge = File.ReadAllText(Path.Combine(dir, "merge.sbatch"));
        Assert.Contains("my-sco merge shards/shard-* --out merged\n", merge);
        Assert.Contains("#SBATCH --partition=short\n", merge);
        Assert.Contains("#SBATCH --cpus-per-task=1\n", merge);
        Assert.DoesNotContain("--array", merge);

        string submit = File.ReadAllText(Path.Combine(dir, "submit.sh"));
        Assert.Contains("sbatch --parsable --chdir=\"$here\" array.sbatch", submit);
        Assert.Contains("--dependency=afterok:\"$array_id\" merge.sbatch", submit);
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(Path.Combine(dir, "submit.sh")).HasFlag(UnixFileMode.UserExecute));
        }

        // The copy is the resolved config, which runs as it is.
        Assert.Contains("\"phase-diagram\"", File.ReadAllText(Path.Combine(dir, "config.json")));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));

        foreach (string script in new[] { "array.sbatch", "merge.sbatch", "submit.sh" })
        {
            if (Bash(dir, ["-n", script], []) is { } check)
            {
                Assert.True(check.ExitCode == 0, $"{script}: {check.Error}");
            }
        }
    }

    [Fact]
    public void AScanRunsWithTheRunSubcommandAndTheDefaultResources()
    {
        string config = _temp.File("scan.json", Scan);
        string dir = _temp.Sub("scan-job");
        var outcome = Sco.Run("slurm", config, "--tasks", "4", "--out", dir);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        string array = File.ReadAllText(Path.Combine(dir, "array.sbatch"));
        Assert.Contains(" run config.json --shard ${SLURM_ARRAY_TASK_ID}/4 ", array);
        Assert.DoesNotContain("phase-diagram", array);
        Assert.DoesNotContain("--partition", array);
        Assert.DoesNotContain("--account", array);
        Assert.Contains($"#SBATCH --time={SlurmResources.DefaultTime}\n", array);

        // The default invocation is the running program, never a bare name that might not exist.
        Assert.Contains(SlurmInvocation.OfThisProcess() + " run ", array);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("-1")]
    public void TooManyOrNoTasksAreBadInput(string tasks)
    {
        string config = _temp.File("grid.json", Grid);
        string dir = _temp.Sub("bad");
        var outcome = Sco.Run("slurm", config, "--tasks", tasks, "--out", dir);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--tasks", outcome.Error);
        if (tasks == "4")
        {
            Assert.Contains("cannot split 3 independent paths into 4 shards", outcome.Error);
        }

        Assert.False(Directory.Exists(dir));
    }

    [Theory]
    [InlineData("--time", "90 minutes")]
    [InlineData("--mem", "lots")]
    [InlineData("--partition", "a b")]
    [InlineData("--cpus-per-task", "0")]
    public void BadResourcesAreBadInput(string option, string value)
    {
        string config = _temp.File("grid.json", Grid);
        var outcome = Sco.Run("slurm", config, "--tasks", "2", "--out", _temp.Sub("bad"), option, value);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(option, outcome.Error);
    }

    [Fact]
    public void AMissingOrInvalidConfigIsBadInput()
    {
        Assert.Equal(2, Sco.Run("slurm", _temp.Sub("nope.json"), "--tasks", "2").ExitCode);
        string broken = _temp.File("broken.json", """{ "model": { "kind": "ising-like" } }""");
        Assert.Equal(2, Sco.Run("slurm", broken, "--tasks", "2", "--out", _temp.Sub("b")).ExitCode);
    }

    [Fact]
    public void SubmitWithoutSbatchWritesTheScriptsAndSaysHowToSubmit()
    {
        string config = _temp.File("grid.json", Grid);
        string dir = _temp.Sub("submit");
        string? path = Environment.GetEnvironmentVariable("PATH");
        bool hide = SlurmSubmitter.FindOnPath("sbatch") is not null;
        if (hide)
        {
            Environment.SetEnvironmentVariable("PATH", _temp.Path);
        }

        try
        {
            var outcome = Sco.Run("slurm", config, "--tasks", "3", "--out", dir, "--submit");
            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains("sbatch is not on PATH", outcome.Error);
            Assert.Contains("scripts are written to", outcome.Error);
            Assert.Contains("submit.sh", outcome.Error);
            Assert.True(File.Exists(Path.Combine(dir, "submit.sh")));
        }
        finally
        {
            if (hide)
            {
                Environment.SetEnvironmentVariable("PATH", path);
            }
        }
    }

    [Fact]
    public void ArrayTasksRunLocallyThenMergedGiveTheSingleRunByteForByte()
    {
        string config = _temp.File("grid.json", Grid);
        string dir = _temp.Sub("local");
        Assert.Equal(0, Sco.Run("slurm", config, "--tasks", "3", "--out", dir).ExitCode);
        if (Bash(dir, ["-n", "array.sbatch"], []) is null)
        {
            return; // no bash here
        }

        // What Slurm does: each task in the job's directory with its id and CPU count, then the merge.
        for (int task = 1; task <= 3; task++)
        {
            var run = Bash(dir, ["array.sbatch"],
                new() { ["SLURM_ARRAY_TASK_ID"] = $"{task}", ["SLURM_CPUS_PER_TASK"] = "1" })!;
            Assert.True(run.ExitCode == 0, $"task {task}: {run.Error}");
        }

        var merged = Bash(dir, ["merge.sbatch"], [])!;
        Assert.True(merged.ExitCode == 0, merged.Error);

        string whole = _temp.Sub("whole");
        Assert.Equal(0, Sco.Run("phase-diagram", config, "--out", whole, "--threads", "2").ExitCode);
        foreach (string file in new[] { "results.csv", "summary.json", "phase_diagram.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, file)), File.ReadAllBytes(Path.Combine(dir, "merged", file)));
        }
    }

    private sealed record BashOutcome(int ExitCode, string Error);

    /// <summary>Runs bash in <paramref name="directory"/>; null where bash is not installed.</summary>
    private static BashOutcome? Bash(string directory, string[] arguments, Dictionary<string, string> environment)
    {
        string? bash = SlurmSubmitter.FindOnPath("bash");
        if (bash is null)
        {
            return null;
        }

        var start = new ProcessStartInfo(bash)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = output.Result;
        return new BashOutcome(process.ExitCode, error);
    }
}
