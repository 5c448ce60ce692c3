using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.MonteCarlo;
using SCOModel.Validation.Tests.References;
using SCOModel.Validation.Tests.Support;
using Xunit.Abstractions;

namespace SCOModel.Validation.Tests;

/// <summary>
/// The equilibrium scan (parallel tempering) against exact results: the 4 × 4 enumeration through the transition,
/// and on a 16 × 16 square lattice with J = 100 K, T_eq = 200 K &lt; T_c = 226.9 K (first order), the equilibrium
/// T1/2 at T_eq and the equilibrium jump at Yang's m0 — where a loop shows only its metastable branches.
/// </summary>
public sealed class EquilibriumSamplingTests(ITestOutputHelper output)
{
    private const double CouplingK = 100;

    private static EquilibriumScan Scan(double[] temperaturesK, int equilibration, int sweeps, int exchangeEvery = 1,
        int subdivisions = 1, InitialState initial = InitialState.Random) => new(temperaturesK)
        {
            InitialState = initial,
            EquilibrationSweeps = equilibration,
            SweepsPerPoint = sweeps,
            ExchangeEvery = exchangeEvery,
            LadderSubdivisions = subdivisions,
        };

    private static RunResult Run(SimulationConfig config, int threads) =>
        new MonteCarloEngine().Run(config, new RunContext(threads));

    private void Print(RunResult result)
    {
        foreach (var p in result.Points)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{p.Point.TemperatureK,8} K  n_HS {p.NHs.Mean:F4} ± {p.NHs.StdErr:F4}  tau {p.NHsTauIntSweeps:F1}"));
        }

