using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Kinetics;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.MonteCarlo;
using SCOModel.Validation.Tests.References;
using SCOModel.Validation.Tests.Support;
using Xunit.Abstractions;

namespace SCOModel.Validation.Tests;

/// <summary>
/// Kinetic Monte Carlo in physical time (PHYSICS.md §3) against closed forms: independent molecules relax
/// exponentially at the sum of their two Arrhenius rates; without light the dynamics obeys detailed balance, so its
/// long-time state is the equilibrium of the Hamiltonian (exact enumeration of a 4x4 torus); a run is a pure function
/// of the seed, whatever the thread count.
/// </summary>
public sealed class KineticMonteCarloTests(ITestOutputHelper output)
{
    private static readonly KineticParameters Kinetics = new(1e5, 600);

    private static SimulationConfig Config(LatticeSpec lattice, double couplingK, Protocol protocol, int replicas) => new(
        "kinetic validation", Simulation.Seed,
        new IsingLikeModelConfig
        {
            DeltaK = Simulation.DeltaK,
            LnG = Simulation.LnG,
            CouplingK = couplingK,
            Lattice = lattice,
            Kinetics = Kinetics,
        },
        protocol,
        new MonteCarloSettings(UpdateRule.HeatBath, replicas) { MaxEventsPerSitePerStep = 100_000 });

    private static IReadOnlyList<PointResult> Run(SimulationConfig config, int threads = 2) =>
        new MonteCarloEngine().Run(config, new RunContext(threads)).Points;

    [Theory]
    [InlineData(60.0, 2.0)]
    [InlineData(200.0, 0.001)]
    public void IndependentMoleculesRelaxExponentiallyAtTheArrheniusRates(double temperatureK, double durationS)
    {
        // J = 0: dn/dt = k_LH (1 − n) − k_HL n, so n(t) = n_eq + (1 − n_eq) e^(−(k_HL + k_LH) t) from all HS, with
        // k_HL = k∞ e^(−Ea/T) and k_LH = k_HL g e^(−Δ/T) (at 200 K: T = T_eq, n_eq = 1/2).
        double down = 1e5 * Math.Exp(-600 / temperatureK);
        double up = down * Math.Exp(Simulation.LnG - (Simulation.DeltaK / temperatureK));
        double equilibrium = up / (up + down);
        var protocol = new Relaxation(temperatureK, durationS) { InitialState = InitialState.Hs, Samples = 12, Spacing = TimeSpacing.Linear };
        var points = Run(Config(new LatticeSpec(LatticeKind.Square, [32, 32]), 0, protocol, 16));
        foreach (var point in points)
        {
            double t = point.Point.TimeS!.Value;
            double exact = equilibrium + ((1 - equilibrium) * Math.Exp(-(up + down) * t));
            if (t > 0)
            {
                StatisticalAssert.WithinSigmas(point.NHs, exact, $"n_HS at t = {t} s, T = {temperatureK} K");
            }
        }
    }

    [Fact]
    public void WithoutLightTheLongTimeStateIsTheEquilibriumOfTheHamiltonian()
    {
        // 4x4 torus, J = 30 K at T = 200 K (T_eq): exact n_HS and ⟨s s⟩ by enumeration. The last 20 of 40 points,
        // ~25 events per site apart, are averaged (their error bars combined as independent).
        const double coupling = 30, temperature = 205;
        var lattice = new LatticeSpec(LatticeKind.Square, [4, 4]);
        var exact = ExactEnumeration.Compute(16, PeriodicBonds.Torus(4, 4), Simulation.DeltaK, Simulation.LnG, coupling, temperature);
        var protocol = new Relaxation(temperature, 0.04) { InitialState = InitialState.Ls, Samples = 40, Spacing = TimeSpacing.Linear };
        var points = Run(Config(lattice, coupling, protocol, 256));
        var late = points.Skip(21).ToArray();
        var n = new Estimate(late.Average(p => p.NHs.Mean), Math.Sqrt(late.Sum(p => p.NHs.StdErr * p.NHs.StdErr)) / late.Length);
        var c = new Estimate(late.Average(p => p.NearestNeighbourCorrelation.Mean),
            Math.Sqrt(late.Sum(p => p.NearestNeighbourCorrelation.StdErr * p.NearestNeighbourCorrelation.StdErr)) / late.Length);
        output.WriteLine($"n_HS {n.Mean:F4} ± {n.StdErr:F4} (exact {exact.HighSpinFraction:F4}); ⟨ss⟩ {c.Mean:F4} ± {c.StdErr:F4} (exact {exact.NearestNeighbourCorrelation:F4})");
        StatisticalAssert.WithinSigmas(n, exact.HighSpinFraction, "long-time n_HS", maxStdErr: 0.01);
        StatisticalAssert.WithinSigmas(c, exact.NearestNeighbourCorrelation, "long-time ⟨s s⟩", maxStdErr: 0.01);
    }

