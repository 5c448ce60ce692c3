using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;

namespace SCOModel.Cli.Tests;

/// <summary>
/// `sco fit`: from a measured curve to fitted ΔH, ΔS, Γ with errors, the charts, and a config that runs. The data are
/// made in the test from the Slichter–Drickamer closed form (PHYSICS.md §2), solved here by bisection.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class FitCommandTests : IDisposable
{
    private const double R = 8.314462618;
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void AGradualChiTCurveRoundTripsToItsParametersAndTheFittedConfigRuns()
    {
        // ΔH = 12 kJ/mol, ΔS = 60 J/(mol K) (T1/2 = 200 K), Γ = 2 kJ/mol < 2 R T1/2 = 3.3 kJ/mol: gradual, one root.
        var csv = new StringBuilder("temperature_K,chiT\n");
        var noise = new Random(5);
        for (double t = 120; t <= 280; t += 2)
        {
            double x = Bisect(y => Math.Log((1 - y) / y) - ((12000 + (2000 * (1 - (2 * y))) - (t * 60)) / (R * t)));
            double chiT = (3.0 * x) + (0.01 * (noise.NextDouble() - 0.5));
            csv.Append(CultureInfo.InvariantCulture, $"{t},{chiT}\n");
        }

        string output = _temp.Sub("fit");
        var outcome = Sco.Run("fit", _temp.File("chiT.csv", csv.ToString()), "--out", output, "--gamma-kJmol", "2");
        Assert.True(outcome.ExitCode == 0, outcome.Error);

        var fit = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "fit.json")))!;
        AssertParameter(fit, "deltaH_kJmol", 12);
        AssertParameter(fit, "deltaS_JmolK", 60);
        foreach (string file in new[] { "fit_residuals.csv", "fit.svg", "fit_residuals.svg", "report.html", "fitted-config.json" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }

        // The fitted config is a valid config that the Monte Carlo runs.
        var config = ConfigReader.ReadFile(Path.Combine(output, "fitted-config.json"));
        var ising = Assert.IsType<IsingLikeModelConfig>(config.Model);
        Assert.Equal(12000 / R, ising.DeltaK, 12000 / R * 0.05);
    }

    [Fact]
    public void AMalformedCellExitsWith2NamingTheLineAndColumn()
    {
        string data = _temp.File("bad.csv", "temperature_K,n_hs\n150,0.01\n160,0.02\n170,zero\n");
        var outcome = Sco.Run("fit", data, "--out", _temp.Sub("fit"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("line 4", outcome.Error);
        Assert.Contains("n_hs", outcome.Error);
        Assert.False(Directory.Exists(_temp.Sub("fit")));
    }

    [Fact]
    public void AFileWithoutAnObservableColumnExitsWith2()
    {
        string data = _temp.File("bad.csv", "temperature_K,magnetisation\n150,0.01\n");
        var outcome = Sco.Run("fit", data, "--out", _temp.Sub("fit"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("n_hs", outcome.Error);
    }

    [Fact]
    public void MetalOnlyAppliesToChiTData()
    {
        string data = _temp.File("n.csv", "temperature_K,n_hs\n150,0.01\n200,0.5\n250,0.99\n");
        var outcome = Sco.Run("fit", data, "--metal", "fe2", "--out", _temp.Sub("fit"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--metal", outcome.Error);
    }

    private static void AssertParameter(JsonNode fit, string name, double expected)
    {
        var parameter = fit["parameters"]![name]!;
        double value = parameter["value"]!.GetValue<double>();
        double error = parameter["stderr"]!.GetValue<double>();
        Assert.True(Math.Abs(value - expected) <= 4 * error, $"{name} = {value} ± {error}, expected {expected}");
        Assert.True(error < 0.1 * expected, $"{name} error {error} is not informative");
    }

    private static double Bisect(Func<double, double> f)
    {
        double lo = 1e-12, hi = 1 - 1e-12;
        for (int k = 0; k < 200; k++)
        {
            double mid = 0.5 * (lo + hi);
            if (f(lo) * f(mid) <= 0)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return 0.5 * (lo + hi);
    }
}
