using SCOModel.Cli.Commands;

namespace SCOModel.Cli.Tests;

/// <summary>
/// The wine-rack engine (mean field, PHYSICS.md §5) hands each path to the run's checkpoint as it completes, so an
/// interrupted wine-rack phase diagram resumes with only its missing lines and writes, byte for byte, the outputs of
/// an uninterrupted run (the per-point lattice observables and compressibilities included).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CheckpointWineRackTests : IDisposable
{
    /// <summary>Four pressure lines of the wine-rack net of examples/wine-rack-nlc.json, each a temperature loop.</summary>
    private const string Grid = """
        {
          "name": "checkpointed wine-rack grid",
          "model": {
            "kind": "wine-rack",
            "deltaK": 900, "lnG": 6, "interactionK": 550,
            "strutLengthLsA": 6, "strutLengthChangeA": 0.15,
            "hingeAngleLsDeg": 60, "hingeAngleChangeDeg": 0,
            "hingeStiffnessK": 130000, "strutStiffnessKPerA2": 125000,
            "layerSpacingA": 10
          },
          "protocol": {
            "kind": "phase-diagram", "pressuresGPa": [0, 0.1, 0.2, 0.3],
            "fromK": 100, "toK": 200, "stepK": 5
          }
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose()
    {
        CheckpointedRun.PathRecorded = null;
        _temp.Dispose();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void WineRackGridInterruptedAfterSomePathsResumesWithTheRestToTheUninterruptedOutputs(int pathsBeforeInterrupt)
    {
        string config = _temp.File("grid.json", Grid);
        string whole = _temp.Sub("whole");
        var single = Sco.Run("phase-diagram", config, "--out", whole, "--threads", "2");
        Assert.True(single.ExitCode == 0, single.Error);

        string resumed = _temp.Sub("resumed");
        CheckpointedRun.PathRecorded = (done, cancellation) =>
        {
            if (done >= pathsBeforeInterrupt)
            {
                cancellation.Cancel();
            }
        };
        var interrupted = Sco.Run("phase-diagram", config, "--out", resumed, "--threads", "1", "--checkpoint-every-points", "1");
        CheckpointedRun.PathRecorded = null;
        Assert.True(interrupted.ExitCode == 3, interrupted.Error);
        Assert.Equal(pathsBeforeInterrupt, CheckpointResumeTests.Saved(resumed)["paths_done"]!.GetValue<int>());

        // The resumed run walks only the lines not saved (the hook counts all paths done, saved ones included).
        int recorded = 0;
        CheckpointedRun.PathRecorded = (_, _) => recorded++;
        var outcome = Sco.Run("phase-diagram", "--resume", resumed, "--threads", "2");
        CheckpointedRun.PathRecorded = null;
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Equal(4 - pathsBeforeInterrupt, recorded);
        CheckpointResumeTests.AssertSameFiles(whole, resumed,
            ["results.csv", "summary.json", "phase_diagram.csv", "phase_map.csv", .. CheckpointResumeTests.SvgNames(whole)]);
    }
}
