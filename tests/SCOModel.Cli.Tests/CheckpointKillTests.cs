using System.Diagnostics;
using System.Text.Json.Nodes;

namespace SCOModel.Cli.Tests;

/// <summary>
/// A real `sco` process: killed outright (SIGKILL, nothing saved on the way out) after it has checkpointed some paths,
/// then resumed, it ends with the outputs of an uninterrupted run; sent SIGTERM (a batch system's time limit), it
/// saves what is done, marks the directory PARTIAL and exits with code 3.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CheckpointKillTests : IDisposable
{
    /// <summary>Eight lines of a grid, a few tenths of a second each on one thread.</summary>
    private const string Grid = """
        {
          "name": "killed grid",
          "seed": 31,
          "model": {
            "kind": "ising-like", "deltaK": 1000, "lnG": 5, "couplingK": 60, "deltaVA3": 25,
            "lattice": { "kind": "square", "size": [16, 16] }
          },
          "protocol": {
            "kind": "phase-diagram", "pressuresGPa": [0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.14],
            "fromK": 150, "toK": 290, "stepK": 10, "equilibrationSweeps": 50, "sweepsPerPoint": 250
          }
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void KilledProcessResumesToTheUninterruptedOutputs()
    {
        string config = _temp.File("grid.json", Grid);
        string killed = _temp.Sub("killed");
        using (var child = StartSco("phase-diagram", config, "--out", killed, "--threads", "1", "--checkpoint-every-points", "1"))
        {
            int saved = WaitForSavedPaths(child, killed, 2);

            // While it runs, its checkpoint is locked: a second sco cannot resume into the same directory.
            var second = Sco.Run("run", "--resume", killed);
            Assert.Equal(2, second.ExitCode);
            Assert.Contains("another 'sco run' is writing to this directory", second.Error);

            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            Assert.InRange(saved, 2, 7);
        }

        Assert.False(File.Exists(Path.Combine(killed, "results.csv")));
        var resumed = Sco.Run("run", "--resume", killed, "--threads", "2");
        Assert.True(resumed.ExitCode == 0, resumed.Error);

        string whole = _temp.Sub("whole");
        var single = Sco.Run("phase-diagram", config, "--out", whole, "--threads", "2");
        Assert.True(single.ExitCode == 0, single.Error);
        CheckpointResumeTests.AssertSameFiles(whole, killed,
            ["results.csv", "summary.json", "phase_diagram.csv", "phase_map.csv"]);
    }

    [Fact]
    public void SigtermSavesMarksPartialAndExitsWithThree()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string config = _temp.File("grid.json", Grid);
        string directory = _temp.Sub("terminated");
        using var child = StartSco("phase-diagram", config, "--out", directory, "--threads", "1");
        WaitForSavedPaths(child, directory, 0);

        // Let the run get going (the default policy saves by time only, so what it has done is saved by SIGTERM).
        Thread.Sleep(300);
        using (var kill = Process.Start("kill", ["-TERM", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(child.WaitForExit(60_000), "sco did not stop on SIGTERM");
        string error = child.StandardError.ReadToEnd();
        Assert.True(child.ExitCode == 3, $"exit {child.ExitCode}: {error}");
        Assert.Contains("--resume", error);
        Assert.True(File.Exists(Path.Combine(directory, "PARTIAL")));
        Assert.Equal("interrupted", CheckpointResumeTests.Saved(directory)["status"]!.GetValue<string>());
        Assert.False(File.Exists(Path.Combine(directory, "results.csv")));
    }

    /// <summary>Starts the sco built with these tests, as a process of its own.</summary>
    private static Process StartSco(params string[] args)
    {
        string dll = typeof(Program).Assembly.Location; // sco.dll, next to the tests
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;

        // Drain stdout so that the child never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    /// <summary>Waits until the child's checkpoint holds at least <paramref name="paths"/> paths; returns how many.</summary>
    private static int WaitForSavedPaths(Process child, string directory, int paths)
    {
        var clock = Stopwatch.StartNew();
        string file = Path.Combine(directory, "checkpoint", "checkpoint.json");
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (child.HasExited)
            {
                Assert.Fail($"sco exited ({child.ExitCode}) before it was interrupted: {child.StandardError.ReadToEnd()}");
            }

            if (File.Exists(file))
            {
                // Written atomically: whatever is there is a whole checkpoint.
                int done = JsonNode.Parse(File.ReadAllText(file))!["paths_done"]!.GetValue<int>();
                if (done >= paths)
                {
                    return done;
                }
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException($"no checkpoint with {paths} paths in {directory} after a minute");
    }
}
