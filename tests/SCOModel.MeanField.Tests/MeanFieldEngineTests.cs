using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Lattices;
using SCOModel.Core.Models;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.MeanField.Tests;

/// <summary>The mean-field engine walks the Monte Carlo's protocols with the Slichter–Drickamer solution.</summary>
public class MeanFieldEngineTests
{
    private static SimulationConfig Config(IsingLikeModelConfig model, Protocol protocol) =>
        new("mean field", 1, model, protocol, new MonteCarloSettings());

    private static IsingLikeModelConfig Model(LatticeSpec lattice, double couplingK, double longRangeK = 0,
        IReadOnlyList<double>? byDirection = null) => new()
        {
            DeltaK = 1000,
            LnG = 5,
            CouplingK = couplingK,
            LongRangeK = longRangeK,
            CouplingByDirectionK = byDirection,
            Lattice = lattice,
        };

    public static TheoryData<LatticeSpec, double[]?> Lattices => new()
    {
        { new LatticeSpec(LatticeKind.Chain, [8]), null },
        { new LatticeSpec(LatticeKind.Square, [6, 6]), null },
        { new LatticeSpec(LatticeKind.Square, [6, 6]), [30, 70] },
        { new LatticeSpec(LatticeKind.Triangular, [6, 6]), [10, 20, 40] },
        { new LatticeSpec(LatticeKind.Honeycomb, [6, 6]), [10, 20, 40] },
        { new LatticeSpec(LatticeKind.Cubic, [4, 4, 4]), [10, 20, 40] },
    };

    /// <summary>Σ_j J_ij read off the built neighbour graph (a bulk site of a periodic lattice), plus 2G.</summary>
    [Theory]
    [MemberData(nameof(Lattices))]
    public void GammaIsTwiceTheNeighbourSumPlusTwoGOfTheBuiltLattice(LatticeSpec lattice, double[]? byDirection)
    {
        var config = Model(lattice, 50, longRangeK: 7, byDirection);
        var built = config.Build();
        int site = 0;
        double neighbourSum = 0;
        for (int e = built.Lattice.Offsets[site]; e < built.Lattice.Offsets[site + 1]; e++)
        {
            neighbourSum += built.EntryCouplingsK[e];
        }

        Assert.Equal(2 * (neighbourSum + (2 * 7)), SlichterDrickamerModel.FromIsingLike(config).GammaK, 9);
    }

    [Fact]
    public void AllToAllCouplesEveryPairWithZJOverNMinusOne()
    {
        var config = Model(new LatticeSpec(LatticeKind.AllToAll, [500], Boundary.Periodic, 4), 60);

        // (N − 1) partners × z J/(N − 1) = z J = 240 K: Γ = 480 K, a loop since 240 K > T_eq = 200 K.
        var model = SlichterDrickamerModel.FromIsingLike(config);
        Assert.Equal(480, model.GammaK, 9);
        Assert.NotNull(model.Loop());
        Assert.Equal(config.Build().GlobalCouplingK * 499, model.EffectiveCouplingK, 9);
    }

    [Fact]
    public void ScanTakesTheStableSolutionAndLoopFollowsTheMetastableBranches()
    {
        var config = Model(new LatticeSpec(LatticeKind.AllToAll, [10_000], Boundary.Periodic, 4), 60);
        var model = SlichterDrickamerModel.FromIsingLike(config);
        double[] temperatures = ValueRange.Inclusive(170, 230, 0.5);

        var scan = new MeanFieldEngine().Run(Config(config, new TemperatureScan(temperatures)), RunContext.Default);
        Assert.Equal(temperatures.Length, scan.Points.Count);
        foreach (var p in scan.Points)
        {
            Assert.Equal(Branch.Scan, p.Branch);
            Assert.Equal(model.StableSolution(p.Point.TemperatureK).NHs, p.NHs.Mean, 12);
            Assert.Equal(0, p.NHs.StdErr);
        }

        var loop = new MeanFieldEngine().Run(Config(config, new TemperatureLoop(temperatures)), RunContext.Default);
        Assert.Equal(0, loop.SpinFlipAttempts);
        var spinodals = model.Loop()!;
        foreach (var p in loop.Points)
        {
            double t = p.Point.TemperatureK;
            var solutions = model.Solutions(t);
            double expected = p.Branch == Branch.Heating
                ? (t < spinodals.Heating.TemperatureK ? solutions[0] : solutions[^1]).NHs
                : (t > spinodals.Cooling.TemperatureK ? solutions[^1] : solutions[0]).NHs;
            Assert.Equal(expected, p.NHs.Mean, 12);
        }

        // The summary's crossings are interpolated across the jump: within the grid step that holds the spinodal.
        var summary = TransitionSummary.Of(loop.Points);
        Assert.InRange(summary.THalfUpK!.Value, spinodals.Heating.TemperatureK - 0.5, spinodals.Heating.TemperatureK + 0.5);
        Assert.InRange(summary.THalfDownK!.Value, spinodals.Cooling.TemperatureK - 0.5, spinodals.Cooling.TemperatureK + 0.5);
    }

