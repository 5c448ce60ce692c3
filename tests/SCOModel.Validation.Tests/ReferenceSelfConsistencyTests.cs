using SCOModel.Core.Lattices;
using SCOModel.Validation.Tests.References;
using SCOModel.Validation.Tests.Support;

namespace SCOModel.Validation.Tests;

/// <summary>
/// The exact references are checked before they judge the engine: against each other (transfer matrix of a ring vs
/// enumeration of its 2^N states, the two-level formula vs enumeration at J = 0), against known special values and
/// series (elliptic integral, Onsager at T_c, low- and high-temperature expansions, Yang's low-temperature series),
/// and the hand-written periodic bond lists against the engine's <see cref="LatticeBuilder"/>. Pure arithmetic: no
/// Monte Carlo here.
/// </summary>
public sealed class ReferenceSelfConsistencyTests
{
    [Theory]
    [InlineData(3, 0.0, 100.0, 200.0)]
    [InlineData(8, -25.0, 150.0, 190.0)]
    [InlineData(8, 40.0, -60.0, 210.0)]
    [InlineData(12, 10.0, 300.0, 200.0)]
    public void TransferMatrixRingEqualsEnumerationOfTheRing(int sites, double fieldK, double couplingK, double temperatureK)
    {
        // The enumeration takes Δ and ln g: h = (T ln g − Δ)/2 with ln g = 0 gives Δ = −2h.
        var exact = ExactEnumeration.Compute(sites, PeriodicBonds.Ring(sites), -2 * fieldK, 0, couplingK, temperatureK);
        var (magnetisation, correlation) = TransferMatrixChain.Ring(sites, fieldK, couplingK, temperatureK);

        Assert.Equal((2 * exact.HighSpinFraction) - 1, magnetisation, 1e-12);
        Assert.Equal(exact.NearestNeighbourCorrelation, correlation, 1e-12);
    }

    [Theory]
    [InlineData(-30.0, 300.0, 195.0)]
    [InlineData(5.0, 150.0, 201.0)]
    [InlineData(50.0, 50.0, 220.0)]
    public void LongRingEqualsTheInfiniteChainFormula(double fieldK, double couplingK, double temperatureK)
    {
        // Finite-size corrections are (λ−/λ+)^N; for N = 1000 and these ξ ≤ 10 they are below double precision.
        var (magnetisation, _) = TransferMatrixChain.Ring(1000, fieldK, couplingK, temperatureK);
        Assert.Equal(TransferMatrixChain.InfiniteChainMagnetisation(fieldK, couplingK, temperatureK), magnetisation, 1e-12);
    }

    [Theory]
    [InlineData(150.0)]
    [InlineData(200.0)]
    [InlineData(260.0)]
    public void TwoLevelFormulaEqualsEnumerationWithoutCoupling(double temperatureK)
    {
        // Checks the Ising mapping h = (T ln g − Δ)/2 against n = g e^(−Δ/T)/(1 + g e^(−Δ/T)) (PHYSICS.md §1).
        var exact = ExactEnumeration.Compute(8, PeriodicBonds.Ring(8), Simulation.DeltaK, Simulation.LnG, 0, temperatureK);
        Assert.Equal(TwoLevelSystem.HighSpinFraction(Simulation.DeltaK, Simulation.LnG, temperatureK),
            exact.HighSpinFraction, 1e-12);
        Assert.Equal(TwoLevelSystem.IsingEnergyPerSiteK(Simulation.DeltaK, Simulation.LnG, temperatureK),
            exact.EnergyPerSiteK, 1e-9);
    }

    [Fact]
    public void EllipticIntegralHasItsKnownValues()
    {
        Assert.Equal(Math.PI / 2, Onsager.EllipticK(0), 1e-15);

        // K(1/√2) = Γ(1/4)² / (4 √π) = 1.8540746773013719...
        Assert.Equal(1.8540746773013719, Onsager.EllipticK(1 / Math.Sqrt(2)), 1e-14);
    }

