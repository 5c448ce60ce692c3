using System.Text.Json.Nodes;

namespace SCOModel.Cli.Tests;

/// <summary>The light examples run end to end: T(LIESST) and the LITH loop in summary.json, the time chart, the report.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class KineticRunTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Example(string name) => Path.Combine(RepositoryPaths.Examples, name);

    [Fact]
    public void TheLiesstExampleReportsTLiesstAndDrawsTheTimeSeries()
    {
        string output = _temp.Sub("liesst");
        var outcome = Sco.Run("run", Example("liesst.json"), "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("T(LIESST)", outcome.Out);

        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "summary.json")))!;
        Assert.InRange(summary["t_liesst_K"]!.GetValue<double>(), 40, 110);
        var rows = File.ReadAllLines(Path.Combine(output, "results.csv"));
        Assert.StartsWith("irradiation,10,", rows[1]);
        Assert.StartsWith("heating,", rows[^1]);
        Assert.All(rows.Skip(1), r => Assert.NotEqual(string.Empty, r.Split(',')[4]));
        foreach (string file in new[] { "n_hs_vs_time.svg", "n_hs_vs_T.svg", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }

        Assert.Contains("T(LIESST)", File.ReadAllText(Path.Combine(output, "report.html")));
    }

    [Fact]
    public void TheLithExampleShowsALightInducedLoop()
    {
        string output = _temp.Sub("lith");
        var outcome = Sco.Run("run", Example("lith.json"), "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "summary.json")))!;
        double up = summary["lith_up_K"]!.GetValue<double>();
        double down = summary["lith_down_K"]!.GetValue<double>();
        Assert.True(up - down > 2, $"LITH up {up} K, down {down} K");
        Assert.Equal(up - down, summary["lith_width_K"]!.GetValue<double>(), 9);
    }

    [Fact]
    public void ATimedProtocolWithoutKineticsIsRefused()
    {
        string config = File.ReadAllText(Example("relaxation.json"))
            .Replace("\"kinetics\": { \"attemptRatePerS\": 1e6, \"activationEnergyK\": 1500, \"tunnellingRatePerS\": 1e-7 }", "\"deltaVA3\": 0", StringComparison.Ordinal);
        Assert.DoesNotContain("kinetics", config);
        var outcome = Sco.Run("run", _temp.File("r.json", config), "--out", _temp.Sub("r"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("kinetics", outcome.Error);
    }
}
