using SCOModel.Core.Protocols;
using SCOModel.Validation.Tests.References;
using SCOModel.Validation.Tests.Support;

namespace SCOModel.Validation.Tests;

/// <summary>
/// The square lattice at h = 0 against Onsager's exact energy per site (PHYSICS.md §1, "Exact references"). With
/// Δ = 0 and ln g = 0 the field h = (T ln g − Δ)/2 vanishes at every temperature, and the engine's energy per site is
/// then −J Σ_&lt;ij&gt; s_i s_j / N, Onsager's u. Temperatures are away from T_c = 2.269185 J (= 226.9 K here), on
/// both sides, where the correlation length is a few lattice spacings.
/// </summary>
public sealed class OnsagerEnergyTests
{
    private const double CouplingK = 100;
    private const int Length = 64;

    [Fact]
    public void EnergyPerSiteMatchesOnsagerAwayFromTheCriticalPoint()
    {
        double[] temperatures = [180, 260, 320];
        var protocol = new TemperatureScan(temperatures) { EquilibrationSweeps = 300, SweepsPerPoint = 1600 };
        var points = Simulation.Run(Simulation.Config(Simulation.Square(Length), 0, 0, CouplingK, protocol));

        foreach (double t in temperatures)
        {
            // Finite-size allowance: on a periodic L × L lattice away from T_c the energy differs from the infinite
            // lattice's by terms ~ e^(−L/ξ); bounded generously by 2J L e^(−L/ξ) with ξ the exact correlation length.
            // ξ = 1.2, 4.3 and 1.8 at 180, 260 and 320 K, so the allowance is at most 4e-3 K (at 260 K), against
            // σ ~ 0.05 K: finite size is invisible at this precision.
            double xi = Onsager.CorrelationLength(CouplingK, t);
            double finiteSize = 2 * CouplingK * Length * Math.Exp(-Length / xi);
            Assert.True(finiteSize < 1e-2, $"allowance {finiteSize} K at {t} K: T too close to T_c for L = {Length}");

            StatisticalAssert.WithinSigmas(points.At(t).EnergyPerSiteK, Onsager.EnergyPerSiteK(CouplingK, t),
                $"energy per site at {t} K (T/J = {t / CouplingK})", finiteSize, maxStdErr: 0.2);
        }
    }
}
