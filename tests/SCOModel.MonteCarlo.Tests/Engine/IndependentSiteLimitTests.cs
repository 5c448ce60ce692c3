namespace SCOModel.MonteCarlo.Tests.Engine;

/// <summary>
/// With J = 0 every site is independent: n_HS = g e^(−Δ/T) / (1 + g e^(−Δ/T)) (PHYSICS.md §1) for either update rule.
/// </summary>
public class IndependentSiteLimitTests
{
    [Theory]
    [InlineData("metropolis", 190.0)]
    [InlineData("metropolis", 210.0)]
    [InlineData("heat-bath", 190.0)]
    [InlineData("heat-bath", 205.0)]
    public void UncoupledSitesFollowTheTwoLevelBoltzmannLaw(string update, double temperature)
    {
        string json = $$"""
            {
              "seed": 17,
              "model": { "deltaK": 1000, "lnG": 5, "couplingK": 0,
                         "lattice": { "kind": "chain", "size": [4000] } },
              "protocol": { "kind": "temperature-scan", "temperaturesK": [{{temperature}}], "initialState": "random",
                            "equilibrationSweeps": 20, "sweepsPerPoint": 100 },
              "monteCarlo": { "replicas": 2, "update": "{{update}}" }
            }
            """;
        var point = Assert.Single(EngineRuns.Run(json, threads: 2).Points);
        double boltzmann = Math.Exp(5 - (1000 / temperature));
        double expected = boltzmann / (1 + boltzmann);
        Assert.InRange(point.NHs.Mean, expected - 0.01, expected + 0.01);
        Assert.True(point.NHs.StdErr is > 0 and < 0.005, $"stderr {point.NHs.StdErr}");
        Assert.InRange(Math.Abs(point.NHs.Mean - expected), 0, 5 * point.NHs.StdErr + 0.002);
    }
}
