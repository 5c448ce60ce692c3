using System.Text.Json.Nodes;
using SCOModel.Cli.Commands;

namespace SCOModel.Cli.Tests;

/// <summary>
/// `sco run` checkpoints completed paths and `sco run --resume DIR` continues an interrupted run: interrupted after
/// any number of paths (as Ctrl+C does, through the run's cancellation), once or several times, the resumed run writes
/// byte for byte the results.csv, summary.json, phase-diagram tables and charts of the uninterrupted run.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CheckpointResumeTests : IDisposable
{
    /// <summary>Four lines (paths) of a small Monte Carlo P–T grid.</summary>
    internal const string McGrid = """
        {
          "name": "checkpointed grid",
          "seed": 23,
          "model": {
            "kind": "ising-like", "deltaK": 1000, "lnG": 5, "couplingK": 60, "deltaVA3": 25,
            "lattice": { "kind": "square", "size": [8, 8] }
          },
          "protocol": {
            "kind": "phase-diagram", "pressuresGPa": [0, 0.05, 0.1, 0.2],
            "fromK": 150, "toK": 290, "stepK": 20, "equilibrationSweeps": 20, "sweepsPerPoint": 40
          },
          "monteCarlo": { "replicas": 2 }
        }
        """;

    private const string MeanFieldGrid = """
        {
          "name": "checkpointed mean-field grid",
          "model": {
            "kind": "ising-like", "deltaK": 1000, "lnG": 5, "couplingK": 60, "deltaVA3": 25,
            "lattice": { "kind": "square", "size": [8, 8] }
          },
          "protocol": {
            "kind": "phase-diagram", "pressuresGPa": [0, 0.1, 0.2, 0.3, 0.4],
            "fromK": 120, "toK": 300, "stepK": 2
          }
        }
        """;

    private const string Scan = """
        {
          "name": "checkpointed scan",
          "seed": 5,
          "model": {
            "kind": "ising-like", "deltaK": 1000, "lnG": 5, "couplingK": 60,
            "lattice": { "kind": "square", "size": [8, 8] }
          },
          "protocol": {
            "kind": "temperature-scan", "temperaturesK": [170, 185, 200, 215, 230, 245],
            "equilibrationSweeps": 20, "sweepsPerPoint": 40
          }
        }
        """;

    private static readonly string[] GridFiles = ["results.csv", "summary.json", "phase_diagram.csv", "phase_map.csv"];

    private readonly TempDirectory _temp = new();

    public void Dispose()
    {
        CheckpointedRun.PathRecorded = null;
        _temp.Dispose();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void MonteCarloGridInterruptedAfterSomePathsResumesToTheUninterruptedOutputs(int pathsBeforeInterrupt)
    {
        string config = _temp.File("grid.json", McGrid);
        string whole = _temp.Sub("whole");
        Ok(Sco.Run("phase-diagram", config, "--out", whole, "--threads", "2"));
        Assert.False(Directory.Exists(Path.Combine(whole, "checkpoint")), "a completed run leaves no checkpoint");
        Assert.False(File.Exists(Path.Combine(whole, "PARTIAL")));

        // One thread walks the paths one after the other, so the interruption falls exactly after the k-th.
        string resumed = _temp.Sub("resumed");
        var interrupted = Interrupt(pathsBeforeInterrupt, "phase-diagram", config, "--out", resumed, "--threads", "1",
            "--checkpoint-every-points", "1");
        Assert.Equal(3, interrupted.ExitCode);
        Assert.Contains($"sco run --resume {resumed}", interrupted.Error);
        Assert.False(File.Exists(Path.Combine(resumed, "results.csv")), "an interrupted run writes no results");
        Assert.True(File.Exists(Path.Combine(resumed, "PARTIAL")));
        var saved = Saved(resumed);
        Assert.Equal("interrupted", saved["status"]!.GetValue<string>());
        Assert.Equal(pathsBeforeInterrupt, saved["paths_done"]!.GetValue<int>());
        Assert.Equal(4, saved["path_count"]!.GetValue<int>());

        var outcome = Sco.Run("run", "--resume", resumed, "--threads", "2");
        Ok(outcome);
        Assert.Contains($"{pathsBeforeInterrupt} of 4 paths", outcome.Error);
        AssertSameFiles(whole, resumed, [.. GridFiles, .. SvgNames(whole)]);
        Assert.False(Directory.Exists(Path.Combine(resumed, "checkpoint")));
        Assert.False(File.Exists(Path.Combine(resumed, "PARTIAL")));

        // run.json of the resumed run: the whole protocol's points and spin-flip attempts, the same config.
        var single = JsonNode.Parse(File.ReadAllText(Path.Combine(whole, "run.json")))!;
        var after = JsonNode.Parse(File.ReadAllText(Path.Combine(resumed, "run.json")))!;
        Assert.True(JsonNode.DeepEquals(single["config"], after["config"]));
        Assert.Equal(single["points"]!.GetValue<int>(), after["points"]!.GetValue<int>());
        Assert.Equal(single["spin_flip_attempts"]!.GetValue<long>(), after["spin_flip_attempts"]!.GetValue<long>());
    }

    [Fact]
    public void MonteCarloScanInterruptedTwiceResumesToTheUninterruptedOutputs()
    {
        string config = _temp.File("scan.json", Scan);
        string whole = _temp.Sub("whole");
        Ok(Sco.Run("run", config, "--out", whole, "--threads", "2"));

        string resumed = _temp.Sub("resumed");
        Assert.Equal(3, Interrupt(2, "run", config, "--out", resumed, "--threads", "1", "--checkpoint-every-points", "1").ExitCode);
        Assert.Equal(2, Saved(resumed)["paths_done"]!.GetValue<int>());

        // The resumed run is interrupted in turn, two paths further on (the hook counts all paths done).
        Assert.Equal(3, Interrupt(4, "run", "--resume", resumed, "--threads", "1", "--checkpoint-every-points", "1").ExitCode);
        Assert.Equal(4, Saved(resumed)["paths_done"]!.GetValue<int>());

        Ok(Sco.Run("run", "--resume", resumed));
        AssertSameFiles(whole, resumed, ["results.csv", "summary.json", .. SvgNames(whole)]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void MeanFieldGridInterruptedResumesToTheUninterruptedOutputs(int pathsBeforeInterrupt)
    {
        string config = _temp.File("grid.json", MeanFieldGrid);
        string whole = _temp.Sub("whole");
        Ok(Sco.Run("phase-diagram", config, "--out", whole, "--engine", "meanfield"));

        string resumed = _temp.Sub("resumed");
        Assert.Equal(3, Interrupt(pathsBeforeInterrupt, "phase-diagram", config, "--out", resumed, "--engine", "meanfield",
            "--checkpoint-every-points", "1").ExitCode);
        Assert.Equal(pathsBeforeInterrupt, Saved(resumed)["paths_done"]!.GetValue<int>());
        Assert.Equal("meanfield", Saved(resumed)["engine"]!.GetValue<string>());

        // The engine comes from the checkpoint: no --engine needed.
        Ok(Sco.Run("phase-diagram", "--resume", resumed));
        AssertSameFiles(whole, resumed, [.. GridFiles, .. SvgNames(whole)]);
    }

    [Fact]
    public void ByDefaultPathsAreSavedByTimeAndAlwaysOnInterrupt()
    {
        // Default policy (every 5 minutes): after two quick paths nothing new is saved yet, but the run's start is.
        string config = _temp.File("scan.json", Scan);
        string directory = _temp.Sub("out");
        JsonNode? seen = null;
        CheckpointedRun.PathRecorded = (done, cancellation) =>
        {
            if (done == 2)
            {
                seen = Saved(directory);
                cancellation.Cancel();
            }
        };
        Assert.Equal(3, Sco.Run("run", config, "--out", directory, "--threads", "1").ExitCode);
        Assert.Equal(0, seen!["paths_done"]!.GetValue<int>());
        Assert.Equal("running", seen["status"]!.GetValue<string>());

        // Interrupting saves what is done.
        Assert.Equal(2, Saved(directory)["paths_done"]!.GetValue<int>());
    }

    [Fact]
    public void EveryPointsSavesAsSoonAsEnoughNewPointsAreDone()
    {
        string config = _temp.File("scan.json", Scan);
        string directory = _temp.Sub("out");
        var seen = new List<int>();
        CheckpointedRun.PathRecorded = (_, _) => seen.Add(Saved(directory)["points_done"]!.GetValue<int>());
        Ok(Sco.Run("run", config, "--out", directory, "--threads", "1", "--checkpoint-every-points", "2"));

        // One point per path of a scan: saved after every second path.
        Assert.Equal([0, 2, 2, 4, 4, 6], seen);
    }

    [Fact]
    public void AFailedRunKeepsItsCompletedPathsAndResumesToTheUninterruptedOutputs()
    {
        string config = _temp.File("scan.json", Scan);
        string whole = _temp.Sub("whole");
        Ok(Sco.Run("run", config, "--out", whole, "--threads", "2"));

        // A failure that is not an interruption, after three paths, with no save due (default policy: 5 minutes).
        string failed = _temp.Sub("failed");
        CheckpointedRun.PathRecorded = (done, _) =>
        {
            if (done == 3)
            {
                throw new InvalidOperationException("the disk is on fire");
            }
        };
        var outcome = Sco.Run("run", config, "--out", failed, "--threads", "1");
        CheckpointedRun.PathRecorded = null;
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("the disk is on fire", outcome.Error);
        Assert.Equal(3, Saved(failed)["paths_done"]!.GetValue<int>());
        Assert.Contains("failed", File.ReadAllText(Path.Combine(failed, "PARTIAL")));
        Assert.False(File.Exists(Path.Combine(failed, "results.csv")));

        Ok(Sco.Run("run", "--resume", failed, "--threads", "2"));
        AssertSameFiles(whole, failed, ["results.csv", "summary.json", .. SvgNames(whole)]);
        Assert.False(File.Exists(Path.Combine(failed, "PARTIAL")));
    }

    [Fact]
    public void ResumingACheckpointWithEveryPathDoneCountsTheWholeProtocol()
    {
        // Interrupted (SIGTERM, say) once its last path was saved, before the outputs were written.
        string config = _temp.File("grid.json", McGrid);
        string whole = _temp.Sub("whole");
        Ok(Sco.Run("phase-diagram", config, "--out", whole, "--threads", "2"));
        string killed = _temp.Sub("killed");
        Assert.Equal(3, Interrupt(4, "phase-diagram", config, "--out", killed, "--threads", "1").ExitCode);
        Assert.Equal(4, Saved(killed)["paths_done"]!.GetValue<int>());

        Ok(Sco.Run("run", "--resume", killed));
        AssertSameFiles(whole, killed, GridFiles);

        // 4 lines × 2 branches × 8 temperatures × 2 replicas × (20 + 40) sweeps × 64 sites, as the engine counts them.
        long expected = 4L * 2 * 8 * 2 * (20 + 40) * 64;
        var single = JsonNode.Parse(File.ReadAllText(Path.Combine(whole, "run.json")))!;
        var after = JsonNode.Parse(File.ReadAllText(Path.Combine(killed, "run.json")))!;
        Assert.Equal(expected, single["spin_flip_attempts"]!.GetValue<long>());
        Assert.Equal(expected, after["spin_flip_attempts"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/.")]
    public void ResumeIntoTheSameOutWrittenDifferentlyIsOneDirectory(string suffix)
    {
        string config = _temp.File("scan.json", Scan);
        string directory = _temp.Sub("out");
        Assert.Equal(3, Interrupt(2, "run", config, "--out", directory, "--threads", "1", "--checkpoint-every-points", "1").ExitCode);

        var outcome = Sco.Run("run", "--out", directory, "--resume", directory + suffix);
        Ok(outcome);
        Assert.True(File.Exists(Path.Combine(directory, "results.csv")));
    }

    private static Sco.Outcome Interrupt(int afterPaths, params string[] args)
    {
        CheckpointedRun.PathRecorded = (done, cancellation) =>
        {
            if (done >= afterPaths)
            {
                cancellation.Cancel();
            }
        };
        try
        {
            return Sco.Run(args);
        }
        finally
        {
            CheckpointedRun.PathRecorded = null;
        }
    }

    internal static JsonNode Saved(string directory) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "checkpoint", "checkpoint.json")))!;

    internal static string[] SvgNames(string directory) =>
        Directory.GetFiles(directory, "*.svg").Select(Path.GetFileName).OfType<string>().ToArray();

    internal static void AssertSameFiles(string expected, string actual, IEnumerable<string> names)
    {
        foreach (string name in names)
        {
            Assert.True(File.Exists(Path.Combine(actual, name)), $"{name} missing");
            Assert.True(File.ReadAllBytes(Path.Combine(expected, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name))),
                $"{name} differs from the uninterrupted run's");
        }
    }

    private static void Ok(Sco.Outcome outcome) => Assert.True(outcome.ExitCode == 0, outcome.Error);
}