    [Fact]
    public void OnsagerEnergyIsMinusRootTwoJAtTheCriticalPoint()
    {
        double tc = Onsager.CriticalTemperaturePerCoupling;
        Assert.Equal(2.269185314213022, tc, 1e-12);

        // u(T_c) = −√2 J; the formula is 0 · ∞ exactly at T_c, so approach it from both sides (|u − u_c| ~ t ln t).
        Assert.Equal(-Math.Sqrt(2), Onsager.EnergyPerSiteK(1, tc * (1 - 1e-9)), 1e-6);
        Assert.Equal(-Math.Sqrt(2), Onsager.EnergyPerSiteK(1, tc * (1 + 1e-9)), 1e-6);
    }

    [Fact]
    public void OnsagerEnergyFollowsTheLowTemperatureSeries()
    {
        // ln Z / N = 2K + e^(−8K) + 2 e^(−12K) + O(e^(−16K)) (one flipped spin, two adjacent ones), hence
        // u/J = −2 + 8 e^(−8K) + 24 e^(−12K) + O(e^(−16K)); at K = 1 the remainder is ~1e-5.
        double k = 1;
        double series = -2 + (8 * Math.Exp(-8 * k)) + (24 * Math.Exp(-12 * k));
        Assert.Equal(series, Onsager.EnergyPerSiteK(1, 1 / k), 3e-5);
    }

    [Fact]
    public void OnsagerEnergyFollowsTheHighTemperatureSeries()
    {
        // ln Z / N = ln 2 + 2 ln cosh K + t⁴ + 2 t⁶ + O(t⁸), t = tanh K (closed polygons per site), hence
        // u/J = −[2t + (4t³ + 12t⁵)(1 − t²)] + O(t⁷); at K = 0.1 the remainder is ~4e-6.
        double k = 0.1;
        double t = Math.Tanh(k);
        double series = -((2 * t) + (((4 * t * t * t) + (12 * Math.Pow(t, 5))) * (1 - (t * t))));
        Assert.Equal(series, Onsager.EnergyPerSiteK(1, 1 / k), 1e-5);
    }

    [Fact]
    public void YangMagnetisationHasItsLimitsAndLowTemperatureSeries()
    {
        double tc = Onsager.CriticalTemperaturePerCoupling;
        Assert.Equal(0, Yang.SpontaneousMagnetisation(1, tc * 1.01));
        Assert.InRange(Yang.SpontaneousMagnetisation(1, tc * (1 - 1e-8)), 0, 0.2);
        Assert.Equal(1, Yang.SpontaneousMagnetisation(1, 0.2), 1e-12);

        // m0 = 1 − 2x⁴ − 8x⁶ − 34x⁸ − 152x¹⁰ − ..., x = e^(−2K) (low-temperature series); at K = 1 the first
        // omitted term is ~3e-7.
        double x = Math.Exp(-2.0);
        double series = 1 - (2 * Math.Pow(x, 4)) - (8 * Math.Pow(x, 6)) - (34 * Math.Pow(x, 8));
        Assert.Equal(series, Yang.SpontaneousMagnetisation(1, 1), 1e-6);
    }

    [Fact]
    public void CorrelationLengthIsShortAwayFromAndDivergesAtTheCriticalPoint()
    {
        double tc = Onsager.CriticalTemperaturePerCoupling;
        Assert.InRange(Onsager.CorrelationLength(1, 2.6), 4, 5);
        Assert.InRange(Onsager.CorrelationLength(1, 2.1), 3, 4);
        Assert.True(Onsager.CorrelationLength(1, tc * (1 + 1e-6)) > 1e4);
        Assert.True(Onsager.CorrelationLength(1, tc * (1 - 1e-6)) > 1e4);
    }

    [Theory]
    [InlineData(LatticeKind.Chain, 8)]
    [InlineData(LatticeKind.Chain, 1000)]
    [InlineData(LatticeKind.Square, 4)]
    [InlineData(LatticeKind.Square, 64)]
    public void LatticeBuilderBuildsTheTextbookPeriodicBonds(LatticeKind kind, int length)
    {
        var spec = kind == LatticeKind.Chain ? Simulation.Chain(length) : Simulation.Square(length);
        var expected = kind == LatticeKind.Chain ? PeriodicBonds.Ring(length) : PeriodicBonds.Torus(length, length);

        var lattice = LatticeBuilder.Build(spec);

        Assert.Equal(PeriodicBonds.Canonical(expected), PeriodicBonds.Canonical(PeriodicBonds.Of(lattice)));
        Assert.Equal(expected.Count, lattice.BondCount);
    }
}