    [Fact]
    public void ALoopStartingHighCoolsFromTheHighSpinState()
    {
        var config = Model(new LatticeSpec(LatticeKind.AllToAll, [1000], Boundary.Periodic, 4), 60);
        var protocol = new TemperatureLoop(ValueRange.Inclusive(230, 170, 1)) { InitialState = InitialState.Hs };
        var points = new MeanFieldEngine().Run(Config(config, protocol), RunContext.Default).Points;
        Assert.Equal(Branch.Cooling, points[0].Branch);
        Assert.True(points[0].NHs.Mean > 0.9);
        Assert.True(points.Single(p => p.Branch == Branch.Cooling && p.Point.TemperatureK == 200).NHs.Mean > 0.5);
        Assert.True(points.Single(p => p.Branch == Branch.Heating && p.Point.TemperatureK == 200).NHs.Mean < 0.5);
    }

    /// <summary>
    /// The energy per site must be the Monte Carlo's H/N of the mean-field state. For a uniform configuration
    /// (all HS or all LS) H/N is exact in both: compared with Core's IsingLikeModel.EnergyPerSiteK on built lattices.
    /// The Monte Carlo's long-range term −G(M² − N)/N keeps a self-term G/N that mean field drops, and the all-to-all
    /// pair sum differs by z J/(2(N − 1)): the allowance is their sum, O(1/N).
    /// </summary>
    [Theory]
    [InlineData(LatticeKind.Square, 1)]
    [InlineData(LatticeKind.Square, -1)]
    [InlineData(LatticeKind.Triangular, 1)]
    [InlineData(LatticeKind.AllToAll, 1)]
    [InlineData(LatticeKind.AllToAll, -1)]
    public void EnergyPerSiteIsTheMonteCarlosHamiltonianPerSite(LatticeKind kind, int spin)
    {
        var lattice = kind == LatticeKind.AllToAll
            ? new LatticeSpec(kind, [100_000], Boundary.Periodic, 4)
            : new LatticeSpec(kind, [64, 64]);
        var config = Model(lattice, 40, longRangeK: 15);
        var built = config.Build();
        var spins = Enumerable.Repeat((sbyte)spin, built.Lattice.SiteCount).ToArray();
        double exact = built.EnergyPerSiteK(built.Measure(spins), 190, 0);

        var state = new MeanFieldSolution(spin > 0 ? 1 : 0, spin * double.PositiveInfinity, 0, SolutionStability.Stable);
        var point = MeanFieldEngine.Observe(SlichterDrickamerModel.FromIsingLike(config), Branch.Heating,
            new ControlPoint(190, 0), state, kind == LatticeKind.AllToAll);
        int n = built.Lattice.SiteCount;
        double allowance = (15.0 / n) + (kind == LatticeKind.AllToAll ? 4 * 40 / (2.0 * (n - 1)) : 0) + 1e-9;
        Assert.Equal(exact, point.EnergyPerSiteK.Mean, allowance);
        Assert.Equal(spin > 0 ? 1 : 0, point.NHs.Mean);
    }

