using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.MonteCarlo;

namespace SCOModel.Validation.Tests.Support;

/// <summary>Builds configs through the public API and runs them with the Monte Carlo engine.</summary>
internal static class Simulation
{
    /// <summary>The fixed seed of every validation run (results are bit-identical for any thread count).</summary>
    public const ulong Seed = 20_250_611;

    /// <summary>The SCO parameters of the issue: Δ = 1000 K, ln g = 5, so T_eq = Δ / ln g = 200 K.</summary>
    public const double DeltaK = 1000;

    public const double LnG = 5;

    public const double EquilibriumTemperatureK = DeltaK / LnG;

    public static LatticeSpec Chain(int sites) => new(LatticeKind.Chain, [sites], Boundary.Periodic);

    public static LatticeSpec Square(int length) => new(LatticeKind.Square, [length, length], Boundary.Periodic);

    public static SimulationConfig Config(
        LatticeSpec lattice, double deltaK, double lnG, double couplingK, Protocol protocol,
        UpdateRule rule = UpdateRule.Metropolis, int replicas = 4, ulong seed = Seed) => new(
        $"validation {lattice}, J = {couplingK} K",
        seed,
        new IsingLikeModelConfig { Lattice = lattice, DeltaK = deltaK, LnG = lnG, CouplingK = couplingK },
        protocol,
        new MonteCarloSettings(rule, replicas));

    /// <summary>Runs with one thread per processor and returns the points in path order.</summary>
    public static IReadOnlyList<PointResult> Run(SimulationConfig config) =>
        new MonteCarloEngine().Run(config, new RunContext(Environment.ProcessorCount)).Points;

    /// <summary>The (single) point of a run at a temperature.</summary>
    public static PointResult At(this IReadOnlyList<PointResult> points, double temperatureK, Branch branch = Branch.Scan) =>
        points.Single(p => p.Branch == branch && p.Point.TemperatureK == temperatureK);
}
