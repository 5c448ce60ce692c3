using SCOModel.Core.Models;
using SCOModel.Core.Protocols;
using SCOModel.Validation.Tests.Support;

namespace SCOModel.Validation.Tests;

/// <summary>
/// Trapped sites (PHYSICS.md §2, incomplete transitions) set the plateaus exactly: exactly round(f N) sites never
/// leave HS and round(f' N) never leave LS, so every measured n_HS lies in [f, 1 − f'], and deep in the LS (HS) phase
/// the curve sits on f (1 − f').
/// </summary>
public sealed class TrappedSiteTests
{
    [Fact]
    public void TrappedFractionsBoundTheCurveAndSetItsPlateaus()
    {
        // 20 × 20 = 400 sites: 80 trapped HS and 40 trapped LS exactly.
        var protocol = new TemperatureScan([40, 120, 200, 300, 600]) { EquilibrationSweeps = 100, SweepsPerPoint = 400 };
        var config = Simulation.Config(Simulation.Square(20), Simulation.DeltaK, Simulation.LnG, 20, protocol);
        config = config with
        {
            Model = ((Core.Configuration.IsingLikeModelConfig)config.Model) with
            {
                Heterogeneity = new Heterogeneity { Trapped = new TrappedSites(0.2, 0.1), SampleSeed = 3 },
            },
        };
        var points = Simulation.Run(config);
        foreach (var point in points)
        {
            // The extremes of the samples are bounded, so the mean ± its spread is too.
            Assert.InRange(point.NHs.Mean, 0.2, 0.9);
        }

        // Far below T_eq = 200 K every switching site is LS: at 40 K, h = (T ln g − Δ)/2 = −400 K and the bonds shift
        // it by at most z J = 80 K, so a switching site is HS with probability below e^(−2·320/40) ≈ 1e-7. Far above,
        // the switching sites approach the two-level limit g/(1 + g) < 1, so the curve stays below 1 − f' = 0.9.
        Assert.Equal(0.2, points.At(40).NHs.Mean, 6);
        Assert.InRange(points.At(600).NHs.Mean, 0.8, 0.9);
    }
}
