using SCOModel.Cli.Commands;

namespace SCOModel.Cli.Tests;

/// <summary>
/// The Monte Carlo sweeps of a loop save each walk (spins, sweep counter, measured series) at point boundaries, so an
/// interrupted or killed single long loop goes on from the last saved point, not from its start, and still ends with
/// exactly the outputs of an uninterrupted run (every random number is a function of seed, path, replica, sweep, site).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CheckpointMidPathTests : IDisposable
{
    /// <summary>One hysteresis loop (22 points), two replicas: a single path, all of the run.</summary>
    private const string Loop = """
        {
          "name": "checkpointed loop",
          "seed": 17,
          "model": {
            "kind": "ising-like", "deltaK": 1000, "lnG": 5, "couplingK": 160,
            "lattice": { "kind": "square", "size": [8, 8] }
          },
          "protocol": { "kind": "temperature-loop", "fromK": 150, "toK": 250, "stepK": 10,
            "equilibrationSweeps": 20, "sweepsPerPoint": 60 },
          "monteCarlo": { "replicas": 2, "update": "metropolis" }
        }
        """;

    private const int LoopPoints = 22;

    private static readonly string[] LoopFiles = ["results.csv", "summary.json"];

    private readonly TempDirectory _temp = new();

    public void Dispose()
    {
        CheckpointedRun.PointRecorded = null;
        CheckpointedRun.PathRecorded = null;
        _temp.Dispose();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(LoopPoints + 5)]
    [InlineData((2 * LoopPoints) - 1)]
    public void LoopInterruptedInsideItsPathResumesFromTheLastPoint(int pointsBeforeInterrupt)
    {
        string config = _temp.File("loop.json", Loop);
        string whole = _temp.Sub("whole");
        Ok(Sco.Run("run", config, "--out", whole, "--threads", "2"));

        // One thread: replica 0 walks the loop, then replica 1; the interruption falls after the k-th point of the two.
        string resumed = _temp.Sub("resumed");
        CheckpointedRun.PointRecorded = (measured, cancellation) =>
        {
            if (measured == pointsBeforeInterrupt)
            {
                cancellation.Cancel();
            }
        };
        var interrupted = Sco.Run("run", config, "--out", resumed, "--threads", "1");
        CheckpointedRun.PointRecorded = null;
        Assert.Equal(3, interrupted.ExitCode);
        Assert.Contains("inside a path", interrupted.Error);

        var walks = CheckpointResumeTests.Saved(resumed)["walks"]!.AsArray();
        int saved = walks.Sum(w => w!["points_done"]!.GetValue<int>());
        Assert.Equal(pointsBeforeInterrupt, saved);

        // The resumed run measures only the points not saved.
        int measuredAfter = 0;
        CheckpointedRun.PointRecorded = (measured, _) => measuredAfter = measured;
        var outcome = Sco.Run("run", "--resume", resumed, "--threads", "1");
        CheckpointedRun.PointRecorded = null;
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Equal((2 * LoopPoints) - pointsBeforeInterrupt, measuredAfter);
        CheckpointResumeTests.AssertSameFiles(whole, resumed, [.. LoopFiles, .. CheckpointResumeTests.SvgNames(whole)]);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(30)]
    public void LoopKilledAfterATimedSaveResumesToTheUninterruptedOutputs(int pointsBeforeKill)
    {
        // A kill leaves the checkpoint as last written: copy it away at that moment and resume the copy.
        string config = _temp.File("loop.json", Loop);
        string whole = _temp.Sub("whole");
        string killed = _temp.Sub("killed");
        CheckpointedRun.PointRecorded = (measured, _) =>
        {
            if (measured == pointsBeforeKill)
            {
                Directory.CreateDirectory(Path.Combine(killed, "checkpoint"));
                File.Copy(Path.Combine(whole, "checkpoint", "checkpoint.json"), Path.Combine(killed, "checkpoint", "checkpoint.json"));
            }
        };
        Ok(Sco.Run("run", config, "--out", whole, "--threads", "1", "--checkpoint-every-points", "3"));
        CheckpointedRun.PointRecorded = null;

        var walks = CheckpointResumeTests.Saved(killed)["walks"]!.AsArray();
        Assert.NotEmpty(walks);
        Assert.Equal("running", CheckpointResumeTests.Saved(killed)["status"]!.GetValue<string>());

        Ok(Sco.Run("run", "--resume", killed, "--threads", "2"));
        CheckpointResumeTests.AssertSameFiles(whole, killed, LoopFiles);
    }

    [Fact]
    public void PhaseDiagramInterruptedOnTwoThreadsResumesToTheUninterruptedOutputs()
    {
        // Two lines in flight at once: the interruption catches both inside their paths, at whatever point each is.
        string config = _temp.File("grid.json", CheckpointResumeTests.McGrid);
        string whole = _temp.Sub("whole");
        Ok(Sco.Run("phase-diagram", config, "--out", whole, "--threads", "2"));

        string resumed = _temp.Sub("resumed");
        CheckpointedRun.PointRecorded = (measured, cancellation) =>
        {
            if (measured == 50)
            {
                cancellation.Cancel();
            }
        };
        Assert.Equal(3, Sco.Run("phase-diagram", config, "--out", resumed, "--threads", "2").ExitCode);
        CheckpointedRun.PointRecorded = null;
        Assert.NotEmpty(CheckpointResumeTests.Saved(resumed)["walks"]!.AsArray());

        Ok(Sco.Run("phase-diagram", "--resume", resumed, "--threads", "2"));
        CheckpointResumeTests.AssertSameFiles(whole, resumed,
            ["results.csv", "summary.json", "phase_diagram.csv", "phase_map.csv"]);
    }

    [Fact]
    public void AnEditedWalkIsRefusedNamingTheCheckpoint()
    {
        string config = _temp.File("loop.json", Loop);
        string directory = _temp.Sub("out");
        CheckpointedRun.PointRecorded = (measured, cancellation) =>
        {
            if (measured == 5)
            {
                cancellation.Cancel();
            }
        };
        Assert.Equal(3, Sco.Run("run", config, "--out", directory, "--threads", "1").ExitCode);
        CheckpointedRun.PointRecorded = null;

        string file = Path.Combine(directory, "checkpoint", "checkpoint.json");
        var json = CheckpointResumeTests.Saved(directory);
        json["walks"]![0]!["state"] = Convert.ToBase64String(new byte[] { 1, 2, 3, 4 });
        File.WriteAllText(file, json.ToJsonString());
        var outcome = Sco.Run("run", "--resume", directory);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(file, outcome.Error);
        Assert.Contains("walk", outcome.Error);
    }

    [Theory]
    [InlineData("site-count")]
    [InlineData("not-a-spin")]
    [InlineData("trapped-site-switched")]
    [InlineData("bytes-past-the-end")]
    public void AWalkThatDoesNotFitTheLatticeIsRefusedNamingTheCheckpoint(string damage)
    {
        // A third of the sites trapped LS: a walk of this sample never has one of them HS.
        string config = _temp.File("loop.json", damage == "trapped-site-switched"
            ? Loop.Replace("\"couplingK\": 160,", "\"couplingK\": 160, \"sampleSeed\": 3, \"trapped\": { \"lowSpin\": 0.3 },")
            : Loop);
        string directory = _temp.Sub("out");
        CheckpointedRun.PointRecorded = (measured, cancellation) =>
        {
            if (measured == 5)
            {
                cancellation.Cancel();
            }
        };
        Assert.Equal(3, Sco.Run("run", config, "--out", directory, "--threads", "1").ExitCode);
        CheckpointedRun.PointRecorded = null;

        // The walk's bytes: format, sweep counter, site count, one byte per spin, then the measured series.
        string file = Path.Combine(directory, "checkpoint", "checkpoint.json");
        var json = CheckpointResumeTests.Saved(directory);
        byte[] state = Inflate(Convert.FromBase64String(json["walks"]![0]!["state"]!.GetValue<string>()));
        const int Spins = 12;
        int sites = BitConverter.ToInt32(state, 8);
        Assert.Equal(64, sites);
        switch (damage)
        {
            case "site-count":
                // Read first and allocated before: two gigabytes asked for, an out-of-memory failure (exit 1).
                BitConverter.GetBytes(int.MaxValue).CopyTo(state, 8);
                break;
            case "not-a-spin":
                state[Spins + 17] = 2;
                break;
            case "trapped-site-switched":
                Assert.Contains(state.Skip(Spins).Take(sites), s => s == unchecked((byte)-1));
                state.AsSpan(Spins, sites).Fill(1);
                break;
            default:
                state = [.. state, 0];
                break;
        }

        json["walks"]![0]!["state"] = Convert.ToBase64String(Deflate(state));
        File.WriteAllText(file, json.ToJsonString());
        var outcome = Sco.Run("run", "--resume", directory);
        Assert.True(outcome.ExitCode == 2, outcome.Error);
        Assert.Contains(file, outcome.Error);
        Assert.Contains("walk", outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error);
        Assert.False(File.Exists(Path.Combine(directory, "results.csv")));
    }

    private static byte[] Inflate(byte[] bytes)
    {
        using var inflated = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return inflated.ToArray();
    }

    private static byte[] Deflate(byte[] bytes)
    {
        using var deflated = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(deflated, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(bytes);
        }

        return deflated.ToArray();
    }

    private static void Ok(Sco.Outcome outcome) => Assert.True(outcome.ExitCode == 0, outcome.Error);
}
