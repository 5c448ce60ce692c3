using System.Diagnostics;
using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.MonteCarlo;
using SCOModel.MonteCarlo.Sampling;
using SCOModel.Validation.Tests.References;
using SCOModel.Validation.Tests.Support;
using Xunit.Abstractions;

namespace SCOModel.Validation.Tests;

/// <summary>
/// The Wang–Landau sampler of the equilibrium scan against the exact 4 × 4 enumeration: its density of states
/// g(Σ s s, M) bin by bin, and n_HS(T) through the transition (J = 100 K, T_eq = 200 K).
/// </summary>
public sealed class WangLandauTests(ITestOutputHelper output)
{
    private const double CouplingK = 100;
    private const double FinalLnF = 1e-5;
    private const int Replicas = 4;

    private static SimulationConfig Config(double[] temperaturesK, double finalLnF = FinalLnF, int replicas = Replicas) =>
        Simulation.Config(Simulation.Square(4), Simulation.DeltaK, Simulation.LnG, CouplingK,
            new EquilibriumScan(temperaturesK) { Sampler = EquilibriumSampler.WangLandau, FinalLnF = finalLnF },
            UpdateRule.HeatBath, replicas);

    /// <summary>The exact degeneracies of the 4 × 4 torus: state counts by (Σ_&lt;ij&gt; s_i s_j, M).</summary>
    private static Dictionary<(int P, int M), long> ExactDegeneracies()
    {
        var bonds = PeriodicBonds.Torus(4, 4);
        var counts = new Dictionary<(int, int), long>();
        for (int state = 0; state < 1 << 16; state++)
        {
            int m = 0, p = 0;
            for (int i = 0; i < 16; i++)
            {
                m += ((state >> i) & 1) == 1 ? 1 : -1;
            }

            foreach (var (a, b) in bonds)
            {
                p += (((state >> a) ^ (state >> b)) & 1) == 0 ? 1 : -1;
            }

            counts[(p, m)] = counts.GetValueOrDefault((p, m)) + 1;
        }

        return counts;
    }

    /// <summary>
    /// Each replica visits exactly the bins of nonzero exact degeneracy, and the replica mean of ln g (normalised to
    /// Σ g = 2^16) matches ln of the exact count in every bin within 5 standard errors of that mean (the spread over
    /// the independent replicas) plus 10 √(ln f_final) for the residual bias of the 1/t schedule.
    /// </summary>
    [Fact]
    public void DensityOfStatesReproducesTheExactFourByFourEnumeration()
    {
        var exact = ExactDegeneracies();
        var model = ((IsingLikeModelConfig)Config([200]).Model).Build();
        var clock = Stopwatch.StartNew();
        var densities = Enumerable.Range(0, Replicas)
            .AsParallel()
            .Select(r => WangLandau.Estimate(model, Simulation.Seed, r, FinalLnF).Density)
            .ToArray();
        output.WriteLine($"{Replicas} walks in {clock.Elapsed.TotalSeconds:F2} s, {exact.Count} nonzero bins");

        foreach (var density in densities)
        {
            var visited = density.Bins().Select(b => (b.BondProductSum, b.Magnetisation)).ToHashSet();
            Assert.True(visited.SetEquals(exact.Keys),
                $"visited bins differ from the exact support: {visited.Count} visited, {exact.Count} exact");
        }

        double worst = 0;
        foreach (var ((p, m), count) in exact)
        {
            var values = densities.Select(d => d.LnG(p, m)).ToArray();
            double mean = values.Average();
            double stdErr = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1) / values.Length);
            double deviation = mean - Math.Log(count);
            double tolerance = (5 * stdErr) + (10 * Math.Sqrt(FinalLnF));
            worst = Math.Max(worst, Math.Abs(deviation) / tolerance);
            Assert.True(Math.Abs(deviation) <= tolerance, string.Create(CultureInfo.InvariantCulture,
                $"ln g(P = {p}, M = {m}): {mean:F4} ± {stdErr:F4}, exact ln {count} = {Math.Log(count):F4}"));
        }

        output.WriteLine($"largest deviation / tolerance {worst:F3}");
    }

    [Fact]
    public void HighSpinFractionMatchesExactEnumerationThroughTheTransition()
    {
        double[] temperatures = [170, 190, 195, 200, 205, 210, 230];
        var result = new MonteCarloEngine().Run(Config(temperatures), new RunContext(Environment.ProcessorCount));
        var bonds = PeriodicBonds.Torus(4, 4);
        foreach (var t in temperatures)
        {
            var exact = ExactEnumeration.Compute(16, bonds, Simulation.DeltaK, Simulation.LnG, CouplingK, t);
            var point = result.Points.At(t, Branch.Equilibrium);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{t} K: n_HS {point.NHs.Mean:F5} ± {point.NHs.StdErr:F5}, exact {exact.HighSpinFraction:F5}"));

            // The replica spread of a 1e-5 walk is ~1e-3 here; 1e-3 of allowance covers the 1/t schedule's bias.
            StatisticalAssert.WithinSigmas(point.NHs, exact.HighSpinFraction, $"WL 4x4, T = {t} K: n_HS", 1e-3, 0.01);
            StatisticalAssert.WithinSigmas(point.EnergyPerSiteK, exact.EnergyPerSiteK, $"WL 4x4, T = {t} K: energy", 0.2);
            StatisticalAssert.WithinSigmas(point.NearestNeighbourCorrelation, exact.NearestNeighbourCorrelation,
                $"WL 4x4, T = {t} K: ⟨s s⟩", 2e-3);
        }

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void ResultIsTheSameForAnyThreadCount()
    {
        var config = Config([190, 200, 210], finalLnF: 1e-3, replicas: 3);
        var one = new MonteCarloEngine().Run(config, new RunContext(1));
        var two = new MonteCarloEngine().Run(config, new RunContext(2));
        Assert.Equal(one.Points, two.Points);
        Assert.Equal(one.SpinFlipAttempts, two.SpinFlipAttempts);
    }

    [Fact]
    public void UnsupportedModelsAreRefusedAsBadInput()
    {
        var longRange = Config([200]) with
        {
            Model = ((IsingLikeModelConfig)Config([200]).Model) with { LongRangeK = 10 },
        };
        var error = Assert.Throws<ConfigException>(() => new MonteCarloEngine().Run(longRange, new RunContext(1)));
        Assert.Contains("long-range", error.Problem, StringComparison.Ordinal);

        var large = Config([200]) with
        {
            Model = ((IsingLikeModelConfig)Config([200]).Model) with { Lattice = Simulation.Square(40) },
        };
        error = Assert.Throws<ConfigException>(() => new MonteCarloEngine().Run(large, new RunContext(1)));
        Assert.Contains("limited to 1024 sites", error.Problem, StringComparison.Ordinal);
    }
}
