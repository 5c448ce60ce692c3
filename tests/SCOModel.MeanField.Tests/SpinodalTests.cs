using SCOModel.MeanField.Tests.Support;

namespace SCOModel.MeanField.Tests;

/// <summary>
/// Spinodals (PHYSICS.md §2) are the extrema of T(x) = [ΔH + Γ(1 − 2x)]/[ΔS + R ln((1 − x)/x)]; the reference finds
/// them by brute force on the molar formula, the engine by bracketing the zeros of an equivalent criterion in kelvin.
/// </summary>
public class SpinodalTests
{
    private const double DeltaH = 16_000; // J/mol
    private const double DeltaS = 80;     // J/(mol K): T1/2 = 200 K

    [Theory]
    [InlineData(3400.0)]
    [InlineData(3600.0)]
    [InlineData(4500.0)]
    [InlineData(6000.0)]
    [InlineData(9000.0)]
    public void SpinodalsAreTheExtremaOfTOfXToOneHundredthOfAKelvin(double gamma)
    {
        var model = SlichterDrickamerModel.FromCalorimetric(DeltaH / 1000, DeltaS, gamma / 1000);
        var expected = MolarFormulas.ExtremaOfTemperature(DeltaH, DeltaS, gamma);
        var spinodals = model.Spinodals();

        Assert.Equal(2, expected.Count);
        Assert.Equal(expected.Count, spinodals.Count);
        for (int k = 0; k < expected.Count; k++)
        {
            Assert.Equal(expected[k].T, spinodals[k].TemperatureK, 0.01);
            Assert.Equal(expected[k].X, spinodals[k].NHs, 1e-4);
            Assert.Equal(expected[k].IsMaximum ? SpinodalKind.EndsOnHeating : SpinodalKind.EndsOnCooling, spinodals[k].Kind);
        }

        var loop = model.Loop();
        Assert.NotNull(loop);
        Assert.Equal(expected[0].T, loop.Heating.TemperatureK, 0.01);
        Assert.Equal(expected[1].T, loop.Cooling.TemperatureK, 0.01);
        Assert.True(loop.WidthK > 0);
    }

    [Fact]
    public void AtTheSpinodalTheMetastableBranchMeetsTheUnstableOne()
    {
        var model = SlichterDrickamerModel.FromCalorimetric(DeltaH / 1000, DeltaS, 5.0);
        var loop = model.Loop()!;

        // Just inside the loop three solutions; just outside, one.
        Assert.Equal(3, model.Solutions(loop.Heating.TemperatureK - 0.01).Count);
        Assert.Single(model.Solutions(loop.Heating.TemperatureK + 0.01));
        Assert.Equal(3, model.Solutions(loop.Cooling.TemperatureK + 0.01).Count);
        Assert.Single(model.Solutions(loop.Cooling.TemperatureK - 0.01));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.05)]
    [InlineData(0.2)]
    public void UnderPressureTheSpinodalsAreTheExtremaWithDeltaHPlusPDeltaV(double pressureGPa)
    {
        const double DeltaVA3 = 25;
        const double Gamma = 5000;
        var model = SlichterDrickamerModel.FromCalorimetric(DeltaH / 1000, DeltaS, Gamma / 1000, DeltaVA3);

        // P ΔV per mole: GPa × Å^3 × N_A = 1e9 × 1e-30 × 6.02214076e23 J/mol.
        double work = pressureGPa * DeltaVA3 * 1e-21 * 6.02214076e23;
        var expected = MolarFormulas.ExtremaOfTemperature(DeltaH + work, DeltaS, Gamma);
        var spinodals = model.Spinodals(pressureGPa);
        Assert.Equal(expected.Count, spinodals.Count);
        for (int k = 0; k < expected.Count; k++)
        {
            Assert.Equal(expected[k].T, spinodals[k].TemperatureK, 0.01);
        }
    }

    [Fact]
    public void AStrongCouplingKeepsTheHighSpinStateDownToZeroKelvinAndHasNoClosedLoop()
    {
        // Γ > ΔH / tanh(ΔS/2R): T(x) has no minimum on the high-temperature branch, so cooling never leaves HS.
        var model = SlichterDrickamerModel.FromCalorimetric(5, 50, 12);
        var expected = MolarFormulas.ExtremaOfTemperature(5000, 50, 12_000);
        var spinodals = model.Spinodals();
        Assert.Equal(expected.Count, spinodals.Count);
        for (int k = 0; k < expected.Count; k++)
        {
            Assert.Equal(expected[k].T, spinodals[k].TemperatureK, 0.01);
        }

        Assert.DoesNotContain(spinodals, s => s.Kind == SpinodalKind.EndsOnCooling);
        Assert.Null(model.Loop());
        Assert.True(model.Relax(1, 2).NHs > 0.99, "cooled from HS, the state stays HS at 2 K");
    }
}
