using SCOModel.Core.Configuration;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;
using SCOModel.Validation.Tests.References;
using SCOModel.Validation.Tests.Support;

namespace SCOModel.Validation.Tests;

/// <summary>
/// Small periodic lattices against the exact sum over all their 2^N states (PHYSICS.md §1, "Exact references"): a ring
/// of 8 (J = 150 K, strongly correlated) and a 4 × 4 square lattice (J = 70 K, so T/J ≥ 2.4 stays above
/// T_c = 2.269 J and the small lattice switches freely between its LS- and HS-like states even at h = 0), for both
/// update rules. The references are the finite lattices themselves, so there is no finite-size allowance: a deviation
/// beyond 4 σ is a sampling bias of the engine (an update rule that is not ergodic or breaks detailed balance, a wrong
/// field or coupling, a wrong neighbour list). Bins are 2000 sweeps, many correlation times of these small systems.
/// </summary>
public sealed class SmallLatticeEnumerationTests
{
    private const string Ring = "ring 8";
    private const string Square = "square 4x4";

    [Theory]
    [InlineData(Ring, UpdateRule.Metropolis)]
    [InlineData(Ring, UpdateRule.HeatBath)]
    [InlineData(Square, UpdateRule.Metropolis)]
    [InlineData(Square, UpdateRule.HeatBath)]
    public void MonteCarloMatchesTheSumOverAllStatesInAField(string lattice, UpdateRule rule) =>
        Compare(lattice, rule, [170, 185, 215, 230]);

    /// <summary>
    /// At T_eq = 200 K, h = 0 exactly: the symmetric point, where an update rule's flaws are most visible. The ring
    /// runs heat bath only: Metropolis under a fixed sweep order is not ergodic on a chain at h = 0 (the engine warns).
    /// </summary>
    [Theory]
    [InlineData(Ring, UpdateRule.HeatBath)]
    [InlineData(Square, UpdateRule.Metropolis)]
    [InlineData(Square, UpdateRule.HeatBath)]
    public void MonteCarloMatchesTheSumOverAllStatesAtTEq(string lattice, UpdateRule rule) =>
        Compare(lattice, rule, [Simulation.EquilibriumTemperatureK]);

    private static void Compare(string lattice, UpdateRule rule, double[] temperatures)
    {
        var (spec, sites, bonds, couplingK) = lattice == Ring
            ? (Simulation.Chain(8), 8, PeriodicBonds.Ring(8), 150.0)
            : (new LatticeSpec(LatticeKind.Square, [4, 4]), 16, PeriodicBonds.Torus(4, 4), 70.0);
        var protocol = new TemperatureScan(temperatures) { EquilibrationSweeps = 1000, SweepsPerPoint = 32_000 };
        var points = Simulation.Run(Simulation.Config(spec, Simulation.DeltaK, Simulation.LnG, couplingK, protocol, rule));

        foreach (double t in temperatures)
        {
            var exact = ExactEnumeration.Compute(sites, bonds, Simulation.DeltaK, Simulation.LnG, couplingK, t);
            var point = points.At(t);
            string what = $"{lattice}, {rule}, J = {couplingK} K, T = {t} K";
            StatisticalAssert.WithinSigmas(point.NHs, exact.HighSpinFraction, $"{what}: n_HS", maxStdErr: 5e-3);
            StatisticalAssert.WithinSigmas(point.NearestNeighbourCorrelation, exact.NearestNeighbourCorrelation,
                $"{what}: nearest-neighbour correlation", maxStdErr: 5e-3);
            StatisticalAssert.WithinSigmas(point.EnergyPerSiteK, exact.EnergyPerSiteK, $"{what}: energy per site");
        }
    }
}
