using SCOModel.Core.Protocols;
using SCOModel.Validation.Tests.References;
using SCOModel.Validation.Tests.Support;

namespace SCOModel.Validation.Tests;

/// <summary>
/// Below T_c at h = 0 the square lattice is ordered: started all-LS it stays in the LS phase and started all-HS in
/// the HS phase (the barrier between them, ~2σL, is never crossed on a 64 × 64 lattice), and the two branches are
/// n_HS = (1 ∓ m0)/2 with Yang's m0 = [1 − sinh^(−4)(2J/T)]^(1/8) (PHYSICS.md §1, "Exact references").
/// </summary>
public sealed class YangMagnetisationTests
{
    private const int Length = 64;

    public static TheoryData<double, double, double, double> Cases => new()
    {
        // h = 0 at every temperature (Δ = 0, ln g = 0), J = 100 K: T/J = 1.9 and 2.1 (T_c/J = 2.269).
        { 0, 0, 100, 190 },
        { 0, 0, 100, 210 },

        // The SCO case of PHYSICS.md §1: h = 0 at T_eq = Δ/ln g = 200 K, J = 100 K, so T_eq/J = 2 < T_c/J.
        { Simulation.DeltaK, Simulation.LnG, 100, Simulation.EquilibriumTemperatureK },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BranchesFromLsAndHsStartsHaveYangsMagnetisation(double deltaK, double lnG, double couplingK,
        double temperatureK)
    {
        var (lsBranch, hsBranch) = Yang.HighSpinFractions(couplingK, temperatureK);

        // Finite-size allowance: within one phase of a periodic L × L lattice the magnetisation differs from the
        // infinite lattice's by terms ~ e^(−L/ξ); bounded generously by L e^(−L/ξ), ξ the exact correlation length
        // (ξ = 1.5, 3.6 and 2.2 for the three cases, so the allowance is at most 1.3e-6, vs σ ~ 2e-4).
        double finiteSize = Length * Math.Exp(-Length / Onsager.CorrelationLength(couplingK, temperatureK));
        Assert.True(finiteSize < 1e-5, $"allowance {finiteSize} at {temperatureK} K: too close to T_c for L = {Length}");

        foreach (var (start, expected) in new[] { (InitialState.Ls, lsBranch), (InitialState.Hs, hsBranch) })
        {
            var protocol = new TemperatureScan([temperatureK])
            {
                InitialState = start,
                EquilibrationSweeps = 200,
                SweepsPerPoint = 1600,
            };
            var point = Simulation.Run(Simulation.Config(Simulation.Square(Length), deltaK, lnG, couplingK, protocol))
                .At(temperatureK);
            StatisticalAssert.WithinSigmas(point.NHs, expected,
                $"{start} start, J = {couplingK} K, T = {temperatureK} K: n_HS", finiteSize, maxStdErr: 1e-3);
        }
    }
}
