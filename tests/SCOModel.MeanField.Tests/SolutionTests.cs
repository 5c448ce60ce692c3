using SCOModel.MeanField.Tests.Support;

namespace SCOModel.MeanField.Tests;

/// <summary>Every solution solves the equilibrium equation of PHYSICS.md §2, and is labelled by the molar G(x).</summary>
public class SolutionTests
{
    [Theory]
    [InlineData(16_000, 80, 0, 190)]
    [InlineData(16_000, 80, 5000, 200)]
    [InlineData(16_000, 80, 5000, 195)]
    [InlineData(16_000, 80, 5000, 150)]
    [InlineData(16_000, 80, 9000, 120)]
    [InlineData(25_000, 100, 4000, 300)]
    public void EverySolutionSolvesTheEquilibriumEquation(double deltaH, double deltaS, double gamma, double t)
    {
        var model = SlichterDrickamerModel.FromCalorimetric(deltaH / 1000, deltaS, gamma / 1000);
        var solutions = model.Solutions(t);
        Assert.InRange(solutions.Count, 1, 3);
        foreach (var s in solutions)
        {
            Assert.Equal(0, MolarFormulas.EquilibriumResidual(s.NHs, t, deltaH, deltaS, gamma), 9);
            Assert.Equal(2 * s.NHs - 1, s.Magnetisation, 12);
        }

        // Labels from the molar G: minima have G'' > 0; the stable one is the lowest.
        var minima = solutions.Where(s => s.Stability != SolutionStability.Unstable).ToArray();
        double lowest = minima.Min(s => MolarFormulas.Gibbs(s.NHs, t, deltaH, deltaS, gamma));
        var stable = Assert.Single(solutions, s => s.Stability == SolutionStability.Stable);
        Assert.Equal(lowest, MolarFormulas.Gibbs(stable.NHs, t, deltaH, deltaS, gamma), 6);
        foreach (var s in solutions)
        {
            double curvature = (MolarFormulas.R * t / (s.NHs * (1 - s.NHs))) - (2 * gamma);
            Assert.Equal(s.Stability == SolutionStability.Unstable, curvature < 0);
        }
    }

    [Fact]
    public void WithoutCouplingTheSolutionIsTheTwoLevelFormula()
    {
        // Γ = 0: n_HS = g e^(−Δ/T) / (1 + g e^(−Δ/T)) (PHYSICS.md §1).
        var model = new SlichterDrickamerModel(1000, 5, 0);
        foreach (double t in new[] { 20.0, 100, 199, 200, 201, 400, 5000 })
        {
            double w = Math.Exp(5 - (1000 / t));
            Assert.Equal(w / (1 + w), model.StableSolution(t).NHs, 12);
        }
    }

    [Fact]
    public void StatesExponentiallyCloseToAllLsKeepTheirRelativePrecision()
    {
        // At 5 K, n_HS ≈ g e^(−(Δ + Γ)/T) ~ e^(−290): the logit keeps it, 1 − x would not.
        var model = new SlichterDrickamerModel(1000, 5, 500);
        var s = model.StableSolution(5);
        double expectedLogit = 5 - ((1000 + 500) / 5.0); // ln(x/(1 − x)) → ln g − (Δ + Γ)/T as x → 0
        Assert.Equal(expectedLogit, s.Logit, 9);
        Assert.Equal(Math.Exp(expectedLogit), s.NHs, Math.Exp(expectedLogit) * 1e-9);
    }

    [Fact]
    public void GibbsEnergyIsTheMolarFormulaDividedByR()
    {
        var model = SlichterDrickamerModel.FromCalorimetric(16, 80, 5);
        foreach (double x in new[] { 1e-6, 0.1, 0.5, 0.9, 1 - 1e-6 })
        {
            Assert.Equal(MolarFormulas.Gibbs(x, 210, 16_000, 80, 5000) / MolarFormulas.R, model.GibbsEnergyK(x, 210), 8);
        }
    }

    [Fact]
    public void TemperatureOfSolutionInvertsTheSolutions()
    {
        var model = SlichterDrickamerModel.FromCalorimetric(16, 80, 5);
        foreach (var s in model.Solutions(199))
        {
            Assert.Equal(199, model.TemperatureOfSolution(s.NHs), 8);
        }
    }

    [Fact]
    public void RelaxKeepsTheMetastableBranchAndLeavesItPastTheSpinodal()
    {
        var model = SlichterDrickamerModel.FromCalorimetric(16, 80, 5);
        var loop = model.Loop()!;

        // From all-LS inside the loop: the LS (metastable above T1/2) minimum; from all-HS: the HS one.
        var fromLs = model.Relax(0, 205);
        var fromHs = model.Relax(1, 205);
        Assert.True(fromLs.NHs < 0.5 && fromLs.Stability == SolutionStability.Metastable);
        Assert.True(fromHs.NHs > 0.5 && fromHs.Stability == SolutionStability.Stable);

        // Carried across the heating spinodal, the LS state jumps to HS.
        var before = model.Relax(fromLs, loop.Heating.TemperatureK - 1e-3);
        Assert.True(before.NHs < 0.5);
        var after = model.Relax(before, loop.Heating.TemperatureK + 1e-3);
        Assert.True(after.NHs > 0.5);

        // Revisiting the same temperature keeps the state.
        Assert.Equal(before, model.Relax(before, loop.Heating.TemperatureK - 1e-3));
    }

    [Fact]
    public void AnUnpolarisedStartAtTheSymmetricPointFallsToTheLowSpinMinimum()
    {
        var model = new SlichterDrickamerModel(1000, 5, 500);
        var s = model.Relax(0.5, 200);
        Assert.NotEqual(SolutionStability.Unstable, s.Stability);
        Assert.True(s.NHs < 0.5);
    }
}
