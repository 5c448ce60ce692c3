namespace SCOModel.Cli.Tests;

/// <summary>
/// `sco run` on a 3D mechanoelastic config (issue #8): results.csv carries a, b, c, the three angles and the volume per
/// molecule, the snapshots taken at pressures are drawn as the sample's central slice and named by pressure, and a 2D
/// shape on a 3D lattice is bad input (exit 2, the field named, nothing written).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class MechanoelasticSpatialRunTests : IDisposable
{
    private const string Config = """
        {
          "name": "small fcc sphere",
          "seed": 3,
          "model": {
            "kind": "mechanoelastic",
            "deltaK": 1000, "lnG": 6.5, "activationEnergyK": 400,
            "radiusLsA": 2.0, "radiusHsA": 2.2, "springConstantKPerA2": 3000, "kappaA": 0.1,
            "lattice": { "kind": "fcc", "shape": "sphere", "size": 2 },
            "snapshotsAtGPa": [0.05]
          },
          "protocol": {
            "kind": "pressure-loop", "temperatureK": 165, "fromGPa": 0, "toGPa": 0.1, "stepGPa": 0.05,
            "initialState": "hs", "equilibrationSweeps": 10, "sweepsPerPoint": 10
          },
          "monteCarlo": { "replicas": 1 }
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ARunWritesTheSpatialObservablesAndCentralSliceSnapshotsByPressure()
    {
        string output = _temp.Sub("fcc");
        var outcome = Sco.Run("run", _temp.File("c.json", Config), "--out", output, "--threads", "1");
        Assert.True(outcome.ExitCode == 0, outcome.Error);

        var rows = File.ReadAllLines(Path.Combine(output, "results.csv"));
        Assert.Contains(
            "a_A,a_A_stderr,b_A,b_A_stderr,c_A,c_A_stderr,alpha_deg,alpha_deg_stderr,beta_deg,beta_deg_stderr,gamma_deg," +
            "gamma_deg_stderr,nn_distance_A,nn_distance_A_stderr,volume_per_molecule_A3", rows[0]);
        Assert.Equal(1 + 3 + 3, rows.Length);
        foreach (string branch in new[] { "compression", "decompression" })
        {
            string svg = File.ReadAllText(Path.Combine(output, $"snapshot-{branch}-0.05GPa.svg"));
            Assert.Contains("central slice", svg, StringComparison.Ordinal);
            Assert.Contains("P = 0.05 GPa", svg, StringComparison.Ordinal);
            Assert.Contains("<circle", svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AHexagonOfAnFccLatticeIsBadInput()
    {
        string output = _temp.Sub("bad");
        var outcome = Sco.Run("run", _temp.File("c.json", Config.Replace("\"sphere\"", "\"hexagon\"", StringComparison.Ordinal)),
            "--out", output);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("$.model.lattice.shape", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("cut to a cube or a sphere", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }
}
