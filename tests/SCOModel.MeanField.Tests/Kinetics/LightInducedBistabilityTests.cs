using SCOModel.Core.Kinetics;
using SCOModel.Core.Protocols;

namespace SCOModel.MeanField.Tests.Kinetics;

/// <summary>
/// Light-induced bistability (PHYSICS.md §3): at 20 K under constant light, with thermal LS → HS negligible
/// (e^(2(h0 + J_eff)/T) ≤ e^(−39)), the photostationary states solve I σ (1 − n) = k n e^(α(1 − n)), i.e.
/// F(n) = n e^(α(1 − n))/(1 − n) = I σ/k, with α = 2 J_eff/T and k = k_HL(T) e^(−J_eff/T). F rises except on
/// (n−, n+), n± = [1 ± √(1 − 4/α)]/2, which exists for α &gt; 4: two stable states iff F(n+) &lt; I σ/k &lt; F(n−).
/// Long irradiations from all LS and from all HS end on them.
/// </summary>
public class LightInducedBistabilityTests
{
    private const double TemperatureK = 20;
    private static readonly KineticParameters Rates = new(AttemptRatePerS: 1e6, ActivationEnergyK: 1000, TunnellingRatePerS: 1e-3);

    private static double F(double n, double alpha) => n * Math.Exp(alpha * (1 - n)) / (1 - n);

    [Theory]
    [InlineData(6.0, 20.0, true)]   // F(n+) = 13.26 < 20 < F(n−) = 30.4
    [InlineData(6.0, 8.0, false)]   // below the window: the low state only
    [InlineData(6.0, 45.0, false)]  // above it: the high state only
    [InlineData(3.0, 5.0, false)]   // α < 4: F is monotonic
    public void TwoPhotostationaryStatesExactlyInsideTheWindow(double alpha, double ratio, bool bistable)
    {
        double coupling = alpha * TemperatureK / 2;
        double k = KineticRuns.RelaxationRate(Rates, TemperatureK) * Math.Exp(-coupling / TemperatureK);
        double excitation = ratio * k;

        // The closed form: the window and the stationary roots on the rising parts of F.
        var roots = new List<double>();
        if (alpha > 4)
        {
            double root = Math.Sqrt(1 - (4 / alpha));
            double lower = (1 - root) / 2, upper = (1 + root) / 2;
            Assert.Equal(bistable, F(upper, alpha) < ratio && ratio < F(lower, alpha));
            if (ratio < F(lower, alpha))
            {
                roots.Add(KineticRuns.Bisect(n => F(n, alpha) - ratio, 0, lower));
            }

            if (ratio > F(upper, alpha))
            {
                roots.Add(KineticRuns.Bisect(n => F(n, alpha) - ratio, upper, 1));
            }
        }
        else
        {
            roots.Add(KineticRuns.Bisect(n => F(n, alpha) - ratio, 0, 1));
        }

        Assert.Equal(bistable ? 2 : 1, roots.Count);

        double FinalState(InitialState start) => KineticRuns.Run(KineticRuns.Model(coupling, Rates),
            new Irradiation(TemperatureK, excitation, DurationS: 2e6) { InitialState = start }).Points[^1].NHs.Mean;

        double fromLs = FinalState(InitialState.Ls), fromHs = FinalState(InitialState.Hs);
        Assert.Equal(roots[0], fromLs, 1e-6 * roots[0]);
        Assert.Equal(roots[^1], fromHs, 1e-6 * roots[^1]);
        if (bistable)
        {
            Assert.True(fromHs - fromLs > 0.3);
        }
    }
}
