using SCOModel.Core.Kinetics;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.MeanField.Tests.Kinetics;

/// <summary>
/// T(LIESST) of the non-cooperative model (PHYSICS.md §3): after irradiation to saturation at 10 K the light goes off
/// and the sample warms at β; with J_eff = 0, k_0 = 0 and thermal LS → HS negligible (e^((T ln g − Δ)/T) ≤ e^(−11.6) below
/// 60 K) the decay is first order, dn/dT = −(k_∞/β) e^(−E_a/T) n, and its steepest fall (d²n/dT² = 0) is at
/// E_a β/T*² = k_∞ e^(−E_a/T*).
/// </summary>
public class LiesstTemperatureTests
{
    [Theory]
    [InlineData(1e5, 1000, 0.3)]
    [InlineData(1e7, 1200, 0.3)]
    [InlineData(1e5, 900, 3)]
    public void TheSteepestFallOfTheWarmingIsAtTheFirstOrderPeak(double attemptRate, double activationK, double rateKPerMin)
    {
        var kinetics = new KineticParameters(attemptRate, activationK);
        const double StepK = 0.5;
        var protocol = new Liesst(10, ExcitationRatePerS: 0.1, IrradiationS: 1000, ToK: 100, rateKPerMin, StepK);
        var points = KineticRuns.Run(KineticRuns.Model(0, kinetics), protocol).Points;

        // Saturated: I σ/(I σ + k_HL(10 K)) with k_HL(10 K) = k_∞ e^(−E_a/10) negligible.
        Assert.Equal(1, points.Last(p => p.Branch == Branch.Irradiation).NHs.Mean, 1e-9);

        double beta = rateKPerMin / 60;
        double peak = KineticRuns.Bisect(
            t => Math.Log(activationK * beta / (t * t)) - Math.Log(attemptRate) + (activationK / t), 10, 100);
        Assert.True(peak < 60, "inside the range where LS → HS is negligible");
        double? liesst = KineticSummary.LiesstTemperatureK(points);
        Assert.NotNull(liesst);
        Assert.InRange(liesst.Value, peak - (StepK / 2), peak + (StepK / 2));
    }
}
