using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Mechanics.Tests.Mechanoelastic;

public sealed class ArrheniusSwitchingTests
{
    private static readonly MechanoelasticParameters Parameters = new(1000, 6.5, 400, 2.0, 2.2, 4000, 0.1);

    [Theory]
    [InlineData(120, 0)]
    [InlineData(154, 1500)]
    [InlineData(190, -2000)]
    public void TheRatioOfTheProbabilitiesIsTheBoltzmannFactorOfPhysicsSection4(double t, double pressure)
    {
        var rates = new ArrheniusSwitching(Parameters, [120, 154, 190], 4800).At(t);

        // P_LH / P_HL = g e^(−Δ/T) e^(2 κ p / T).
        double expected = Math.Exp(Parameters.LnG - Parameters.DeltaK / t + 2 * Parameters.KappaA * pressure / t);
        Assert.Equal(expected, rates.LowToHigh(pressure) / rates.HighToLow(pressure), 1e-12 * expected);

        // The activation energy enters both as exp(−E_a/T) relative to another temperature.
        var other = new ArrheniusSwitching(Parameters, [120, 154, 190], 4800).At(154);
        double fieldT = -(Parameters.DeltaK - t * Parameters.LnG) / (2 * t);
        double field154 = -(Parameters.DeltaK - 154 * Parameters.LnG) / (2 * 154);
        Assert.Equal(
            Math.Exp(fieldT - Parameters.ActivationEnergyK / t - field154 + Parameters.ActivationEnergyK / 154),
            rates.LowToHigh(0) / other.LowToHigh(0), 1e-9);
    }

    [Fact]
    public void OneOverTauKeepsEveryProbabilityAtMostOneAndReachesOne()
    {
        double[] temperatures = [100, 130, 154, 170, 200];
        const double scale = 4800;
        var switching = new ArrheniusSwitching(Parameters, temperatures, scale);
        double largest = 0;
        foreach (double t in temperatures)
        {
            var rates = switching.At(t);
            foreach (double p in new[] { -scale, -scale / 2, 0, scale / 3, scale })
            {
                Assert.InRange(rates.LowToHigh(p), 0, 1 + 1e-12);
                Assert.InRange(rates.HighToLow(p), 0, 1 + 1e-12);
                largest = Math.Max(largest, Math.Max(rates.LowToHigh(p), rates.HighToLow(p)));
            }
        }

        Assert.Equal(1, largest, 12);
    }
}
