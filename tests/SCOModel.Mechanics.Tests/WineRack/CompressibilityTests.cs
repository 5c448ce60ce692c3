using SCOModel.Mechanics.WineRack;
using static SCOModel.Mechanics.Tests.WineRack.WineRackModels;

namespace SCOModel.Mechanics.Tests.WineRack;

/// <summary>
/// The compressibilities along a path with the spin transition (PHYSICS.md §5). K is the total derivative
/// −(1/l) dl/dP = K(fixed n) − (∂ ln l/∂n) dn/dP with dn/dP &lt; 0 at a pressure-induced HS → LS transition. At P → 0,
/// ∂ ln a/∂n = ΔL/L − ½ tan(θ0/2) Δθ0: with Δθ0 = 0 the transition adds positive compressibility to both axes
/// (masking the NLC along a inside the SCO window, the antagonism of [Fe(dpp)2(NCS)2]·py); with a hinge that opens on
/// switching, Δθ0 &gt; 2ΔL/(L tan(θ0/2)), it makes a more negative.
/// </summary>
public class CompressibilityTests
{
    private const double Strut = 6;
    private const double StrutChange = 0.15;
    private const double Angle = 60;
    private const double Hinge = 1.3e5;
    private const double Layer = 10;
    private const double Temperature = 300;

    /// <summary>Δθ0 (degrees) above which the transition strengthens the NLC along a.</summary>
    private static double OpeningThresholdDeg => 2 * StrutChange / (Strut * Math.Tan(Angle * Degree / 2)) / Degree;

    private static WineRackModel Model(double angleChangeDeg, double? strutStiffness = null, double gamma = 500) =>
        new(900, 6, gamma, Lattice(Strut, StrutChange, Angle, angleChangeDeg, Hinge, strutStiffness, Layer));

    /// <summary>The pressure where the stable n crosses 1/2 (a continuous transition: Γ &lt; 2T).</summary>
    private static double HalfSwitchedGPa(WineRackModel model) =>
        Bisect(p => model.StableState(Temperature, p).NHs - 0.5, 0, 3);

    [Fact]
    public void WithoutAHingeChangeTheTransitionAddsPositiveCompressibilityToBothAxes()
    {
        var model = Model(0);
        double half = HalfSwitchedGPa(model);
        var state = model.StableState(Temperature, half);
        var total = model.Compressibilities(state);
        var lattice = WineRackModel.CompressibilitiesAtFixedSpinState(state);

        // The lattice alone at n = 1/2, rigid struts: K_a = ½ tan(θ/2) dθ/dP, dθ/dP = −cos θ/(P* (1 − (P/P*) sin θ)).
        double theta = state.Geometry.HingeAngleRad;
        double rest = Strut + (0.5 * StrutChange);
        double scale = Hinge / (Chi * Layer * rest * rest);
        double slope = -Math.Cos(theta) / (scale * (1 - (half / scale * Math.Sin(theta))));
        Assert.Equal(0.5 * Math.Tan(theta / 2) * slope, lattice.APerGPa, 12);
        Assert.Equal(-0.5 / Math.Tan(theta / 2) * slope, lattice.BPerGPa, 12);

        Assert.True(model.NHsSlopePerGPa(state) < 0);
        Assert.True(total.APerGPa > lattice.APerGPa && total.BPerGPa > lattice.BPerGPa);
        Assert.True(lattice.APerGPa < 0 && total.APerGPa > 0, "the NLC along a is masked inside the SCO window");
        Assert.True(model.Compressibilities(model.StableState(Temperature, half - 0.4)).APerGPa < 0, "NLC below the window");
        Assert.True(model.Compressibilities(model.StableState(Temperature, half + 0.4)).APerGPa < 0, "NLC above the window");
    }

    [Theory]
    [InlineData(1.5, true)]
    [InlineData(0.5, false)]
    [InlineData(0, false)]
    public void AHingeThatOpensOnSwitchingStrengthensTheNlcAlongA(double ofThreshold, bool strengthens)
    {
        var model = Model(ofThreshold * OpeningThresholdDeg);
        var state = model.StableState(Temperature, HalfSwitchedGPa(model));
        double spinPart = model.Compressibilities(state).APerGPa - WineRackModel.CompressibilitiesAtFixedSpinState(state).APerGPa;
        Assert.Equal(strengthens, spinPart < 0);
        Assert.True(state.Elastic.SwitchingVolumeA3 > 0, "HS is the larger state, so pressure drives HS → LS");
    }

    [Theory]
    [InlineData(0.0, null)]
    [InlineData(3.0, 1e5)]
    [InlineData(-2.0, 2e4)]
    public void TheAnalyticCompressibilitiesAreTheDerivativesOfTheEquilibriumLatticeParameters(double angleChangeDeg, double? strutStiffness)
    {
        var model = Model(angleChangeDeg, strutStiffness, gamma: 300);
        double half = HalfSwitchedGPa(model);
        const double h = 1e-5;
        foreach (double pressure in new[] { 0.3 * half, half, 1.4 * half })
        {
            var state = model.StableState(Temperature, pressure);
            var below = model.StableState(Temperature, pressure - h).Geometry;
            var above = model.StableState(Temperature, pressure + h).Geometry;
            var k = model.Compressibilities(state);
            Assert.Equal(-(above.AxisAA - below.AxisAA) / (2 * h) / state.Geometry.AxisAA, k.APerGPa, 6);
            Assert.Equal(-(above.AxisBA - below.AxisBA) / (2 * h) / state.Geometry.AxisBA, k.BPerGPa, 6);
            Assert.Equal(-(above.AreaA2 - below.AreaA2) / (2 * h) / state.Geometry.AreaA2, k.VolumePerGPa, 6);
            Assert.Equal(-(model.StableState(Temperature, pressure + h).NHs - model.StableState(Temperature, pressure - h).NHs) / (2 * h),
                -model.NHsSlopePerGPa(state), 5);
        }
    }

    [Fact]
    public void TheSwitchingVolumeIsTheFirstOrderVolumeChangeOfTheGeometry()
    {
        // ΔV = c (2ℓ sin θ ΔL + ℓ² cos θ Δθ0) at P = 0, where ℓ = L_LS and θ = θ0_LS for n = 0.
        var model = Model(4, 1e5);
        var state = model.Relax(double.NegativeInfinity, 50, 0);
        double theta = Angle * Degree;
        double expected = Layer * ((2 * Strut * Math.Sin(theta) * StrutChange) + (Strut * Strut * Math.Cos(theta) * 4 * Degree));
        Assert.Equal(expected, state.Elastic.SwitchingVolumeA3, 10);
    }
}
