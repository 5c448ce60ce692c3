using System.Text.Json.Nodes;

namespace SCOModel.Cli.Tests;

/// <summary>
/// `sco run` on a mechanoelastic config (PHYSICS.md §4): the model's engine runs, results.csv carries the geometric
/// observables, the snapshots become SVG pictures, run.json keeps the model, and the mean-field engine is refused.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class MechanoelasticRunTests : IDisposable
{
    private const string Config = """
        {
          "name": "small mechanoelastic hexagon",
          "seed": 3,
          "model": {
            "kind": "mechanoelastic",
            "deltaK": 1000, "lnG": 6.5, "activationEnergyK": 400,
            "radiusLsA": 2.0, "radiusHsA": 2.2, "springConstantKPerA2": 5000, "kappaA": 0.1,
            "lattice": { "kind": "triangular", "shape": "hexagon", "size": 3 },
            "snapshotsAtK": [150]
          },
          "protocol": {
            "kind": "temperature-loop", "fromK": 140, "toK": 160, "stepK": 10,
            "equilibrationSweeps": 10, "sweepsPerPoint": 20
          },
          "monteCarlo": { "replicas": 2 }
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ARunWritesTheGeometricObservablesAndTheSnapshots()
    {
        string output = _temp.Sub("me");
        var outcome = Sco.Run("run", _temp.File("c.json", Config), "--out", output, "--threads", "2");
        Assert.True(outcome.ExitCode == 0, outcome.Error);

        var rows = File.ReadAllLines(Path.Combine(output, "results.csv"));
        Assert.Contains(
            "a_A,a_A_stderr,b_A,b_A_stderr,gamma_deg,gamma_deg_stderr,nn_distance_A,nn_distance_A_stderr," +
            "area_per_molecule_A2,area_per_molecule_A2_stderr,mean_elongation_A,mean_elongation_A_stderr,rms_elongation_A", rows[0]);
        Assert.Equal(1 + 3 + 3, rows.Length);
        Assert.True(File.Exists(Path.Combine(output, "snapshot-heating-150K.svg")));
        Assert.True(File.Exists(Path.Combine(output, "snapshot-cooling-150K.svg")));
        Assert.Contains("<circle", File.ReadAllText(Path.Combine(output, "snapshot-cooling-150K.svg")));

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "run.json")))!;
        Assert.Equal("mc", manifest["engine"]!.GetValue<string>());
        Assert.Contains("\"mechanoelastic\"", manifest.ToJsonString());
    }

    [Fact]
    public void TheMeanFieldEngineIsRefusedWithAReason()
    {
        var outcome = Sco.Run("run", _temp.File("c.json", Config), "--engine", "meanfield", "--out", _temp.Sub("mf"));

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("Monte Carlo only", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownShapeIsNamedWithTheValidOnes()
    {
        var outcome = Sco.Run("run", _temp.File("c.json", Config.Replace("\"hexagon\"", "\"triangle\"", StringComparison.Ordinal)),
            "--out", _temp.Sub("bad"));

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("hexagon, disc, rectangle, periodic", outcome.Error, StringComparison.Ordinal);
    }
}