        foreach (var r in result.ExchangeRates ?? [])
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.LowerK,8}–{r.UpperK,-8} K  acceptance {r.Acceptance:F3} of {r.Attempts}"));
        }

        foreach (var w in result.Warnings)
        {
            output.WriteLine("warning: " + w);
        }
    }

    [Fact]
    public void FourByFourMatchesExactEnumerationThroughTheTransition()
    {
        double[] temperatures = [170, 180, 190, 195, 200, 205, 210, 220, 230];
        var config = Simulation.Config(Simulation.Square(4), Simulation.DeltaK, Simulation.LnG, CouplingK,
            Scan(temperatures, 500, 20_000), UpdateRule.HeatBath);
        var result = Run(config, Environment.ProcessorCount);
        Print(result);
        var bonds = PeriodicBonds.Torus(4, 4);
        foreach (var t in temperatures)
        {
            var exact = ExactEnumeration.Compute(16, bonds, Simulation.DeltaK, Simulation.LnG, CouplingK, t);
            var point = result.Points.At(t, Branch.Equilibrium);
            StatisticalAssert.WithinSigmas(point.NHs, exact.HighSpinFraction, $"4x4, T = {t} K: n_HS", maxStdErr: 0.02);
            StatisticalAssert.WithinSigmas(point.EnergyPerSiteK, exact.EnergyPerSiteK, $"4x4, T = {t} K: energy");
        }
    }

    /// <summary>
    /// 16 × 16, J = 100 K, T_eq = 200 K (T_eq/T_c = 0.88). At T_eq the equilibrium n_HS is 1/2 by symmetry, so T1/2
    /// (linear interpolation) is T_eq up to the error of n(T_eq) over the slope. The jump n(T_eq + 1 K) − n(T_eq − 1 K)
    /// is Yang's m0(T_eq) up to three stated allowances: in-phase finite size ≤ L e^(−L/ξ) (ξ = 2.2, exact); the
    /// linear response to the field at ±1 K, β|h| k_BTχ with k_BTχ ≈ 0.0255 |t|^(−7/4) (the 2D Ising low-temperature
    /// amplitude; 1.06 here, so 0.013); the weight e^(−2 N m0 |β h|) ≈ 0.003 of the wrong phase at ±1 K, which lowers
    /// the jump by at most twice m0 times it. A plain scan or loop at these temperatures keeps its starting phase.
    /// </summary>
    [Fact]
    public void EquilibriumHalfAndJumpMatchTEqAndYang()
    {
        const int length = 16;
        double tEq = Simulation.EquilibriumTemperatureK;
        double[] temperatures =
        [
            160, 170, 178, 184, 189, 193, 196, 198, 199, 199.5, 200, 200.5, 201, 202, 204, 207, 211, 216, 222, 230, 240,
        ];
        var config = Simulation.Config(Simulation.Square(length), Simulation.DeltaK, Simulation.LnG, CouplingK,
            Scan(temperatures, 1000, 8000), UpdateRule.HeatBath);
        var result = Run(config, Environment.ProcessorCount);
        Print(result);
        Assert.Empty(result.Warnings);

        var atEq = result.Points.At(tEq, Branch.Equilibrium).NHs;
        StatisticalAssert.WithinSigmas(atEq, 0.5, "n_HS at T_eq (symmetry)", maxStdErr: 0.01);
        double slope = result.Points.At(200.5, Branch.Equilibrium).NHs.Mean - result.Points.At(199.5, Branch.Equilibrium).NHs.Mean;
        double tHalf = TransitionSummary.Of(result.Points).THalfK!.Value;
        StatisticalAssert.WithinSigmas(new Estimate(tHalf, atEq.StdErr / slope), tEq, "equilibrium T1/2");

        var below = result.Points.At(tEq - 1, Branch.Equilibrium).NHs;
        var above = result.Points.At(tEq + 1, Branch.Equilibrium).NHs;
        var jump = new Estimate(above.Mean - below.Mean, Math.Sqrt((above.StdErr * above.StdErr) + (below.StdErr * below.StdErr)));
        double m0 = Yang.SpontaneousMagnetisation(CouplingK, tEq);
        double finiteSize = length * Math.Exp(-length / Onsager.CorrelationLength(CouplingK, tEq));
        double betaH = Math.Abs((Simulation.LnG - (Simulation.DeltaK / (tEq - 1))) / 2);
        double reducedT = 1 - (tEq / (Onsager.CriticalTemperaturePerCoupling * CouplingK));
        double response = betaH * 0.0255 * Math.Pow(reducedT, -1.75);
        double wrongPhase = 2 * m0 * Math.Exp(-2 * length * length * m0 * betaH);
        output.WriteLine($"jump {jump}, m0 {m0}, allowances {finiteSize} + {response} + {wrongPhase}");
        StatisticalAssert.WithinSigmas(jump, m0, "equilibrium jump vs Yang's m0", finiteSize + response + wrongPhase,
            maxStdErr: 0.005);
    }

    [Fact]
    public void ResultIsTheSameForAnyThreadCount()
    {
        foreach (int replicas in new[] { 1, 3 })
        {
            var config = Simulation.Config(Simulation.Square(8), Simulation.DeltaK, Simulation.LnG, CouplingK,
                Scan([190, 195, 200, 205, 210], 50, 300, exchangeEvery: 2, subdivisions: 2), UpdateRule.HeatBath,
                replicas);
            var one = Run(config, 1);
            foreach (int threads in new[] { 2, 4 })
            {
                var many = Run(config, threads);
                Assert.Equal(one.Points, many.Points);
                Assert.Equal(one.ExchangeRates, many.ExchangeRates);
            }
        }
    }

    [Fact]
    public void ExchangeRatesAreCountedAndASparseLadderIsFlagged()
    {
        // Two rungs 20 K apart across T_eq on 16 × 16: exchanging the LS and HS phases costs ~exp(−2 m0 N Δb), Δb = 0.05.
        var config = Simulation.Config(Simulation.Square(16), Simulation.DeltaK, Simulation.LnG, CouplingK,
            Scan([190, 210], 100, 400, exchangeEvery: 2), UpdateRule.HeatBath, replicas: 2);
        var result = Run(config, Environment.ProcessorCount);
        var rate = Assert.Single(result.ExchangeRates!);
        Assert.Equal((190.0, 210.0), (rate.LowerK, rate.UpperK));

        // Measured sweeps 100..499, a round after every second sweep (rounds 50..249), pair (0, 1) on even rounds.
        Assert.Equal(2 * 100, rate.Attempts);
        Assert.InRange(rate.Acceptance, 0, 0.1);
        Assert.Contains(result.Warnings, w => w.Contains("190–210 K", StringComparison.Ordinal)
            && w.Contains("ladder is too sparse", StringComparison.Ordinal));

        // A dense ladder in one phase exchanges easily and is not flagged.
        var dense = Run(config with { Protocol = Scan([160, 162, 164, 166], 100, 400) }, Environment.ProcessorCount);
        Assert.All(dense.ExchangeRates!, r => Assert.InRange(r.Acceptance, 0.1, 1));
        Assert.DoesNotContain(dense.Warnings, w => w.Contains("parallel tempering", StringComparison.Ordinal));
    }
}
