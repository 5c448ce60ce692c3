using System.Text.Json.Nodes;
using SCOModel.Cli.Commands;

namespace SCOModel.Cli.Tests;

/// <summary>
/// `sco run --resume DIR` refuses, with exit code 2 and a message naming the file or option, what it cannot continue
/// exactly: no checkpoint, a finished run, a truncated or edited checkpoint, another version, seed, config or engine;
/// bad checkpoint options are refused before anything runs.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CheckpointBadInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose()
    {
        CheckpointedRun.PathRecorded = null;
        _temp.Dispose();
    }

    [Fact]
    public void ADirectoryWithoutCheckpointIsRefused()
    {
        string empty = _temp.Sub("empty");
        Directory.CreateDirectory(empty);
        AssertBadInput(Sco.Run("run", "--resume", empty), empty, "holds no checkpoint/checkpoint.json");
        AssertBadInput(Sco.Run("run", "--resume", _temp.Sub("absent")), "absent", "does not exist");
    }

    [Fact]
    public void ACompletedRunIsRefused()
    {
        string config = _temp.File("grid.json", CheckpointResumeTests.McGrid);
        string done = _temp.Sub("done");
        Assert.Equal(0, Sco.Run("run", config, "--out", done, "--threads", "2").ExitCode);
        AssertBadInput(Sco.Run("run", "--resume", done), done, "already complete");
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("wrong-point-count")]
    [InlineData("unknown-path")]
    [InlineData("other-version")]
    public void ACorruptedCheckpointIsRefusedNamingTheFile(string damage)
    {
        string directory = Interrupted();
        string file = Path.Combine(directory, "checkpoint", "checkpoint.json");
        string text = File.ReadAllText(file);
        var json = JsonNode.Parse(text)!;
        var firstPath = json["points"]!["paths"]![0]!;
        switch (damage)
        {
            case "truncated":
                File.WriteAllText(file, text[..(text.Length / 2)]);
                break;
            case "garbage":
                File.WriteAllText(file, "\0\0\0not json");
                break;
            case "wrong-point-count":
                firstPath["points"]!.AsArray().RemoveAt(0);
                File.WriteAllText(file, json.ToJsonString());
                break;
            case "unknown-path":
                firstPath["path"] = 99;
                File.WriteAllText(file, json.ToJsonString());
                break;
            default:
                json["version"] = "0.0.1-other";
                File.WriteAllText(file, json.ToJsonString());
                break;
        }

        var outcome = Sco.Run("run", "--resume", directory);
        AssertBadInput(outcome, file, damage == "other-version" ? "version" : string.Empty);
        Assert.False(File.Exists(Path.Combine(directory, "results.csv")));
    }

    [Fact]
    public void AnotherSeedConfigOrEngineIsRefused()
    {
        string directory = Interrupted();
        string config = _temp.File("grid.json", CheckpointResumeTests.McGrid);
        AssertBadInput(Sco.Run("run", "--resume", directory, "--seed", "24"), "--seed", "differs");
        AssertBadInput(Sco.Run("run", config, "--resume", directory, "--seed", "24"), "grid.json", "seed 24 differs");
        string other = _temp.File("other.json", CheckpointResumeTests.McGrid.Replace("\"couplingK\": 60", "\"couplingK\": 61"));
        AssertBadInput(Sco.Run("run", other, "--resume", directory), "other.json", "differs from the config");
        AssertBadInput(Sco.Run("run", "--resume", directory, "--engine", "meanfield"), "--engine", "differs");
        AssertBadInput(Sco.Run("run", "--resume", directory, "--out", _temp.Sub("elsewhere")), "--out", "resumes");
        AssertBadInput(Sco.Run("run", "--resume", directory, "--shard", "1/2"), "--shard", "not checkpointed");

        // The same config file given again is fine.
        Assert.Equal(0, Sco.Run("run", config, "--resume", directory).ExitCode);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("phase-diagram")]
    public void ANewRunIntoAnUnfinishedRunIsRefusedUnlessRestarted(string command)
    {
        string directory = Interrupted();
        string config = _temp.File("grid.json", CheckpointResumeTests.McGrid);
        string file = Path.Combine(directory, "checkpoint", "checkpoint.json");
        byte[] saved = File.ReadAllBytes(file);

        // A requeued job or a forgotten --resume: refused, the checkpoint and the PARTIAL marker left as they were.
        var refused = Sco.Run(command, config, "--out", directory, "--threads", "1");
        AssertBadInput(refused, directory, "holds an unfinished run (1 of 4 paths saved)");
        Assert.Contains($"sco run --resume {directory}", refused.Error);
        Assert.Contains("--restart", refused.Error);
        Assert.Equal(saved, File.ReadAllBytes(file));
        Assert.True(File.Exists(Path.Combine(directory, "PARTIAL")));

        // --restart discards it and runs the whole protocol afresh.
        var restarted = Sco.Run(command, config, "--out", directory, "--threads", "2", "--restart");
        Assert.True(restarted.ExitCode == 0, restarted.Error);
        Assert.Contains("discarding the unfinished run", restarted.Error);
        Assert.False(Directory.Exists(Path.Combine(directory, "checkpoint")));
        Assert.False(File.Exists(Path.Combine(directory, "PARTIAL")));
        string whole = _temp.Sub("whole");
        Assert.Equal(0, Sco.Run(command, config, "--out", whole, "--threads", "2").ExitCode);
        CheckpointResumeTests.AssertSameFiles(whole, directory, ["results.csv", "summary.json"]);
    }

    [Fact]
    public void RestartWithResumeIsRefused()
    {
        string directory = Interrupted();
        AssertBadInput(Sco.Run("run", "--resume", directory, "--restart"), "--restart", "not both");
        Assert.True(File.Exists(Path.Combine(directory, "checkpoint", "checkpoint.json")));
    }

    [Theory]
    [InlineData("--checkpoint-every-points", "0")]
    [InlineData("--checkpoint-every-points", "-3")]
    [InlineData("--checkpoint-every-min", "-1")]
    [InlineData("--checkpoint-every-min", "NaN")]
    [InlineData("--checkpoint-every-min", "Infinity")]
    public void BadCheckpointOptionsAreRefusedBeforeRunning(string option, string value)
    {
        string config = _temp.File("grid.json", CheckpointResumeTests.McGrid);
        string directory = _temp.Sub("out");
        AssertBadInput(Sco.Run("run", config, "--out", directory, option, value), option, "expected");
        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    public void NeitherConfigNorResumeIsRefused() =>
        AssertBadInput(Sco.Run("run"), "config", "--resume DIR");

    /// <summary>A grid run interrupted after one of its four paths.</summary>
    private string Interrupted()
    {
        string config = _temp.File("grid.json", CheckpointResumeTests.McGrid);
        string directory = _temp.Sub("interrupted");
        CheckpointedRun.PathRecorded = (_, cancellation) => cancellation.Cancel();
        try
        {
            Assert.Equal(3, Sco.Run("run", config, "--out", directory, "--threads", "1").ExitCode);
        }
        finally
        {
            CheckpointedRun.PathRecorded = null;
        }

        return directory;
    }

    private static void AssertBadInput(Sco.Outcome outcome, string named, string problem)
    {
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(named, outcome.Error);
        Assert.Contains(problem, outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error);
    }
}
