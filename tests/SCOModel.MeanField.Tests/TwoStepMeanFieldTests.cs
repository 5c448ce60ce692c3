using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Lattices;
using SCOModel.Core.Models;
using SCOModel.Core.Protocols;
using SCOModel.MeanField.TwoSublattice;

namespace SCOModel.MeanField.Tests;

/// <summary>
/// Two-step transitions of a two-sublattice sample run through the mean-field engine (PHYSICS.md §2): a square
/// lattice with checkerboard sublattices, every bond A–B with K &lt; 0 and no J_AA (z_AB = 4). The steps are the
/// second-order boundaries of the staggered phase, derived here in closed form: linearising
/// m_A = tanh[(h + z_AB K m_B)/T] about the uniform state m_A = m_B = m, the staggered mode δm_A = −δm_B grows when
/// (1 − m²) z_AB |K| = T, with m fixed by the uniform equation h = T artanh m − z_AB K m. With h(T) = (T ln g − Δ)/2
/// this gives one step on the LS side (m &lt; 0) and one on the HS side (m &gt; 0); between them n_HS passes 1/2 at
/// T_eq exactly (A/B symmetry). Both steps lie above the tricritical temperature z_AB |K|/3 of this mean field, so
/// they are continuous.
/// </summary>
public sealed class TwoStepMeanFieldTests
{
    private const double DeltaK = 2000;
    private const double LnG = 10;
    private const double EquilibriumK = DeltaK / LnG;
    private const double ZAB = 4;

    private static IsingLikeModelConfig Config(double k) => new()
    {
        Lattice = new LatticeSpec(LatticeKind.Square, [4, 4]),
        DeltaK = DeltaK,
        LnG = LnG,
        Heterogeneity = new Heterogeneity { CouplingBySublatticeK = new SublatticeCouplings(0, 0, k), Sublattices = Sublattices.Plain(SublatticePattern.Checkerboard) },
    };

    private static double Field(double t) => 0.5 * ((t * LnG) - DeltaK);

    /// <summary>The closed-form step on the side of sign(m) (see the class), by bisection on (z|K|/3, z|K|).</summary>
    private static double Step(double k, int sign)
    {
        double stagger = ZAB * Math.Abs(k);
        double F(double t)
        {
            double m = sign * Math.Sqrt(1 - (t / stagger));
            return Field(t) - ((t * Math.Atanh(m)) - (ZAB * k * m));
        }

        double lo = (stagger / 3) + 1e-9, hi = stagger - 1e-9;
        Assert.True(F(lo) * F(hi) < 0, "no step in the continuous range");
        for (int i = 0; i < 200; i++)
        {
            double mid = 0.5 * (lo + hi);
            (lo, hi) = F(lo) * F(mid) <= 0 ? (lo, mid) : (mid, hi);
        }

        return 0.5 * (lo + hi);
    }

    [Fact]
    public void StepTemperaturesAndPlateauFollowTheClosedForm()
    {
        const double k = -75;
        var (model, _) = TwoSublatticeRun.Model(Config(k), Sublattices.Plain(SublatticePattern.Checkerboard), 0);
        Assert.Equal(ZAB * k, model.InterK, 12);
        Assert.Equal(0, model.IntraAK);

        double low = Step(k, -1), high = Step(k, +1);
        Assert.InRange(low, 100, EquilibriumK);
        Assert.InRange(high, EquilibriumK, 300);
        foreach (var (step, sign) in new[] { (low, -1), (high, +1) })
        {
            // Outside the plateau the state is uniform, inside it is staggered.
            double outside = step + (sign * 0.5), inside = step - (sign * 0.5);
            Assert.True(Math.Abs(TwoSublatticeMeanField.Equilibrium(model, outside).Staggered) < 1e-6, $"order at {outside} K");
            Assert.True(Math.Abs(TwoSublatticeMeanField.Equilibrium(model, inside).Staggered) > 0.05, $"no order at {inside} K");

            // At the step n_HS = (1 + m)/2 with m = ±sqrt(1 − T/(z|K|)), continuous.
            double m = sign * Math.Sqrt(1 - (step / (ZAB * Math.Abs(k))));
            // (the descent converges slowly at a critical point, hence 1e-4).
            double nHs = TwoSublatticeMeanField.Equilibrium(model, step).NHs;
            Assert.True(Math.Abs(nHs - ((1 + m) / 2)) < 1e-4, $"n_HS {nHs} at the step {step} K, expected {(1 + m) / 2}");
        }

        // Through the engine: the plateau value at T_eq is 1/2 and the curve has two steps around it.
        var temperatures = ValueRange.Inclusive(100, 300, 1);
        var points = Run(Config(k), temperatures);
        Assert.Equal(0.5, points.Single(p => p.Point.TemperatureK == EquilibriumK).NHs.Mean, 9);
        var twoStep = TwoStepTransition.Find(temperatures, points.Select(p => p.NHs.Mean).ToArray());
        Assert.NotNull(twoStep);
        Assert.Equal(0.5, twoStep.PlateauNHs, 1);
        Assert.InRange(twoStep.PlateauFromK, low - 2, EquilibriumK);
        Assert.InRange(twoStep.PlateauToK, EquilibriumK, high + 2);
    }

    [Theory]
    [InlineData(75)] // K > 0: ferro-like, no frustration
    [InlineData(-30)] // K < 0 but z|K| = 120 K < T_eq = 200 K: the staggered mode never softens
    public void NoPlateauUnlessKIsNegativeAndLargeEnough(double k)
    {
        var temperatures = ValueRange.Inclusive(100, 300, 1);
        var (model, _) = TwoSublatticeRun.Model(Config(k), Sublattices.Plain(SublatticePattern.Checkerboard), 0);
        Assert.All(temperatures, t => Assert.True(Math.Abs(TwoSublatticeMeanField.Equilibrium(model, t).Staggered) < 1e-6));
        var points = Run(Config(k), temperatures);
        Assert.Null(TwoStepTransition.Find(temperatures, points.Select(p => p.NHs.Mean).ToArray()));
    }

    [Fact]
    public void TrappedFractionsBoundTheCurve()
    {
        var config = Config(-75) with
        {
            Heterogeneity = Config(-75).Heterogeneity! with { Trapped = new TrappedSites(0.2, 0.1) },
        };
        var points = Run(config, ValueRange.Inclusive(20, 1000, 10));
        Assert.All(points, p => Assert.InRange(p.NHs.Mean, 0.2, 0.9));
        Assert.Equal(0.2, points[0].NHs.Mean, 6);
        Assert.Equal(0.9, points[^1].NHs.Mean, 3);
    }

    [Fact]
    public void SiteDisorderIsRefusedWithAReason()
    {
        var config = Config(-75) with
        {
            Heterogeneity = Config(-75).Heterogeneity! with { SiteDisorder = new SiteDisorder(SiteDisorderDistribution.Gaussian, 50) },
        };
        var error = Assert.Throws<NotSupportedException>(() => Run(config, [200]));
        Assert.Contains("site-energy disorder", error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Core.Results.PointResult> Run(IsingLikeModelConfig model, IReadOnlyList<double> temperatures) =>
        new MeanFieldEngine().Run(
            new SimulationConfig("two-step", 1, model, new TemperatureScan(temperatures), new MonteCarloSettings(UpdateRule.Metropolis, 1)),
            new RunContext(1)).Points;
}
