using SCOModel.Core.Protocols;
using SCOModel.MeanField.TwoSublattice;

namespace SCOModel.MeanField.Tests;

/// <summary>
/// The two-sublattice mean field (PHYSICS.md §2): its limits are Slichter–Drickamer models, and K &lt; 0 makes a
/// plateau of ordered HS–LS pairs under the conditions §2 states.
/// </summary>
public class TwoSublatticeTests
{
    private static readonly double[] Temperatures = Enumerable.Range(0, 281).Select(k => 130 + (0.5 * k)).ToArray();

    private static TwoSublatticeModel Model(double deltaA, double deltaB, double intra, double inter, double lnG = 5) => new()
    {
        DeltaAK = deltaA,
        DeltaBK = deltaB,
        LnGA = lnG,
        LnGB = lnG,
        CouplingAAK = intra / 4,
        CouplingBBK = intra / 4,
        CouplingABK = inter / 4,
        CoordinationAA = 4,
        CoordinationBB = 4,
        CoordinationAB = 4,
    };

    [Theory]
    [InlineData(Branch.Scan)]
    [InlineData(Branch.Heating)]
    [InlineData(Branch.Cooling)]
    public void WithoutInterSublatticeCouplingEachSublatticeIsItsOwnSlichterDrickamerModel(Branch branch)
    {
        // K = 0: A and B decouple; each is Slichter–Drickamer with Γ = 2 z J (here with a loop: 2 × 260 K > 2 × 200 K).
        var model = Model(1000, 1100, 260, 0);
        var states = TwoSublatticeMeanField.BranchStates(model, Temperatures, branch);
        var a = new SlichterDrickamerModel(1000, 5, 520).BranchCurve(Temperatures, branch);
        var b = new SlichterDrickamerModel(1100, 5, 520).BranchCurve(Temperatures, branch);
        for (int k = 0; k < Temperatures.Length; k++)
        {
            Assert.Equal(a[k], states[k].NHsA, 9);
            Assert.Equal(b[k], states[k].NHsB, 9);
        }
    }

    [Theory]
    [InlineData(Branch.Scan)]
    [InlineData(Branch.Heating)]
    [InlineData(Branch.Cooling)]
    public void EquivalentSublatticesWithFerroCouplingActAsOneWithTheSummedCoupling(Branch branch)
    {
        // K > 0 with A ≡ B: m_A = m_B = m and m = tanh[(h + (a + k) m)/T], i.e. Γ = 2(a + k).
        var model = Model(1000, 1000, 150, 100);
        var curve = TwoSublatticeMeanField.BranchCurve(model, Temperatures, branch);
        var reference = new SlichterDrickamerModel(1000, 5, 500).BranchCurve(Temperatures, branch);
        for (int k = 0; k < Temperatures.Length; k++)
        {
            Assert.Equal(reference[k], curve[k], 9);
        }
    }

    /// <summary>At T → 0 the ordered pair (one sublattice HS, one LS) is the ground state iff |h| &lt; z_AB |K|.</summary>
    [Theory]
    [InlineData(-1.2, false)]
    [InlineData(-0.8, true)]
    [InlineData(0.0, true)]
    [InlineData(0.8, true)]
    [InlineData(1.2, false)]
    public void AtLowTemperatureThePlateauHoldsForFieldsBelowZABTimesK(double fieldOverK, bool plateau)
    {
        const double Inter = -150; // z_AB K
        const double T = 2;

        // ln g = 0 makes h = −Δ/2 independent of T, so Δ sets the field directly.
        var model = Model(-2 * fieldOverK * -Inter, -2 * fieldOverK * -Inter, 40, Inter, lnG: 0);
        var state = TwoSublatticeMeanField.Equilibrium(model, T);
        if (plateau)
        {
            Assert.Equal(1, Math.Abs(state.Staggered), 6);
            Assert.Equal(0.5, state.NHs, 6);
        }
        else
        {
            Assert.Equal(0, state.Staggered, 6);
            Assert.Equal(fieldOverK > 0 ? 1 : 0, state.NHs, 6);
        }
    }

    /// <summary>At h = 0 (T = T_eq) the staggered mode softens at T = z_AA J_AA + z_AB |K|: order only below it.</summary>
    [Theory]
    [InlineData(50, -180, true)]   // a + |k| = 230 K > T_eq = 200 K
    [InlineData(50, -130, false)]  // a + |k| = 180 K < T_eq
    [InlineData(120, -100, true)]  // 220 K > 200 K: intra-sublattice coupling helps
    public void AtTheEquilibriumTemperatureOrderNeedsTEqBelowIntraPlusInter(double intra, double inter, bool ordered)
    {
        var model = Model(1000, 1000, intra, inter);
        var state = TwoSublatticeMeanField.Equilibrium(model, 200);
        Assert.Equal(0.5, state.NHs, 9);
        if (ordered)
        {
            Assert.True(Math.Abs(state.Staggered) > 0.1, $"staggered order {state.Staggered}");
        }
        else
        {
            Assert.Equal(0, state.Staggered, 6);
        }
    }

