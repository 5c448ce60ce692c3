using SCOModel.Core.Models;
using SCOModel.Core.Protocols;
using SCOModel.Validation.Tests.References;
using SCOModel.Validation.Tests.Support;

namespace SCOModel.Validation.Tests;

/// <summary>
/// A checkerboard coupling alone, J_AB = K &lt; 0 and no J_AA (PHYSICS.md §2, per-sublattice couplings), at h = 0 on
/// a periodic square lattice of even side: the gauge s_i → ε_i s_i (ε = ±1 on A/B) maps it onto the ferromagnet with
/// J = |K|, so its energy per site is Onsager's at every temperature, and it orders (staggered) below
/// T_c = 2.269185 |K| (the staggered magnetisation itself is checked in the Monte Carlo tests).
/// </summary>
public sealed class CheckerboardAntiferroTests
{
    private const int Length = 48;
    private const double CouplingK = -100;

    [Theory]
    [InlineData(190)] // below T_c = 226.9 K
    [InlineData(280)] // above
    public void EnergyPerSiteIsOnsagersForTheGaugeMappedFerromagnet(double temperatureK)
    {
        var protocol = new TemperatureScan([temperatureK]) { InitialState = InitialState.Hs, EquilibrationSweeps = 300, SweepsPerPoint = 1600 };
        var config = Simulation.Config(Simulation.Square(Length), 0, 0, 0, protocol);
        config = config with
        {
            Model = ((Core.Configuration.IsingLikeModelConfig)config.Model) with
            {
                Heterogeneity = new Heterogeneity { CouplingBySublatticeK = new SublatticeCouplings(0, 0, CouplingK), Sublattices = Sublattices.Plain(SublatticePattern.Checkerboard) },
            },
        };

        // Finite size: corrections ~ e^(−L/ξ) per site; allowance L e^(−L/ξ) as in the Yang test (ξ exact).
        double finiteSize = Length * Math.Exp(-Length / Onsager.CorrelationLength(-CouplingK, temperatureK));
        Assert.True(finiteSize < 1e-3, $"allowance {finiteSize}: too close to T_c for L = {Length}");
        var point = Simulation.Run(config).At(temperatureK);
        StatisticalAssert.WithinSigmas(point.EnergyPerSiteK, Onsager.EnergyPerSiteK(-CouplingK, temperatureK),
            $"antiferro-like K = {CouplingK} K at {temperatureK} K: energy per site", finiteSize, maxStdErr: 0.5);

        // h = 0 and the A/B symmetry: n_HS = 1/2 on average either way (staggered order leaves it at 1/2).
        Assert.True(Math.Abs(point.NHs.Mean - 0.5) < 0.02, $"n_HS {point.NHs}");
    }
}
