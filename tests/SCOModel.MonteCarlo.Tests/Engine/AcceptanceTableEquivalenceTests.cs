using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.MonteCarlo.Kernels;

namespace SCOModel.MonteCarlo.Tests.Engine;

/// <summary>
/// With a uniform J and no global coupling the kernels read tabulated probabilities; otherwise they evaluate exp per
/// site. A negligible long-range G (1e-9 K) switches the table off without changing the physics, and because every
/// random number is fixed by (seed, sweep, slot), both paths must walk the same trajectory.
/// </summary>
public class AcceptanceTableEquivalenceTests
{
    private static string Config(string update, string boundary, double longRangeK) => $$"""
        {
          "seed": 21,
          "model": { "deltaK": 1000, "lnG": 5, "couplingK": 30, "longRangeK": {{longRangeK}},
                     "lattice": { "kind": "triangular", "size": [12, 10], "boundary": "{{boundary}}" } },
          "protocol": { "kind": "temperature-loop", "temperaturesK": [190, 200, 210], "initialState": "random",
                        "equilibrationSweeps": 5, "sweepsPerPoint": 30 },
          "monteCarlo": { "replicas": 2, "update": "{{update}}" }
        }
        """;

    [Theory]
    [InlineData("metropolis", "periodic")]
    [InlineData("metropolis", "open")]
    [InlineData("heat-bath", "periodic")]
    [InlineData("heat-bath", "open")]
    public void TabulatedAndDirectProbabilitiesGiveTheSameTrajectory(string update, string boundary)
    {
        var tabulated = EngineRuns.Run(Config(update, boundary, 0), threads: 1);
        var direct = EngineRuns.Run(Config(update, boundary, 1e-9), threads: 1);
        Assert.Contains(tabulated.Points, p => p.NHs.Mean is > 0.02 and < 0.98);
        Assert.Equal(tabulated.Points.Select(p => p.NHs.Mean), direct.Points.Select(p => p.NHs.Mean));
        Assert.Equal(tabulated.Points.Select(p => p.NearestNeighbourCorrelation.Mean),
            direct.Points.Select(p => p.NearestNeighbourCorrelation.Mean));
    }

    [Theory]
    [InlineData(UpdateRule.Metropolis)]
    [InlineData(UpdateRule.HeatBath)]
    public void TableHoldsTheUpdateProbabilityOfEverySpinAndNeighbourSum(UpdateRule rule)
    {
        var config = EngineRuns.Parse(Config("metropolis", "open", 0));
        var model = ((IsingLikeModelConfig)config.Model).Build();
        const double t = 195;
        var conditions = SweepConditions.At(model, t, 0, rule);
        Assert.NotNull(conditions.Table);
        double h = model.Parameters.FieldK(t, 0);
        for (int s = -1; s <= 1; s += 2)
        {
            for (int n = -6; n <= 6; n++)
            {
                double local = h + (30 * n);
                double expected = rule == UpdateRule.HeatBath
                    ? 1 / (1 + Math.Exp(-2 * local / t))
                    : Math.Min(1, Math.Exp(-2 * s * local / t));
                Assert.Equal(expected, conditions.Table![s, n], 12);
            }
        }

        // No table where the local field is not a function of the neighbour sum alone.
        var withG = ((IsingLikeModelConfig)EngineRuns.Parse(Config("metropolis", "open", 5)).Model).Build();
        Assert.Null(SweepConditions.At(withG, t, 0, rule).Table);
    }
}
