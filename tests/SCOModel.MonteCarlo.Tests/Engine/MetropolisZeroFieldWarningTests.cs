namespace SCOModel.MonteCarlo.Tests.Engine;

/// <summary>
/// Metropolis under a fixed sweep order is not ergodic where zero-cost flips dominate: independent sites (J = 0) or a
/// chain at h = 0. The engine cannot fix that without changing the update rule, so it says so; heat bath, the
/// default, needs no warning.
/// </summary>
public class MetropolisZeroFieldWarningTests
{
    private static string Config(string lattice, double couplingK, string update, double temperatureK) => $$"""
        {
          "model": { "deltaK": 1000, "lnG": 5, "couplingK": {{couplingK}}, "lattice": {{lattice}} },
          "protocol": { "kind": "temperature-scan", "temperaturesK": [{{temperatureK}}],
                        "equilibrationSweeps": 0, "sweepsPerPoint": 2 },
          "monteCarlo": { "replicas": 1, "update": "{{update}}" }
        }
        """;

    private const string Chain = """{ "kind": "chain", "size": [16] }""";
    private const string Square = """{ "kind": "square", "size": [8, 8] }""";

    [Theory]
    [InlineData(Chain, 100.0)]
    [InlineData(Square, 0.0)]
    public void MetropolisAtZeroFieldOnAProneLatticeIsFlagged(string lattice, double couplingK)
    {
        var result = EngineRuns.Run(Config(lattice, couplingK, "metropolis", 200), threads: 1);
        var warning = Assert.Single(result.Warnings, w => w.Contains("Metropolis", StringComparison.Ordinal));
        Assert.Contains("heat-bath", warning);
        Assert.Contains("T = 200 K", warning);
    }

    [Theory]
    [InlineData(Chain, 100.0, "heat-bath", 200.0)]
    [InlineData(Chain, 100.0, "metropolis", 220.0)]
    [InlineData(Square, 100.0, "metropolis", 200.0)]
    public void OtherRunsAreNotFlagged(string lattice, double couplingK, string update, double temperatureK)
    {
        var result = EngineRuns.Run(Config(lattice, couplingK, update, temperatureK), threads: 1);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("Metropolis", StringComparison.Ordinal)); // 2 sweeps: short-run warning only
    }
}