    [Fact]
    public void TLiesstOfIndependentMoleculesSolvesTheArrheniusRampCondition()
    {
        // J = 0, k0 = 0: on a ramp T = T0 + β t the decay dn/dT = −(k∞/β) e^(−Ea/T) n falls fastest where
        // Ea β / T*² = k∞ e^(−Ea/T*) (PHYSICS.md §3), found here by bisection.
        const double beta = 0.3 / 60, step = 0.25;
        var protocol = new Liesst(10, 0.05, 600, 50, RateKPerMin: 0.3, StepK: step) { InitialState = InitialState.Ls, Samples = 10 };
        var points = Run(Config(new LatticeSpec(LatticeKind.Square, [64, 64]), 0, protocol, 8));
        double lo = 20, hi = 50;
        for (int i = 0; i < 100; i++)
        {
            double mid = (lo + hi) / 2;
            (lo, hi) = (600 * beta / (mid * mid)) - (1e5 * Math.Exp(-600 / mid)) > 0 ? (mid, hi) : (lo, mid);
        }

        double? measured = KineticSummary.LiesstTemperatureK(points);
        output.WriteLine($"T(LIESST) = {measured:F3} K, closed form {lo:F3} K");
        Assert.NotNull(measured);
        Assert.InRange(measured.Value, lo - (2 * step), lo + (2 * step));
    }

    [Fact]
    public void ASlowerSweepRateGivesANarrowerThermalLoop()
    {
        // Square lattice, J = 100 K: T_eq = 200 K < T_c = 227 K, so the switching needs nucleation, whose waiting
        // time sets the loop: the slower the sweep, the earlier each branch switches. Rates in physical time:
        // k_HL(200 K) = 100 e^(−1000/200) ≈ 0.67 s^−1, so 10 K/min gives ~4 attempts per site per kelvin and
        // 0.2 K/min ~200.
        var kinetics = new KineticParameters(100, 1000);
        double Width(double rate)
        {
            var loop = new TemperatureLoop(ValueRange.Inclusive(170, 230, 1)) { InitialState = InitialState.Ls, RateKPerMin = rate };
            var config = Config(new LatticeSpec(LatticeKind.Square, [16, 16]), 100, loop, 4);
            config = config with { Model = ((IsingLikeModelConfig)config.Model) with { Kinetics = kinetics } };
            var summary = TransitionSummary.Of(Run(config));
            output.WriteLine($"{rate} K/min: T1/2 up {summary.THalfUpK:F2} K, down {summary.THalfDownK:F2} K");
            return summary.HysteresisWidthK!.Value;
        }

        double fast = Width(10), slow = Width(0.2);
        Assert.True(fast > slow + 2, $"width {fast} K at 10 K/min, {slow} K at 0.2 K/min");
        Assert.True(slow > 0, $"the slow loop still has a width ({slow} K): below T_c the lattice is bistable");
    }

    [Fact]
    public void ARunThatHitsTheEventCapSaysWhereAndStillRecordsEveryPoint()
    {
        // At 200 K, k ≈ 5e3 s^−1: one second between points asks for thousands of events per site; cap at 1.
        var protocol = new Relaxation(200, 3) { InitialState = InitialState.Hs, Samples = 3, Spacing = TimeSpacing.Linear };
        var config = Config(new LatticeSpec(LatticeKind.Square, [8, 8]), 0, protocol, 2);
        config = config with { MonteCarlo = config.MonteCarlo with { MaxEventsPerSitePerStep = 1 } };
        var result = new MonteCarloEngine().Run(config, new RunContext(1));
        Assert.Equal(4, result.Points.Count);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("stopped 3 of 4 steps early", warning);
        Assert.Contains("maxEventsPerSitePerStep", warning);
    }

    [Fact]
    public void TheSameSeedGivesTheSameRunForAnyThreadCount()
    {
        var protocol = new Liesst(10, 0.05, 200, 60, RateKPerMin: 6, StepK: 2) { InitialState = InitialState.Ls, Samples = 10 };
        var config = Config(new LatticeSpec(LatticeKind.Square, [16, 16]), 20, protocol, 3);
        Assert.Equal(Run(config, threads: 1), Run(config, threads: 2));
    }
}
