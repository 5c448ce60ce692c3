using System.Globalization;
using System.Text.Json.Nodes;

namespace SCOModel.Cli.Tests;

/// <summary>run.json reports the autocorrelation time of the run, and results.csv the τ_int of each point.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RunManifestAutocorrelationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void RunJsonHoldsTheLargestAndMedianTauIntAndWhereTheLargestIs()
    {
        string output = _temp.Sub("out");
        Assert.Equal(0, Sco.Run("run", _temp.File("c.json", ExampleConfigs.Good), "--out", output).ExitCode);

        var autocorrelation = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "run.json")))!["autocorrelation"]!;
        double max = autocorrelation["tau_int_max_sweeps"]!.GetValue<double>();
        double median = autocorrelation["tau_int_median_sweeps"]!.GetValue<double>();
        Assert.True(max >= median && median >= 0.25, $"max {max}, median {median}");

        // The largest τ_int in run.json is the largest of the per-point column in results.csv, at the named point.
        var rows = File.ReadAllLines(Path.Combine(output, "results.csv"));
        int column = Array.IndexOf(rows[0].Split(','), "n_hs_tau_int_sweeps");
        Assert.True(column >= 11, "n_hs_tau_int_sweeps comes after the eleven contract columns");
        double largest = rows.Skip(1).Select(r => r.Split(',')[column]).Where(c => c.Length > 0)
            .Select(c => double.Parse(c, CultureInfo.InvariantCulture)).Max();
        Assert.Equal(largest, max);
        Assert.NotNull(autocorrelation["tau_int_max_at"]!["temperature_K"]);
    }

    [Fact]
    public void TheMeanFieldEngineHasNone()
    {
        string output = _temp.Sub("mf");
        Assert.Equal(0, Sco.Run("run", _temp.File("c.json", ExampleConfigs.Good), "--engine", "meanfield", "--out", output).ExitCode);
        Assert.Null(JsonNode.Parse(File.ReadAllText(Path.Combine(output, "run.json")))!["autocorrelation"]);
    }
}