    [Fact]
    public void EnergyOfAnAllToAllStateOfAnyMagnetisationMatchesTheExactPairSum()
    {
        // The all-to-all energy depends on M alone: the Monte Carlo's formula for M = N m is exact. With N = 10^6 the
        // O(1/N) self-term (z J/(2(N − 1)) = 1.2e-4 K) and rounding M to an integer (≤ 3e-4 K) stay below 1e-3 K.
        var config = Model(new LatticeSpec(LatticeKind.AllToAll, [1_000_000], Boundary.Periodic, 4), 60);
        var built = config.Build();
        var model = SlichterDrickamerModel.FromIsingLike(config);
        foreach (var solution in model.Solutions(200.5))
        {
            long magnetisation = (long)Math.Round(solution.Magnetisation * 1_000_000);
            double exact = built.EnergyPerSiteK(new ConfigurationMoments(magnetisation, 0, 0), 200.5, 0);
            var point = MeanFieldEngine.Observe(model, Branch.Scan, new ControlPoint(200.5, 0), solution, allToAll: true);
            Assert.Equal(exact, point.EnergyPerSiteK.Mean, 1e-3);
            Assert.True(double.IsNaN(point.NearestNeighbourCorrelation.Mean));
        }
    }

    [Fact]
    public void NearestNeighbourCorrelationIsTheSquaredMagnetisation()
    {
        var config = Model(new LatticeSpec(LatticeKind.Square, [16, 16]), 120);
        var points = new MeanFieldEngine().Run(Config(config, new TemperatureScan([150, 250])), RunContext.Default).Points;
        foreach (var p in points)
        {
            double m = (2 * p.NHs.Mean) - 1;
            Assert.Equal(m * m, p.NearestNeighbourCorrelation.Mean, 12);
        }
    }

    [Fact]
    public void PressureShiftsTheTransitionThroughPDeltaV()
    {
        var config = Model(new LatticeSpec(LatticeKind.Square, [16, 16]), 20) with { DeltaVA3 = 25 };
        var protocol = new TemperatureScan(ValueRange.Inclusive(150, 300, 0.25), PressureGPa: 0.1);
        var points = new MeanFieldEngine().Run(Config(config, protocol), RunContext.Default).Points;
        double expected = (1000 + (0.1 * 25 * 72.4297)) / 5;
        Assert.Equal(expected, TransitionSummary.Of(points).THalfK!.Value, 1);
    }

    [Fact]
    public void WarnsWhenMeanFieldPredictsALoopThatTheShortRangeLatticeLacks()
    {
        RunResult Run(LatticeSpec lattice, double j) => new MeanFieldEngine().Run(
            Config(Model(lattice, j), new TemperatureLoop([190, 200, 210])), RunContext.Default);

        // Square, J = 60 K: mean field 4J = 240 K > T_eq = 200 K, Onsager 2.269 J = 136 K < 200 K.
        string warning = Assert.Single(Run(new LatticeSpec(LatticeKind.Square, [8, 8]), 60).Warnings);
        Assert.Contains("square", warning, StringComparison.Ordinal);
        Assert.Empty(Run(new LatticeSpec(LatticeKind.Square, [8, 8]), 100).Warnings);
        Assert.Single(Run(new LatticeSpec(LatticeKind.Chain, [8]), 150).Warnings);
        Assert.Empty(Run(new LatticeSpec(LatticeKind.AllToAll, [100], Boundary.Periodic, 4), 60).Warnings);
    }

    [Fact]
    public void ReportsProgressAndHasItsName()
    {
        var engine = new MeanFieldEngine();
        Assert.Equal("meanfield", engine.Name);
        var reports = new List<double>();
        var config = Config(Model(new LatticeSpec(LatticeKind.Square, [8, 8]), 60), new TemperatureScan([190, 200, 210]));
        engine.Run(config, new RunContext(1, new SynchronousProgress(reports)));
        Assert.Equal([1.0 / 3, 2.0 / 3, 1.0], reports);
    }

    private sealed class SynchronousProgress(List<double> reports) : IProgress<double>
    {
        public void Report(double value) => reports.Add(value);
    }
}
