using SCOModel.Core.Kinetics;
using SCOModel.Core.Protocols;

namespace SCOModel.MeanField.Tests.Kinetics;

/// <summary>
/// Self-accelerated relaxation in the dark (PHYSICS.md §3, Hauser): at 30 K, where LS → HS is negligible
/// (k_LH/k_HL ≤ e^(2(h0 + J_eff)/T) = e^(−25)), the rate equation is dn/dt = −k n e^(α(1 − n)) with α = 2 J_eff/T and
/// k = k_HL(T) e^(−J_eff/T), whose solution from n0 is t(n) = e^(−α)/k [Ei(α n0) − Ei(α n)].
/// </summary>
public class IsothermalRelaxationTests
{
    private const double TemperatureK = 30;
    private const double CouplingK = 45;
    private static readonly KineticParameters Rates = new(AttemptRatePerS: 100, ActivationEnergyK: 300, TunnellingRatePerS: 1e-4);

    private static double Alpha => 2 * CouplingK / TemperatureK;

    private static double K => KineticRuns.RelaxationRate(Rates, TemperatureK) * Math.Exp(-CouplingK / TemperatureK);

    /// <summary>The exponential integral Ei(x) = γ + ln x + Σ_{k≥1} x^k/(k k!) for x &gt; 0.</summary>
    private static double Ei(double x)
    {
        const double EulerGamma = 0.57721566490153286061;
        double sum = 0, term = 1;
        for (int k = 1; k < 500; k++)
        {
            term *= x / k;
            sum += term / k;
            if (term / k < 1e-18 * Math.Abs(sum))
            {
                break;
            }
        }

        return EulerGamma + Math.Log(x) + sum;
    }

    private static double TimeOf(double nHs, double n0) => Math.Exp(-Alpha) / K * (Ei(Alpha * n0) - Ei(Alpha * nHs));

    /// <summary>n(t) by inverting t(n) in ln n; returns n and 1 − n (the latter without cancellation).</summary>
    private static (double N, double OneMinusN) Exact(double timeS, double n0)
    {
        double u = KineticRuns.Bisect(v => TimeOf(Math.Exp(v), n0) - timeS, Math.Log(1e-30), Math.Log(n0));
        return (Math.Exp(u), -double.ExpM1(u));
    }

    private static Relaxation Protocol(double durationS, int samples, TimeSpacing spacing, double n0) =>
        new(TemperatureK, durationS) { Samples = samples, Spacing = spacing, InitialHsFraction = n0 };

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.8)]
    public void FollowsTheExponentialIntegralSolution(double n0)
    {
        var points = KineticRuns.Run(KineticRuns.Model(CouplingK, Rates), Protocol(800, 100, TimeSpacing.Log, n0)).Points;
        Assert.Equal(101, points.Count);
        Assert.Equal(n0, points[0].NHs.Mean);
        Assert.True(points[^1].NHs.Mean < 1e-3);
        foreach (var p in points.Skip(1))
        {
            var (n, oneMinusN) = Exact(KineticRuns.Time(p), n0);
            double engine = p.NHs.Mean;
            Assert.Equal(0, p.NHs.StdErr);
            Assert.True(Math.Abs(engine - n) <= 1e-6 * n, $"t = {KineticRuns.Time(p)} s: n {engine} against {n}");
            Assert.True(Math.Abs((1 - engine) - oneMinusN) <= 1e-6 * oneMinusN,
                $"t = {KineticRuns.Time(p)} s: 1 − n {1 - engine} against {oneMinusN}");
        }
    }

    [Fact]
    public void TheDecayIsSteepestAtNEqualsOneOverAlpha()
    {
        // d²n/dt² = f df/dn with f = −k n e^(α(1 − n)): df/dn ∝ (α n − 1), so n(t) is concave above n = 1/α and convex
        // below. A second difference averages n'' over its window: its sign is exact wherever the window is on one side.
        var points = KineticRuns.Run(KineticRuns.Model(CouplingK, Rates), Protocol(800, 400, TimeSpacing.Linear, 1)).Points;
        double inflection = 1 / Alpha;
        int changes = 0;
        double? previousSign = null;
        for (int k = 1; k + 1 < points.Count; k++)
        {
            double before = points[k - 1].NHs.Mean, at = points[k].NHs.Mean, after = points[k + 1].NHs.Mean;
            double second = before - (2 * at) + after;
            if (after > inflection)
            {
                Assert.True(second < 0, $"concave above 1/α, at n = {at}");
            }
            else if (before < inflection)
            {
                Assert.True(second > 0, $"convex below 1/α, at n = {at}");
            }

            double sign = Math.Sign(second);
            if (previousSign is double s && s != sign)
            {
                changes++;
                Assert.InRange(inflection, after, points[k - 2].NHs.Mean);
            }

            previousSign = sign;
        }

        Assert.Equal(1, changes);
    }
}
