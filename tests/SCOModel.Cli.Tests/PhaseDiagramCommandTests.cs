using System.Globalization;
using System.Text.Json.Nodes;

namespace SCOModel.Cli.Tests;

/// <summary>
/// `sco phase-diagram` writes the grid's table, maps, summary and charts; refuses configs that are not a grid; and
/// `sco run` of a pressure loop reports P1/2 on both branches.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class PhaseDiagramCommandTests : IDisposable
{
    private const string Grid = """
        {
          "name": "small grid",
          "seed": 3,
          "model": {
            "kind": "ising-like", "deltaK": 1000, "lnG": 5, "couplingK": 60, "deltaVA3": 25,
            "lattice": { "kind": "square", "size": [8, 8] }
          },
          "protocol": {
            "kind": "phase-diagram", "pressuresGPa": [0, 0.05, 0.2],
            "fromK": 150, "toK": 320, "stepK": 0.5
          }
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void MeanFieldGridWritesTheTableMapsSummaryAndCharts()
    {
        string output = _temp.Sub("grid");
        var outcome = Sco.Run("phase-diagram", _temp.File("grid.json", Grid), "--engine", "meanfield", "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("dT1/2/dP", outcome.Out);

        var table = File.ReadAllLines(Path.Combine(output, "phase_diagram.csv"));
        Assert.Equal("pressure_GPa,t_up_K,t_down_K,t_eq_K,width_K,t_up_stderr_K,t_down_stderr_K,width_stderr_K", table[0]);
        Assert.Equal(4, table.Length);

        // Mean field on a square lattice: Γ = 8 J = 480 K, so at P = 0 (T_eq = 200 K < Γ/2) there is a loop, and at
        // 0.2 GPa (T_eq = 272 K > 240 K) none; t_eq is Δ(P)/ln g.
        var first = table[1].Split(',');
        Assert.True(double.Parse(first[4], CultureInfo.InvariantCulture) > 5);
        Assert.Equal(200, double.Parse(first[3], CultureInfo.InvariantCulture), 9);
        var last = table[3].Split(',');
        Assert.Equal(0, double.Parse(last[4], CultureInfo.InvariantCulture), 9);

        var map = File.ReadAllLines(Path.Combine(output, "phase_map.csv"));
        Assert.Equal("branch,pressure_GPa,temperature_K,n_hs,n_hs_stderr", map[0]);
        Assert.Equal(File.ReadAllLines(Path.Combine(output, "results.csv")).Length, map.Length);

        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "summary.json")))!;
        double slope = summary["dt_half_dp_K_per_GPa"]!.GetValue<double>();
        Assert.Equal(summary["clausius_clapeyron_K_per_GPa"]!.GetValue<double>(), slope, slope * 0.05);
        Assert.Equal(slope / 10, summary["dt_half_dp_K_per_kbar"]!.GetValue<double>(), 9);
        var critical = summary["critical_point"]!;
        Assert.InRange(critical["pressure_GPa"]!.GetValue<double>(), 0.05, 0.2);
        Assert.Equal("temperature", summary["loop"]!.GetValue<string>());

        foreach (string chart in new[] { "phase_diagram.svg", "phase_map_heating.svg", "phase_map_cooling.svg", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(output, chart)), chart);
        }
    }

    [Fact]
    public void AConfigThatIsNotAGridIsRefusedWithExitCode2()
    {
        var outcome = Sco.Run("phase-diagram", _temp.File("loop.json", ExampleConfigs.Good), "--out", _temp.Sub("x"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("phase-diagram", outcome.Error);
        Assert.Contains("$.protocol.kind", outcome.Error);
    }

    [Fact]
    public void APressureLoopReportsPHalfOnBothBranches()
    {
        string config = Grid.Replace("""
            "kind": "phase-diagram", "pressuresGPa": [0, 0.05, 0.2],
                "fromK": 150, "toK": 320, "stepK": 0.5
            """, """
            "kind": "pressure-loop", "temperatureK": 210, "fromGPa": -0.1, "toGPa": 0.2, "stepGPa": 0.001
            """, StringComparison.Ordinal);
        Assert.Contains("pressure-loop", config);
        string output = _temp.Sub("ploop");
        var outcome = Sco.Run("run", _temp.File("ploop.json", config), "--engine", "meanfield", "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("P1/2 up", outcome.Out);

        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "summary.json")))!;
        double up = summary["p_half_up_GPa"]!.GetValue<double>();
        double down = summary["p_half_down_GPa"]!.GetValue<double>();
        Assert.True(up > down, $"compression {up} GPa, decompression {down} GPa");
        Assert.Equal(up - down, summary["pressure_width_GPa"]!.GetValue<double>(), 12);
        var rows = File.ReadAllLines(Path.Combine(output, "results.csv"));
        Assert.StartsWith("compression,210,", rows[1]);
        Assert.StartsWith("decompression,210,", rows[^1]);
    }
}
