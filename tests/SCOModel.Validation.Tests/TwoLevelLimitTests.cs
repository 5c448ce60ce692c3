using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;
using SCOModel.Validation.Tests.References;
using SCOModel.Validation.Tests.Support;

namespace SCOModel.Validation.Tests;

/// <summary>
/// J = 0 (PHYSICS.md §1, "Exact references"): without coupling every molecule is an independent two-level system and
/// n_HS(T) = g e^(−Δ/T) / (1 + g e^(−Δ/T)) exactly, on any lattice and for any size (no finite-size allowance).
/// Independence also fixes the neighbour correlation: ⟨s_i s_j⟩ = ⟨s⟩² = (2 n_HS − 1)².
/// </summary>
public sealed class TwoLevelLimitTests
{
    private const double CouplingK = 0;

    [Theory]
    [InlineData(UpdateRule.Metropolis)]
    [InlineData(UpdateRule.HeatBath)]
    public void HighSpinFractionIsTheTwoLevelBoltzmannFraction(UpdateRule rule)
    {
        double[] temperatures = [150, 180, 195, 210, 250, 300];
        var points = Run(rule, temperatures);

        foreach (double t in temperatures)
        {
            var point = points.At(t);
            double exact = TwoLevelSystem.HighSpinFraction(Simulation.DeltaK, Simulation.LnG, t);
            StatisticalAssert.WithinSigmas(point.NHs, exact, $"{rule} n_HS at {t} K", maxStdErr: 1e-3);

            // The energy of the effective Hamiltonian is −h ⟨s⟩ (checks the sign and the factor 1/2 of h).
            StatisticalAssert.WithinSigmas(point.EnergyPerSiteK,
                TwoLevelSystem.IsingEnergyPerSiteK(Simulation.DeltaK, Simulation.LnG, t),
                $"{rule} energy per site at {t} K");
            StatisticalAssert.WithinSigmas(point.NearestNeighbourCorrelation, Math.Pow((2 * exact) - 1, 2),
                $"{rule} ⟨s_i s_j⟩ at {t} K", maxStdErr: 2e-3);
        }
    }

    [Theory]
    [InlineData(UpdateRule.HeatBath)]
    public void AtTEqIndependentMoleculesAreHalfHighSpinAndUncorrelated(UpdateRule rule)
    {
        // At T_eq, h = 0: each molecule is HS with probability 1/2, independently of its neighbours. Heat bath only:
        // Metropolis under a fixed sweep order flips every spin at every sweep here (the engine warns).
        double t = Simulation.EquilibriumTemperatureK;
        var point = Run(rule, [t]).At(t);

        StatisticalAssert.WithinSigmas(point.NHs, 0.5, $"{rule} n_HS at T_eq", maxStdErr: 1e-3);
        StatisticalAssert.WithinSigmas(point.NearestNeighbourCorrelation, 0, $"{rule} ⟨s_i s_j⟩ at T_eq", maxStdErr: 2e-3);
    }

    private static IReadOnlyList<SCOModel.Core.Results.PointResult> Run(UpdateRule rule, double[] temperatures) =>
        Simulation.Run(Simulation.Config(
            Simulation.Square(32), Simulation.DeltaK, Simulation.LnG, CouplingK,
            new TemperatureScan(temperatures) { EquilibrationSweeps = 200, SweepsPerPoint = 1000 }, rule));
}
