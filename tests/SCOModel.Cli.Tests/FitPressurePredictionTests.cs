using System.Globalization;
using System.Text.Json.Nodes;

namespace SCOModel.Cli.Tests;

/// <summary>
/// `sco fit` with ΔV: the fitted model's T1/2(P), spinodals and critical point (PHYSICS.md §2), checked against the
/// closed forms T1/2(P) = (ΔH + PΔV)/ΔS, dT1/2/dP = ΔV/ΔS and T1/2(P_c) = Γ/(2R) evaluated here from fit.json.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class FitPressurePredictionTests : IDisposable
{
    private const double R = 8.314462618;

    /// <summary>1 GPa × 1 Å^3 per molecule, in J/mol: 1e9 Pa × 1e-30 m^3 × N_A.</summary>
    private const double JoulePerMolPerGPaA3 = 1e-21 * 6.02214076e23;

    private readonly TempDirectory _temp = new();

    private static string Data => Path.Combine(RepositoryPaths.Examples, "fit", "chiT-synthetic.csv");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void DeltaVGivesTheSlopeTheTHalfLineAndTheCriticalPoint()
    {
        string output = _temp.Sub("fit");
        var outcome = Sco.Run("fit", Data, "--delta-v-A3", "25", "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("dT1/2/dP", outcome.Out);
        Assert.Contains("K/kbar", outcome.Out);

        var fit = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "fit.json")))!;
        double deltaH = Value(fit, "deltaH_kJmol") * 1000, deltaS = Value(fit, "deltaS_JmolK"), gamma = Value(fit, "gamma_kJmol") * 1000;
        var prediction = fit["pressure_prediction"]!;
        Assert.Equal(25, prediction["delta_v_A3"]!.GetValue<double>());
        Assert.Equal("given", prediction["delta_v_source"]!.GetValue<string>());

        // dT1/2/dP = ΔV/ΔS: 1 GPa Å^3 = 72.4297 K per molecule, times R per mole.
        double slope = 25 * 72.4297 * R / deltaS;
        Assert.Equal(slope, Number(prediction, "dt_half_dp_K_per_GPa"), slope * 1e-5);
        Assert.Equal(slope / 10, Number(prediction, "dt_half_dp_K_per_kbar"), slope * 1e-6);
        double slopeError = slope * fit["parameters"]!["deltaS_JmolK"]!["stderr"]!.GetValue<double>() / deltaS;
        Assert.Equal(slopeError, Number(prediction, "dt_half_dp_K_per_GPa_stderr"), slopeError * 1e-6);
        Assert.Equal(slopeError / 10, Number(prediction, "dt_half_dp_K_per_kbar_stderr"), slopeError * 1e-6);

        // The loop closes where T1/2(P_c) = Γ/(2R).
        double tc = gamma / (2 * R);
        double pc = Number(prediction, "critical_pressure_GPa");
        Assert.Equal(tc, Number(prediction, "critical_temperature_K"), tc * 1e-9);
        Assert.Equal(tc, (deltaH + (pc * 25 * JoulePerMolPerGPaA3)) / deltaS, tc * 1e-6);
        double pcError = Number(prediction, "critical_pressure_GPa_stderr");
        Assert.InRange(pcError, 1e-4, 0.1);

        // The table: 0 to 1 GPa in 0.05 steps; T1/2 on the Maxwell line; T↑ > T1/2 > T↓ below P_c, empty above.
        var rows = File.ReadAllLines(Path.Combine(output, "pressure_prediction.csv"));
        Assert.Equal("pressure_GPa,t_half_K,t_up_K,t_down_K,width_K", rows[0]);
        Assert.Equal(22, rows.Length);
        foreach (string row in rows.Skip(1))
        {
            var cells = row.Split(',');
            double p = double.Parse(cells[0], CultureInfo.InvariantCulture);
            double tHalf = double.Parse(cells[1], CultureInfo.InvariantCulture);
            double expected = (deltaH + (p * 25 * JoulePerMolPerGPaA3)) / deltaS;
            Assert.Equal(expected, tHalf, expected * 1e-6);
            if (p < pc)
            {
                var (up, down, width) = (Parse(cells[2]), Parse(cells[3]), Parse(cells[4]));
                Assert.True(up > tHalf && tHalf > down, row);
                Assert.Equal(up - down, width, 1e-9);
            }
            else
            {
                Assert.Equal(["", "", ""], cells[2..]);
            }
        }

        Assert.Equal(0, double.Parse(rows[1].Split(',')[0], CultureInfo.InvariantCulture));
        Assert.Equal(1, double.Parse(rows[^1].Split(',')[0], CultureInfo.InvariantCulture));
        Assert.True(File.Exists(Path.Combine(output, "pressure_prediction.svg")));
        string report = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("Predicted under pressure", report);
        Assert.Contains(Number(prediction, "dt_half_dp_K_per_GPa").ToString("F1", CultureInfo.InvariantCulture) + " ± ", report);
    }

    [Fact]
    public void CellVolumesGiveTheSamePredictionAsTheirDeltaV()
    {
        string byDeltaV = _temp.Sub("dv"), byCells = _temp.Sub("cells");
        var first = Sco.Run("fit", Data, "--delta-v-A3", "25", "--pressures-GPa", "0:0.5:0.1", "--out", byDeltaV);
        var second = Sco.Run("fit", Data, "--cell-volumes-A3", "2400,2500", "--molecules-per-cell", "4",
            "--pressures-GPa", "0:0.5:0.1", "--out", byCells);
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);

        string table = File.ReadAllText(Path.Combine(byDeltaV, "pressure_prediction.csv"));
        Assert.Equal(table, File.ReadAllText(Path.Combine(byCells, "pressure_prediction.csv")));
        Assert.Equal(8, table.Split('\n').Length); // header, 6 pressures, the final newline

        var prediction = JsonNode.Parse(File.ReadAllText(Path.Combine(byCells, "fit.json")))!["pressure_prediction"]!;
        var reference = JsonNode.Parse(File.ReadAllText(Path.Combine(byDeltaV, "fit.json")))!["pressure_prediction"]!;
        Assert.Equal("cell volumes", prediction["delta_v_source"]!.GetValue<string>());
        Assert.Equal(25, Number(prediction, "delta_v_A3"));
        Assert.Equal(4, prediction["molecules_per_cell"]!.GetValue<int>());
        foreach (string key in new[] { "dt_half_dp_K_per_GPa", "dt_half_dp_K_per_GPa_stderr", "critical_pressure_GPa" })
        {
            Assert.Equal(Number(reference, key), Number(prediction, key));
        }
    }

    [Fact]
    public void WithoutDeltaVThereIsNoPrediction()
    {
        string output = _temp.Sub("fit");
        var outcome = Sco.Run("fit", Data, "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.False(File.Exists(Path.Combine(output, "pressure_prediction.csv")));
        Assert.Null(JsonNode.Parse(File.ReadAllText(Path.Combine(output, "fit.json")))!["pressure_prediction"]);
        Assert.DoesNotContain("dT1/2/dP", outcome.Out);
    }

    [Theory]
    [InlineData("--cell-volumes-A3", "--cell-volumes-A3=-2400,2500", "--molecules-per-cell", "4")]
    [InlineData("--cell-volumes-A3", "--cell-volumes-A3", "2500,2400", "--molecules-per-cell", "4")]
    [InlineData("--cell-volumes-A3", "--cell-volumes-A3", "2400;2500", "--molecules-per-cell", "4")]
    [InlineData("--molecules-per-cell", "--cell-volumes-A3", "2400,2500", "--molecules-per-cell", "0")]
    [InlineData("--molecules-per-cell", "--cell-volumes-A3", "2400,2500")]
    [InlineData("--cell-volumes-A3", "--molecules-per-cell", "4")]
    [InlineData("--delta-v-A3", "--delta-v-A3", "25", "--cell-volumes-A3", "2400,2500", "--molecules-per-cell", "4")]
    [InlineData("--pressures-GPa", "--delta-v-A3", "25", "--pressures-GPa", "0:1")]
    [InlineData("--pressures-GPa", "--delta-v-A3", "25", "--pressures-GPa", "1:0:0.1")]
    [InlineData("--pressures-GPa", "--delta-v-A3", "25", "--pressures-GPa", "0:1:0")]
    [InlineData("--pressures-GPa", "--delta-v-A3", "25", "--pressures-GPa", "0:one:0.1")]
    [InlineData("--pressures-GPa", "--pressures-GPa", "0:1:0.1")]
    [InlineData("--two-step", "--two-step", "--delta-v-A3", "25")]
    public void BadPressureOptionsExitWith2NamingTheOption(string option, params string[] args)
    {
        string output = _temp.Sub("fit");
        var outcome = Sco.Run(["fit", Data, "--out", output, .. args]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(option, outcome.Error);
        Assert.False(Directory.Exists(output));
    }

    private static double Value(JsonNode fit, string name) => fit["parameters"]![name]!["value"]!.GetValue<double>();

    private static double Number(JsonNode node, string key) => node[key]!.GetValue<double>();

    private static double Parse(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);
}
