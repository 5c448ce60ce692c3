using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Lattices;
using SCOModel.Core.PhaseDiagrams;
using SCOModel.Core.Protocols;
using SCOModel.Core.Units;
using SCOModel.MonteCarlo;
using SCOModel.Validation.Tests.Support;
using Xunit.Abstractions;

namespace SCOModel.Validation.Tests;

/// <summary>
/// Pressure in Monte Carlo (PHYSICS.md §1): Δ(P) = Δ + P ΔV moves T_eq = Δ(P)/ln g, so the transition line of a
/// P–T grid has the slope ΔV/ln g (χ = 72.4297 K per GPa Å^3). Weak coupling keeps every line gradual, and with
/// periodic boundaries n_HS(T_eq) = 1/2 exactly by the s → −s symmetry, so the measured T1/2 must sit on that line.
/// Also: the grid is deterministic, independent of the thread count, and equals its lines run alone.
/// </summary>
public sealed class PressureShiftTests(ITestOutputHelper output)
{
    private const double DeltaVA3 = 25;

    private static SimulationConfig Config(Protocol protocol, double couplingK, int length) => new(
        "pressure shift", Simulation.Seed,
        new IsingLikeModelConfig
        {
            DeltaK = Simulation.DeltaK,
            LnG = Simulation.LnG,
            CouplingK = couplingK,
            DeltaVA3 = DeltaVA3,
            Lattice = new LatticeSpec(LatticeKind.Square, [length, length], Boundary.Periodic),
        },
        protocol,
        new MonteCarloSettings(UpdateRule.HeatBath, 4));

    [Fact]
    public void WeakCouplingTransitionLineHasTheSlopeDeltaVOverLnG()
    {
        // J = 10 K: T_c = 22.7 K, far below T_eq ≈ 200–255 K: no loop, T1/2 = T_eq(P) on both branches.
        var grid = new PhaseDiagram([0, 0.05, 0.1, 0.15], ValueRange.Inclusive(192, 264, 3))
        {
            InitialState = InitialState.Ls,
            EquilibrationSweeps = 50,
            SweepsPerPoint = 200,
        };
        var config = Config(grid, 10, 16);
        var points = Simulation.Run(config);
        var analysis = PhaseDiagramAnalysis.Of(grid, points, ((IsingLikeModelConfig)config.Model).Parameters);
        double expected = DeltaVA3 * PhysicalUnits.KelvinFromPressureVolume(1, 1) / Simulation.LnG;
        double slope = analysis.SlopeKPerGPa!.Value;
        double error = analysis.SlopeStdErrKPerGPa!.Value;
        output.WriteLine($"dT1/2/dP = {slope:F2} ± {error:F2} K/GPa, ΔV/ln g = {expected:F2} K/GPa");
        StatisticalAssert.WithinSigmas(new Core.Results.Estimate(slope, error), expected, "dT1/2/dP (K/GPa)",
            maxStdErr: 0.05 * expected);
        Assert.All(analysis.Lines, l => Assert.False(l.IsBistable));
    }

    [Fact]
    public void GridIsThreadIndependentAndEqualsItsLinesRunAlone()
    {
        var grid = new PhaseDiagram([0, 0.1, 0.2], ValueRange.Inclusive(190, 250, 10))
        {
            InitialState = InitialState.Ls,
            EquilibrationSweeps = 10,
            SweepsPerPoint = 30,
        };
        var config = Config(grid, 100, 8);
        var one = new MonteCarloEngine().Run(config, new RunContext(1)).Points;
        var two = new MonteCarloEngine().Run(config, new RunContext(2)).Points;
        Assert.Equal(one, two);

        int offset = 0;
        foreach (var line in grid.Lines())
        {
            var alone = new MonteCarloEngine().Run(config with { Protocol = line }, new RunContext(2)).Points;
            Assert.Equal(alone, one.Skip(offset).Take(alone.Count));
            offset += alone.Count;
        }

        Assert.Equal(one.Count, offset);
    }
}