    [Fact]
    public void StrongFrustrationGivesTwoStepsWithAPlateauNearOneHalf()
    {
        // Equivalent sites (Δ = 2000 K, ln g = 10, T_eq = 200 K), z_AA J_AA = 50 K, z_AB K = −300 K: the ordered
        // pairs are the ground state for |h| < 300 K, T ∈ (140, 260) K at T → 0. n(T_eq) = 1/2 exactly by symmetry;
        // the flattest point of the plateau lies slightly below it (the plateau tilts as h grows).
        var model = Model(2000, 2000, 50, -300, lnG: 10);
        var temperatures = Enumerable.Range(0, 301).Select(k => 100 + (1.0 * k)).ToArray();
        var curve = TwoSublatticeMeanField.BranchCurve(model, temperatures, Branch.Scan);
        var twoStep = TwoStepTransition.Find(temperatures, curve);
        Assert.NotNull(twoStep);
        Assert.Equal(0.5, twoStep.PlateauNHs, 0.03);
        Assert.True(twoStep.FirstStepK < 200 && twoStep.SecondStepK > 200);
        Assert.True(twoStep.PlateauFromK < 200 && twoStep.PlateauToK > 200 && twoStep.PlateauWidthK > 40);
        Assert.Equal(0.5, curve[100], 9);

        // On the plateau one sublattice is HS and the other LS.
        var middle = TwoSublatticeMeanField.Equilibrium(model, 200);
        Assert.True(Math.Abs(middle.Staggered) > 0.8);

        // Without the frustration the same sites switch in one step.
        var single = TwoSublatticeMeanField.BranchCurve(Model(2000, 2000, 50, 0, lnG: 10), temperatures, Branch.Scan);
        Assert.Null(TwoStepTransition.Find(temperatures, single));
    }

    [Fact]
    public void InequivalentSitesGiveASmoothTwoStepWithoutHysteresis()
    {
        // Δ_A/ln g = 160 K, Δ_B/ln g = 240 K, a frustrating K: A switches first, B second; no loop (each z J < T_eq).
        var model = Model(1600, 2400, 120, -60, lnG: 10);
        var heating = TwoSublatticeMeanField.BranchCurve(model, Temperatures, Branch.Heating);
        var cooling = TwoSublatticeMeanField.BranchCurve(model, Temperatures, Branch.Cooling);
        for (int k = 0; k < Temperatures.Length; k++)
        {
            Assert.Equal(heating[k], cooling[k], 9);
        }

        var twoStep = TwoStepTransition.Find(Temperatures, heating);
        Assert.NotNull(twoStep);
        Assert.InRange(twoStep.FirstStepK, 140, 160);
        Assert.InRange(twoStep.SecondStepK, 240, 260);
        var state = TwoSublatticeMeanField.Equilibrium(model, 200);
        Assert.True(state.NHsA > 0.8 && state.NHsB < 0.2);
    }

    [Fact]
    public void EveryMinimumIsAStationaryPoint()
    {
        var model = Model(1000, 1000, 50, -300);
        foreach (double t in new[] { 100.0, 150, 200, 250 })
        {
            foreach (var s in TwoSublatticeMeanField.Minima(model, t))
            {
                double mA = Math.Tanh(0.5 * s.LogitA), mB = Math.Tanh(0.5 * s.LogitB);
                double hA = model.FieldAK(t), hB = model.FieldBK(t);
                Assert.Equal(mA, Math.Tanh((hA + (model.IntraAK * mA) + (model.InterK * mB)) / t), 9);
                Assert.Equal(mB, Math.Tanh((hB + (model.IntraBK * mB) + (model.InterK * mA)) / t), 9);
            }
        }
    }

    [Fact]
    public void CalorimetricFactoryUsesGammaEqualsTwoZJ()
    {
        var model = TwoSublatticeModel.FromCalorimetric(10, 50, 2, -3, deltaHSplitKJPerMol: 1);
        Assert.Equal(10_000 / 8.314462618, 0.5 * (model.DeltaAK + model.DeltaBK), 6);
        Assert.Equal(1000 / 8.314462618, model.DeltaBK - model.DeltaAK, 6);
        Assert.Equal(1000 / 8.314462618, model.IntraAK, 6);
        Assert.Equal(-1500 / 8.314462618, model.InterK, 6);
    }
}
