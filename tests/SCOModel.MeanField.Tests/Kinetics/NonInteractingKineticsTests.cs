using SCOModel.Core.Kinetics;
using SCOModel.Core.Protocols;

namespace SCOModel.MeanField.Tests.Kinetics;

/// <summary>
/// Without coupling (J_eff = 0) the rate equation is linear (PHYSICS.md §3): with k_HL = k_HL(T) + r I σ and
/// k_LH = k_HL(T) e^(2 h0/T) + I σ, n(t) = n_eq + (n0 − n_eq) e^(−(k_HL + k_LH) t), n_eq = k_LH/(k_HL + k_LH). At 190 K
/// both thermal directions matter (e^(2 h0/T) = e^(−50/190)).
/// </summary>
public class NonInteractingKineticsTests
{
    private const double TemperatureK = 190;
    private static readonly KineticParameters Thermal = new(AttemptRatePerS: 1e5, ActivationEnergyK: 1500);

    [Theory]
    [InlineData(1.0, 0.0, 0.0)]
    [InlineData(0.0, 0.0, 0.0)]
    [InlineData(0.3, 0.0, 0.0)]
    [InlineData(0.0, 20.0, 0.0)]
    [InlineData(1.0, 20.0, 0.5)]
    public void RelaxesExponentiallyTowardsTheStationaryFraction(double n0, double excitation, double reverseRatio)
    {
        var kinetics = Thermal with { ReverseLightRatio = reverseRatio };
        var protocol = new Irradiation(TemperatureK, excitation, DurationS: 0.3) { InitialHsFraction = n0, Samples = 60 };
        var points = KineticRuns.Run(KineticRuns.Model(0, kinetics), protocol).Points;

        double thermal = KineticRuns.RelaxationRate(kinetics, TemperatureK);
        double down = thermal + (reverseRatio * excitation);
        double up = (thermal * KineticRuns.BoltzmannRatio(TemperatureK)) + excitation;
        double stationary = up / (up + down);
        Assert.True((up + down) * 0.3 > 10, "the run reaches its stationary state");
        foreach (var p in points)
        {
            double exact = stationary + ((n0 - stationary) * Math.Exp(-(up + down) * KineticRuns.Time(p)));
            Assert.True(Math.Abs(p.NHs.Mean - exact) <= 1e-7 * Math.Min(exact, 1 - exact) + 1e-13,
                $"t = {KineticRuns.Time(p)} s: {p.NHs.Mean} against {exact}");
        }

        Assert.Equal(stationary, points[^1].NHs.Mean, 1e-6);
    }
}
