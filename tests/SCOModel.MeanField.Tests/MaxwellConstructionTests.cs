using SCOModel.MeanField.Tests.Support;

namespace SCOModel.MeanField.Tests;

/// <summary>
/// The equilibrium transition (Maxwell construction, PHYSICS.md §2): the two minima of G have equal depth at
/// T1/2 = ΔH/ΔS whatever Γ, and the stable state jumps there.
/// </summary>
public class MaxwellConstructionTests
{
    private const double DeltaH = 16_000;
    private const double DeltaS = 80;

    [Theory]
    [InlineData(0.0)]
    [InlineData(2000.0)]
    [InlineData(3400.0)]
    [InlineData(5000.0)]
    [InlineData(8000.0)]
    public void THalfIsDeltaHOverDeltaSForAnyGamma(double gamma)
    {
        var model = SlichterDrickamerModel.FromCalorimetric(DeltaH / 1000, DeltaS, gamma / 1000);
        Assert.Equal(DeltaH / DeltaS, model.MaxwellTemperatureK()!.Value, 9);

        // Reference: the temperature where the stable x crosses 1/2 (gradual) or where the two minima of the molar
        // G(x) are equally deep (first order), found by bisection on the molar formula; both differences rise with T.
        double reference = Bisect(150, 250, t =>
        {
            var minima = model.Solutions(t).Where(s => s.Stability != SolutionStability.Unstable).ToArray();
            return minima.Length == 1
                ? minima[0].NHs - 0.5
                : MolarFormulas.Gibbs(minima[0].NHs, t, DeltaH, DeltaS, gamma)
                  - MolarFormulas.Gibbs(minima[^1].NHs, t, DeltaH, DeltaS, gamma);
        });
        Assert.Equal(reference, model.MaxwellTemperatureK()!.Value, 6);

        // The stable state is LS-like just below and HS-like just above.
        Assert.True(model.StableSolution(reference - 0.01).NHs < 0.5);
        Assert.True(model.StableSolution(reference + 0.01).NHs > 0.5);
    }

    [Fact]
    public void PressureShiftsTHalfByPDeltaVOverDeltaS()
    {
        var model = SlichterDrickamerModel.FromCalorimetric(DeltaH / 1000, DeltaS, 5, deltaVA3: 25);
        double work = 0.1 * 25 * 1e-21 * 6.02214076e23; // 0.1 GPa × 25 Å^3 per molecule, in J/mol
        Assert.Equal((DeltaH + work) / DeltaS, model.MaxwellTemperatureK(0.1)!.Value, 6);

        // Clausius–Clapeyron: ΔV = 25 Å^3 = 15.06 cm^3/mol gives dT1/2/dP = ΔV/ΔS ≈ 18.8 K/kbar here.
        double perKbar = (model.MaxwellTemperatureK(0.1)!.Value - model.MaxwellTemperatureK()!.Value) / 1.0;
        Assert.Equal(15.055e-6 * 1e8 / DeltaS, perKbar, 1);
    }

    [Fact]
    public void WithoutACrossingThereIsNoTHalf()
    {
        Assert.Null(new SlichterDrickamerModel(1000, 0, 100).MaxwellTemperatureK());
        Assert.Null(new SlichterDrickamerModel(-1000, 5, 100).MaxwellTemperatureK());
    }

    private static double Bisect(double lo, double hi, Func<double, double> increasing)
    {
        for (int k = 0; k < 100; k++)
        {
            double mid = 0.5 * (lo + hi);
            if (increasing(mid) < 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }
}
