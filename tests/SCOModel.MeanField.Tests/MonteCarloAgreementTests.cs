using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.MeanField.Tests.Support;
using SCOModel.MonteCarlo;
using Xunit.Abstractions;

namespace SCOModel.MeanField.Tests;

/// <summary>
/// The Monte Carlo of the all-to-all lattice (every pair z J/(N − 1)) converges to mean field as N → ∞: with
/// N = 10^4 its hysteresis loop must end within 1 K of the mean-field spinodals.
/// </summary>
/// <remarks>
/// Parameters: Δ = 2400 K, ln g = 12 (ΔH = 20 kJ/mol, ΔS = 99.8 J/(mol K), T1/2 = 200 K), z J = 300 K
/// (Γ = 600 K = 5 kJ/mol, 1.5 × the threshold): a 14 K loop whose spinodals are steep in T because the field
/// moves fast (dh/dT = ln g/2 = 6).
/// Why 1 K is honest, both ways:
/// <list type="bullet">
/// <item>Early escape. A finite system leaves a metastable state by crossing the barrier N ΔG; at 0.75 K inside the
/// spinodals that barrier is ≥ 33 T for N = 10^4 (asserted below from the molar G of the mean-field solutions), so
/// the chance to cross it during the whole run (≈ 2·10^4 sweeps, at roughly one attempt of the collective coordinate
/// per sweep) is ~2·10^4 e^(−33) ≈ 1e-10. The escape must happen within the last 0.75 K (in development,
/// 0.05–0.2 K early over three seeds).</item>
/// <item>Late jump. Past a spinodal by 0.25 K (one fine step) the heat-bath relaxation m ← tanh((J m + h)/T) passes
/// the bottleneck in ≈ π/√(F·F''/2) ≈ 50 sweeps (F ≈ 0.006, F'' ≈ 1.4 at the LS spinodal), well within the 150
/// equilibration sweeps of the point, so the jump is complete at the first point past it.</item>
/// <item>Reading. The crossing of n_HS = 1/2 is interpolated between the last point before and the first after the
/// jump: within the 0.25 K step.</item>
/// </list>
/// Run time ≈ 4 s on two cores: 0.25 K steps only in 3 K windows around the spinodals, 4 K steps between.
/// </remarks>
public sealed class MonteCarloAgreementTests(ITestOutputHelper output)
{
    private const double DeltaK = 2400;
    private const double LnG = 12;
    private const double EffectiveCouplingK = 300;
    private const int Sites = 10_000;

    [Fact]
    public void AllToAllMonteCarloEndsItsLoopWithinOneKelvinOfTheMeanFieldSpinodals()
    {
        var lattice = new LatticeSpec(LatticeKind.AllToAll, [Sites], Boundary.Periodic, Coordination: 6);
        var modelConfig = new IsingLikeModelConfig
        {
            DeltaK = DeltaK,
            LnG = LnG,
            CouplingK = EffectiveCouplingK / 6,
            Lattice = lattice,
        };
        var meanField = SlichterDrickamerModel.FromIsingLike(modelConfig);
        var loop = meanField.Loop()!;
        double up = loop.Heating.TemperatureK;
        double down = loop.Cooling.TemperatureK;

        AssertBarrierAtLeast(meanField, up - 0.75, 33, heating: true);
        AssertBarrierAtLeast(meanField, down + 0.75, 33, heating: false);

        var protocol = new TemperatureLoop(Temperatures(up, down))
        {
            InitialState = InitialState.Ls,
            EquilibrationSweeps = 150,
            SweepsPerPoint = 150,
        };
        var config = new SimulationConfig("all-to-all vs mean field", 2025, modelConfig, protocol,
            new MonteCarloSettings(UpdateRule.HeatBath, Replicas: 2));
        var summary = TransitionSummary.Of(new MonteCarloEngine().Run(config, new RunContext(2)).Points);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mean field: up {up:F3} K, down {down:F3} K; Monte Carlo: up {summary.THalfUpK:F3} K, down {summary.THalfDownK:F3} K"));
        Assert.InRange(summary.THalfUpK!.Value, up - 1, up + 1);
        Assert.InRange(summary.THalfDownK!.Value, down - 1, down + 1);
    }

    /// <summary>Fine 0.25 K steps from 1 K outside to 2 K inside each spinodal, 4 K steps between, 3 K margins.</summary>
    private static double[] Temperatures(double up, double down)
    {
        static double Quarter(double t) => Math.Round(t * 4) / 4;
        var temperatures = new SortedSet<double> { Math.Round(down) - 3, Math.Round(up) + 3 };
        for (double t = Quarter(down) - 1; t <= Quarter(down) + 2; t += 0.25)
        {
            temperatures.Add(t);
        }

        for (double t = Quarter(down) + 4; t < Quarter(up) - 2; t += 4)
        {
            temperatures.Add(t);
        }

        for (double t = Quarter(up) - 2; t <= Quarter(up) + 1; t += 0.25)
        {
            temperatures.Add(t);
        }

        return temperatures.ToArray();
    }

    /// <summary>N [G(barrier) − G(metastable)] / (R T) from the molar G of §2 at the mean-field solutions.</summary>
    private static void AssertBarrierAtLeast(SlichterDrickamerModel model, double t, double minimum, bool heating)
    {
        var solutions = model.Solutions(t);
        Assert.Equal(3, solutions.Count);
        var metastable = heating ? solutions[0] : solutions[2];
        double deltaH = DeltaK * MolarFormulas.R, deltaS = LnG * MolarFormulas.R, gamma = 2 * EffectiveCouplingK * MolarFormulas.R;
        double barrier = MolarFormulas.Gibbs(solutions[1].NHs, t, deltaH, deltaS, gamma)
            - MolarFormulas.Gibbs(metastable.NHs, t, deltaH, deltaS, gamma);
        Assert.True(Sites * barrier / (MolarFormulas.R * t) >= minimum,
            $"barrier at {t} K is only {Sites * barrier / (MolarFormulas.R * t)} T");
    }
}
