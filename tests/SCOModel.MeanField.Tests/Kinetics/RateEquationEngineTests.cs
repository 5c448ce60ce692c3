using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Kinetics;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;

namespace SCOModel.MeanField.Tests.Kinetics;

/// <summary>How the engine walks protocols in physical time: ramps, repeated times, observables, progress.</summary>
public class RateEquationEngineTests
{
    private static readonly KineticParameters Rates = new(AttemptRatePerS: 1e5, ActivationEnergyK: 1000);

    [Fact]
    public void TemperatureRunsLinearlyInTimeBetweenCoarsePoints()
    {
        // J_eff = 0, Δ = 2500 K (LS → HS below e^(−33)): dn/dt = −k_∞ e^(−E_a/T) n on T = 10 K + β t, so
        // n(T) = exp(−(k_∞/β) ∫_10^T e^(−E_a/T') dT'), by Simpson's rule here. 5 K between points: a rate held at
        // either end's temperature would be off by factors of e^(E_a ΔT/T²) ≈ 4.
        var config = KineticRuns.Model(0, Rates) with { DeltaK = 2500 };
        const double Beta = 0.3 / 60;
        var protocol = new Liesst(10, 0.1, 1000, ToK: 65, StepK: 5);
        var warming = KineticRuns.Run(config, protocol).Points.Where(p => p.Branch == Branch.Heating).ToArray();
        Assert.Equal(12, warming.Length);
        foreach (var p in warming)
        {
            double t = p.Point.TemperatureK;
            Assert.Equal(1000 + ((t - 10) / Beta), KineticRuns.Time(p), 1e-9);
            double exact = Math.Exp(-Rates.AttemptRatePerS / Beta * Simpson(x => Math.Exp(-Rates.ActivationEnergyK / x), 10, t));
            // Relative to 1e-6 while n_HS is large; below ~1e-4 the integrator's tolerance is absolute (1e-14 a step).
            Assert.True(Math.Abs(p.NHs.Mean - exact) <= (1e-6 * exact) + 1e-11, $"{t} K: {p.NHs.Mean} against {exact}");
        }

        Assert.True(warming[^1].NHs.Mean < 1e-6);
    }

    private static double Simpson(Func<double, double> f, double a, double b)
    {
        const int Intervals = 20_000;
        double h = (b - a) / Intervals, sum = f(a) + f(b);
        for (int k = 1; k < Intervals; k++)
        {
            sum += (k % 2 == 1 ? 4 : 2) * f(a + (k * h));
        }

        return sum * h / 3;
    }

    [Fact]
    public void PointsAtEqualTimesRecordTheStateAgain()
    {
        var config = KineticRuns.Model(60, Rates with { TunnellingRatePerS = 1e-3 });
        var relaxation = new Relaxation(20, 1000) { Irradiation = new IrradiationStep(0.01, 500) { Samples = 20 }, Samples = 20 };
        var points = KineticRuns.Run(config, relaxation).Points;
        var lit = points.Last(p => p.Branch == Branch.Irradiation);
        var dark = points.First(p => p.Branch == Branch.Relaxation);
        Assert.Equal(KineticRuns.Time(lit), KineticRuns.Time(dark));
        Assert.Equal(lit.NHs.Mean, dark.NHs.Mean);
        Assert.True(points[^1].NHs.Mean < dark.NHs.Mean);

        var lith = new LightInducedLoop([30, 20, 10], 0.01, 1);
        var loop = KineticRuns.Run(config, lith).Points;
        Assert.Equal(6, loop.Count);
        Assert.Equal(loop[2].NHs.Mean, loop[3].NHs.Mean);
        Assert.Equal(Branch.Heating, loop[3].Branch);
    }

    [Theory]
    [InlineData(LatticeKind.AllToAll)]
    [InlineData(LatticeKind.Square)]
    public void ObservablesFollowFromTheIntegratedFraction(LatticeKind kind)
    {
        const double Coupling = 60;
        var lattice = kind == LatticeKind.AllToAll
            ? new LatticeSpec(kind, [1000], Boundary.Periodic, 4)
            : new LatticeSpec(kind, [8, 8]);
        var config = KineticRuns.Model(Coupling, Rates) with { Lattice = lattice, CouplingK = Coupling / 4 };
        var run = KineticRuns.Run(config, new Relaxation(60, 10) { InitialState = InitialState.Hs, Samples = 10 });
        Assert.Equal(0, run.SpinFlipAttempts);
        foreach (var p in run.Points)
        {
            double m = (2 * p.NHs.Mean) - 1;
            double h = ((60 * KineticRuns.LnG) - KineticRuns.DeltaK) / 2;
            Assert.Equal(-(h * m) - (0.5 * Coupling * m * m), p.EnergyPerSiteK.Mean, 1e-9);
            Assert.Equal(0, p.EnergyPerSiteK.StdErr);
            if (kind == LatticeKind.AllToAll)
            {
                Assert.True(double.IsNaN(p.NearestNeighbourCorrelation.Mean));
            }
            else
            {
                Assert.Equal(m * m, p.NearestNeighbourCorrelation.Mean, 1e-12);
            }
        }
    }

    [Fact]
    public void NeedsTheKinetics()
    {
        var config = KineticRuns.Model(0, Rates) with { Kinetics = null };
        var error = Assert.Throws<InvalidOperationException>(() => KineticRuns.Run(config, new Relaxation(100, 10)));
        Assert.Contains("kinetics", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsProgressAndStopsWhenCancelled()
    {
        var config = new SimulationConfig("rate equation", 1, KineticRuns.Model(0, Rates), new Relaxation(100, 10) { Samples = 3 },
            new MonteCarloSettings());
        var reports = new List<double>();
        new MeanFieldEngine().Run(config, new RunContext(1, new SynchronousProgress(reports)));
        Assert.Equal([0.25, 0.5, 0.75, 1.0], reports);

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new MeanFieldEngine().Run(config, new RunContext(1, null, cancelled.Token)));
    }

    private sealed class SynchronousProgress(List<double> reports) : IProgress<double>
    {
        public void Report(double value) => reports.Add(value);
    }
}
