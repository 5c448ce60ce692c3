using System.Globalization;

namespace SCOModel.Cli.Tests;

/// <summary>
/// The limits of README "Limits": a config beyond them (a grid too large to hold, a magnitude that would overflow the
/// engines to ±∞ or NaN) is bad input naming the field, refused at once with no output; at the limits themselves both
/// engines still give finite numbers.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class LimitsTests : IDisposable
{
    private const string Lattice = "\"lattice\": { \"kind\": \"square\", \"size\": [8, 8] }";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("\"deltaK\": 1e308, \"lnG\": 5, \"couplingK\": 60", "\"kind\": \"temperature-scan\", \"temperaturesK\": [100]", "$.model.deltaK")]
    [InlineData("\"deltaK\": 1000, \"lnG\": 1e308, \"couplingK\": 60", "\"kind\": \"temperature-scan\", \"temperaturesK\": [100]", "$.model.lnG")]
    [InlineData("\"deltaK\": 1000, \"lnG\": 5, \"couplingK\": -1e308", "\"kind\": \"temperature-scan\", \"temperaturesK\": [100]", "$.model.couplingK")]
    [InlineData("\"deltaK\": 1000, \"lnG\": 5, \"couplingK\": 60, \"longRangeK\": 2e7", "\"kind\": \"temperature-scan\", \"temperaturesK\": [100]", "$.model.longRangeK")]
    [InlineData("\"deltaK\": 1000, \"lnG\": 5, \"couplingK\": 60, \"deltaVA3\": 1e6", "\"kind\": \"temperature-scan\", \"temperaturesK\": [100]", "$.model.deltaVA3")]
    [InlineData("\"deltaK\": 1000, \"lnG\": 5, \"couplingK\": 60, \"deltaVA3\": 25", "\"kind\": \"temperature-scan\", \"temperaturesK\": [100], \"pressureGPa\": 1e306", "|pressure|")]
    [InlineData("\"deltaK\": 1000, \"lnG\": 5, \"couplingK\": 60", "\"kind\": \"temperature-loop\", \"fromK\": 100, \"toK\": 2e6, \"stepK\": 1e5", "temperature")]
    public void MagnitudesBeyondTheLimitsAreRefused(string model, string protocol, string named)
    {
        foreach (string engine in new[] { "mc", "meanfield" })
        {
            string config = _temp.File("beyond.json", Config(model, protocol));
            string output = _temp.Sub("out");
            var outcome = Sco.Run("run", config, "--out", output, "--engine", engine);
            Assert.Equal(2, outcome.ExitCode);
            Assert.Contains(named, outcome.Error);
            Assert.Contains("Limits", outcome.Error);
            Assert.False(Directory.Exists(output));
        }
    }

    [Theory]
    [InlineData("\"kind\": \"phase-diagram\", \"fromGPa\": 0, \"toGPa\": 1, \"stepGPa\": 0.0001, \"fromK\": 1, \"toK\": 1000, \"stepK\": 0.01")]
    [InlineData("\"kind\": \"equilibrium-scan\", \"fromK\": 1, \"toK\": 100000, \"stepK\": 1, \"ladderSubdivisions\": 1000")]
    public void GridsBeyondTenMillionPointsAreRefusedAtOnce(string protocol)
    {
        // Two billion points would take minutes and tens of GB just to list: refused from the axes alone.
        string config = _temp.File("grid.json", Config("\"deltaK\": 1000, \"lnG\": 5, \"couplingK\": 60", protocol));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = Sco.Run("run", config, "--out", _temp.Sub("out"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("$.protocol", outcome.Error);
        Assert.Contains("10,000,000", outcome.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("mc", 1)]
    [InlineData("mc", -1)]
    [InlineData("meanfield", 1)]
    [InlineData("meanfield", -1)]
    public void AtTheLimitsTheEnginesStayFinite(string engine, int sign)
    {
        string model = string.Create(CultureInfo.InvariantCulture,
            $"\"deltaK\": {sign * 1e7}, \"lnG\": {sign * 1e3}, \"couplingK\": {sign * 1e7}, \"longRangeK\": {sign * 1e7}, \"deltaVA3\": {sign * 1e5}");
        string protocol = string.Create(CultureInfo.InvariantCulture,
            $"\"kind\": \"temperature-loop\", \"temperaturesK\": [0.001, 1, 300, 100000, 1000000], \"pressureGPa\": {-sign * 1e4}, \"equilibrationSweeps\": 1, \"sweepsPerPoint\": 10");
        string config = _temp.File("edge.json", Config(model, protocol));
        string output = _temp.Sub("out");
        var outcome = Sco.Run("run", config, "--out", output, "--engine", engine);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var rows = File.ReadAllLines(Path.Combine(output, "results.csv")).Skip(1).ToArray();
        Assert.Equal(10, rows.Length);
        foreach (string row in rows)
        {
            var cells = row.Split(',');

            // n_HS, its error and the energy: finite numbers, n_HS a fraction.
            double nHs = double.Parse(cells[5], CultureInfo.InvariantCulture);
            Assert.InRange(nHs, 0, 1);
            Assert.True(double.IsFinite(double.Parse(cells[6], CultureInfo.InvariantCulture)), row);
            Assert.True(double.IsFinite(double.Parse(cells[7], CultureInfo.InvariantCulture)), row);
        }
    }

    private static string Config(string model, string protocol) =>
        $$"""{ "name": "limits", "model": { {{model}}, {{Lattice}} }, "protocol": { {{protocol}} } }""";
}
