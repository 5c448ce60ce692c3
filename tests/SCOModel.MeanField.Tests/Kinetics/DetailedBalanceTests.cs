using SCOModel.Core.Kinetics;
using SCOModel.Core.Protocols;

namespace SCOModel.MeanField.Tests.Kinetics;

/// <summary>
/// In the dark the rates obey detailed balance, k_LH/k_HL = e^(2(h + J_eff m)/T) (PHYSICS.md §3), so the stationary
/// points of the rate equation are the mean-field solutions m = tanh((J_eff m + h)/T) of §2: a long isothermal run ends
/// on the equilibrium the engine's quasi-static path gives, the stable one, or in the bistable range the minimum on
/// the side it started from.
/// </summary>
public class DetailedBalanceTests
{
    private static readonly KineticParameters Rates = new(AttemptRatePerS: 1e5, ActivationEnergyK: 1500);

    private static double FinalState(double coupling, double temperatureK, double n0) =>
        KineticRuns.Run(KineticRuns.Model(coupling, Rates), new Relaxation(temperatureK, DurationS: 100) { InitialHsFraction = n0 })
            .Points[^1].NHs.Mean;

    private static double SelfConsistencyResidual(double n, double coupling, double temperatureK)
    {
        double m = (2 * n) - 1;
        double h = ((temperatureK * KineticRuns.LnG) - KineticRuns.DeltaK) / 2;
        return m - Math.Tanh(((coupling * m) + h) / temperatureK);
    }

    [Theory]
    [InlineData(120.0, 190.0, 1.0)]
    [InlineData(120.0, 190.0, 0.0)]
    [InlineData(120.0, 210.0, 0.5)]
    [InlineData(0.0, 195.0, 1.0)]
    public void EndsOnTheStableMeanFieldSolution(double coupling, double temperatureK, double n0)
    {
        var model = SlichterDrickamerModel.FromIsingLike(KineticRuns.Model(coupling, Rates));
        Assert.Single(model.Solutions(temperatureK));
        double expected = model.StableSolution(temperatureK).NHs;
        double final = FinalState(coupling, temperatureK, n0);
        Assert.Equal(expected, final, 1e-6 * expected);
        Assert.Equal(0, SelfConsistencyResidual(final, coupling, temperatureK), 1e-6);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void InTheBistableRangeEndsOnTheMinimumOfItsSide(double n0)
    {
        // Γ = 500 K > 2 T1/2 = 400 K: at 198 K both the LS-like and the HS-like minimum exist.
        const double Coupling = 250, TemperatureK = 198;
        var model = SlichterDrickamerModel.FromIsingLike(KineticRuns.Model(Coupling, Rates));
        Assert.Equal(3, model.Solutions(TemperatureK).Count);
        double expected = model.Relax(n0, TemperatureK).NHs;
        double final = FinalState(Coupling, TemperatureK, n0);
        Assert.Equal(expected, final, 1e-6 * Math.Min(expected, 1 - expected));
        Assert.Equal(0, SelfConsistencyResidual(final, Coupling, TemperatureK), 1e-6);
    }
}
