using SCOModel.Core.Kinetics;
using SCOModel.Core.Models;

namespace SCOModel.Core.Tests.Kinetics;

public class SwitchingRatesTests
{
    private static readonly KineticParameters Kinetics = new(1e6, 800, 1e-4);
    private static readonly IsingLikeParameters Model = new(1000, 5, 100, 0, 25);

    [Theory]
    [InlineData(150.0, 0.0, 0.0)]
    [InlineData(210.0, 0.1, 200.0)]
    [InlineData(50.0, 0.0, -300.0)]
    public void DarkRatesObeyDetailedBalance(double t, double p, double cooperative)
    {
        double up = SwitchingRates.LowToHighPerS(Kinetics, Model, t, p, cooperative, 0);
        double down = SwitchingRates.HighToLowPerS(Kinetics, t, cooperative, 0);

        // k_LH/k_HL = e^(−ΔE/T), ΔE = (Δ(P) − T ln g) − 2 δ the energy of the LS → HS flip.
        double deltaE = Model.DeltaK + (p * 25 * 72.429705) - (t * Model.LnG) - (2 * cooperative);
        Assert.Equal(-deltaE / t, Math.Log(up / down), 6);
    }

    [Fact]
    public void AnIsolatedMoleculeRelaxesAtTheArrheniusRate()
    {
        Assert.Equal(1e-4 + (1e6 * Math.Exp(-800 / 60.0)), SwitchingRates.HighToLowPerS(Kinetics, 60, 0, 0), 12);
        Assert.Equal(Kinetics.RelaxationRatePerS(60), SwitchingRates.HighToLowPerS(Kinetics, 60, 0, 0));
    }

    [Fact]
    public void LightAddsToTheRates()
    {
        var reverse = Kinetics with { ReverseLightRatio = 0.1 };
        Assert.Equal(SwitchingRates.LowToHighPerS(reverse, Model, 10, 0, 0, 0) + 0.5, SwitchingRates.LowToHighPerS(reverse, Model, 10, 0, 0, 0.5), 12);
        Assert.Equal(SwitchingRates.HighToLowPerS(reverse, 10, 0, 0) + 0.05, SwitchingRates.HighToLowPerS(reverse, 10, 0, 0.5), 12);
    }
}
