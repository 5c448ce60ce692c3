using SCOModel.Core.Protocols;

namespace SCOModel.MonteCarlo.Tests.Engine;

/// <summary>Deep in the LS (HS) phase nothing switches: the field h = (T ln g − Δ)/2 is hundreds of kelvin.</summary>
public class LowTemperatureTests
{
    private static string Config(string initial, string temperatures, double lnG = 5) => $$"""
        {
          "seed": 3,
          "model": { "deltaK": 1000, "lnG": {{lnG}}, "couplingK": 50,
                     "lattice": { "kind": "square", "size": [16, 16] } },
          "protocol": { "kind": "temperature-loop", "temperaturesK": {{temperatures}}, "initialState": "{{initial}}",
                        "equilibrationSweeps": 20, "sweepsPerPoint": 50 },
          "monteCarlo": { "replicas": 2 }
        }
        """;

    [Fact]
    public void AllLowSpinStartAtVeryLowTemperatureStaysLowSpin()
    {
        var result = EngineRuns.Run(Config("ls", "[10, 20, 30]"), threads: 2);
        Assert.Equal(6, result.Points.Count);
        Assert.All(result.Points, p =>
        {
            Assert.Equal(0, p.NHs.Mean);
            Assert.Equal(0, p.NHs.StdErr);
            Assert.Equal(1, p.NearestNeighbourCorrelation.Mean);
        });

        // E/N = −h(−1) − 2J for all LS on the square lattice (z/2 = 2 bonds per site).
        var first = result.Points[0];
        double h = 0.5 * ((10 * 5) - 1000);
        Assert.Equal(h - (2 * 50), first.EnergyPerSiteK.Mean, 9);
    }

    [Fact]
    public void AllHighSpinStartDeepInTheHighSpinPhaseStaysHighSpin()
    {
        // ln g = 30: at 1000 K flipping to LS costs ΔE/T ≈ 29 (probability e^-29), so nothing ever switches.
        // (With ln g = 5 a fraction 1/(1 + g) ≈ 0.7 % stays LS even at infinite temperature.)
        var result = EngineRuns.Run(Config("hs", "[1000, 900]", lnG: 30), threads: 1);
        Assert.All(result.Points, p => Assert.Equal(1, p.NHs.Mean));
        Assert.Equal([Branch.Cooling, Branch.Cooling, Branch.Heating, Branch.Heating], result.Points.Select(p => p.Branch));
    }

    [Fact]
    public void RandomStartAtVeryLowTemperatureRelaxesToLowSpin()
    {
        var result = EngineRuns.Run(Config("random", "[20]"), threads: 2);
        Assert.All(result.Points, p => Assert.Equal(0, p.NHs.Mean));
    }
}
