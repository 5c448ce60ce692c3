using SCOModel.Mechanics.WineRack;
using static SCOModel.Mechanics.Tests.WineRack.WineRackModels;

namespace SCOModel.Mechanics.Tests.WineRack;

/// <summary>
/// The spin state of the wine-rack (PHYSICS.md §2 and §5) against closed forms derived here:
/// <list type="bullet">
/// <item>P = 0: the relaxed lattice stores no energy, so n solves the Slichter–Drickamer equation
/// ln((1 − n)/n) = [Δ + Γ(1 − 2n) − T ln g]/T.</item>
/// <item>θ0 = 90°, Δθ0 = 0, compliant struts: θ stays 90°, ℓ = k_s L/(k_s + u) with u = χ P c, and the relaxed
/// enthalpy is G*(n) = α L(n)², α = k_s u/(k_s + u). F is then Slichter–Drickamer with ε = Δ − T ln g + α(L_HS² − L_LS²)
/// and Γ' = Γ − α ΔL², symmetric about n = 1/2 where ε = 0: F(0) = F(1) at u = D k_s/(A − D), D = T ln g − Δ,
/// A = k_s (L_HS² − L_LS²), and there n = 1/2 (Γ' &lt; 2T) or the two minima have equal F (Γ' &gt; 2T).</item>
/// <item>Rigid struts, any θ0 and Δθ0: F(0) and F(1) from the torque balance solved here; the stable state switches
/// where they cross.</item>
/// </list>
/// </summary>
public class SpinTransitionTests
{
    [Theory]
    [InlineData(150.0, 0.0)]
    [InlineData(180.0, 250.0)]
    [InlineData(220.0, 250.0)]
    public void AtZeroPressureTheModelIsSlichterDrickamer(double temperatureK, double gammaK)
    {
        const double delta = 1000;
        const double lnG = 5;
        var model = new WineRackModel(delta, lnG, gammaK, Lattice(6, 0.2, 60, 5, 1.3e5, 1e5));
        double expected = Bisect(n => Math.Log((1 - n) / n) - ((delta + (gammaK * (1 - (2 * n))) - (temperatureK * lnG)) / temperatureK),
            1e-15, 1 - 1e-15);
        Assert.Equal(expected, model.StableState(temperatureK, 0).NHs, 10);
    }

    private const double StrutLs = 6;
    private const double StrutChange = 0.2;
    private const double StrutStiffness = 1e5;
    private const double Layer = 10;

    /// <summary>The closed-form F(0) = F(1) pressure of the square (θ0 = 90°) net with compliant struts.</summary>
    private static double SquareNetTransitionGPa(double delta, double lnG, double temperatureK)
    {
        double d = (temperatureK * lnG) - delta;
        double hs = StrutLs + StrutChange;
        double a = StrutStiffness * ((hs * hs) - (StrutLs * StrutLs));
        return d * StrutStiffness / (a - d) / (Chi * Layer);
    }

    private static WineRackModel SquareNet(double delta, double lnG, double gammaK) =>
        new(delta, lnG, gammaK, Lattice(StrutLs, StrutChange, 90, 0, 1.3e5, StrutStiffness, Layer));

    [Fact]
    public void TheSquareNetIsHalfSwitchedExactlyAtTheClosedFormPressure()
    {
        var model = SquareNet(1000, 5, 0);
        double pressure = SquareNetTransitionGPa(1000, 5, 300);
        Assert.InRange(pressure, 0.2, 0.4);
        Assert.Equal(0.5, model.StableState(300, pressure).NHs, 9);
        Assert.Equal(90, model.StableState(300, pressure).Geometry.HingeAngleDeg, 9);
    }

    [Fact]
    public void TheSquareNetSwitchesAbruptlyAtTheClosedFormPressureWhenCooperative()
    {
        var model = SquareNet(1000, 5, 2000);
        double pressure = SquareNetTransitionGPa(1000, 5, 300);

        var minima = model.Minima(300, pressure);
        Assert.Equal(2, minima.Count);
        Assert.Equal(minima[0].FreeEnergyK, minima[1].FreeEnergyK, 6);
        Assert.Equal(1 - minima[1].NHs, minima[0].NHs, 9);
        Assert.True(model.StableState(300, pressure * (1 - 1e-4)).NHs > 0.99);
        Assert.True(model.StableState(300, pressure * (1 + 1e-4)).NHs < 0.01);
    }

    [Theory]
    [InlineData(60.0, 0.0)]
    [InlineData(60.0, 4.0)]
    [InlineData(45.0, -1.5)]
    public void TheStableStateSwitchesWhereFOfLsAndFOfHsCross(double angleDeg, double angleChangeDeg)
    {
        const double delta = 1000;
        const double lnG = 5;
        const double temperature = 250;
        const double hinge = 1.3e5;
        var model = new WineRackModel(delta, lnG, 5000, Lattice(StrutLs, StrutChange, angleDeg, angleChangeDeg, hinge, null, Layer));

        // G*(n) of a pure state with rigid struts: the torque balance k_θ (θ − θ0) = −χ P c L² cos θ solved by bisection.
        double Enthalpy(double strut, double rest, double pressure)
        {
            double load = Chi * pressure * Layer * strut * strut;
            double theta = Bisect(t => (hinge * (t - rest)) + (load * Math.Cos(t)), rest, 0);
            return (0.5 * hinge * (theta - rest) * (theta - rest)) + (load * Math.Sin(theta));
        }

        double Gap(double pressure) => delta - (temperature * lnG)
            + Enthalpy(StrutLs + StrutChange, (angleDeg + angleChangeDeg) * Degree, pressure)
            - Enthalpy(StrutLs, angleDeg * Degree, pressure);
        Assert.True(Gap(0) < 0 && Gap(1) > 0, "HS is stable at P = 0 and LS at 1 GPa");
        double crossing = Bisect(Gap, 0, 1);

        Assert.True(model.StableState(temperature, crossing - 1e-4).NHs > 0.99);
        Assert.True(model.StableState(temperature, crossing + 1e-4).NHs < 0.01);
        var minima = model.Minima(temperature, crossing);
        Assert.Equal(minima[0].FreeEnergyK, minima[^1].FreeEnergyK, 2);
    }

    [Fact]
    public void ALoopFollowsTheMetastableStateBeyondTheTransition()
    {
        var model = SquareNet(1000, 5, 2000);
        double pressure = SquareNetTransitionGPa(1000, 5, 300);
        var hs = model.Relax(double.PositiveInfinity, 300, 0);
        var ls = model.Relax(double.NegativeInfinity, 300, 2 * pressure);
        Assert.True(model.Relax(hs, 300, 1.2 * pressure).NHs > 0.99, "compression keeps HS past the transition");
        Assert.True(model.Relax(ls, 300, 0.8 * pressure).NHs < 0.01, "decompression keeps LS below it");
    }
}
