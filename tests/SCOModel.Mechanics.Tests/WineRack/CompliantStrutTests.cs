using SCOModel.Mechanics.WineRack;
using static SCOModel.Mechanics.Tests.WineRack.WineRackModels;

namespace SCOModel.Mechanics.Tests.WineRack;

/// <summary>
/// Compliant struts at P = 0 (PHYSICS.md §5): ℓ = k_s L/(k_s + χ P c sin θ) and k_θ (θ − θ0) = −χ P c ℓ² cos θ give
/// K_a = χ c [sin θ0/k_s − ½ tan(θ0/2) L² cos θ0/k_θ], so NLC along a iff cos θ0 &gt; 2ρ/(1 − 2ρ), ρ = k_θ/(k_s L²),
/// and (mirror) along b iff −cos θ0 &gt; 2ρ/(1 − 2ρ); with ρ ≥ 1/4 neither.
/// </summary>
public class CompliantStrutTests
{
    private const double StrutA = 6;
    private const double LayerA = 10;
    private const double HingeK = 1.3e5;

    private static double StrutStiffness(double rho) => HingeK / (rho * StrutA * StrutA);

    private static LinearCompressibilities AtZeroPressure(double angleDeg, double rho)
    {
        var model = AlwaysLs(Lattice(StrutA, 0.2, angleDeg, 0, HingeK, StrutStiffness(rho), LayerA));
        return model.Compressibilities(model.StableState(300, 0));
    }

    /// <summary>θ0 at the boundary cos θ0 = 2ρ/(1 − 2ρ), degrees.</summary>
    private static double BoundaryDeg(double rho) => Math.Acos(2 * rho / (1 - (2 * rho))) / Degree;

    [Theory]
    [InlineData(30, 0.05)]
    [InlineData(60, 0.1)]
    [InlineData(80, 0.02)]
    [InlineData(110, 0.1)]
    public void TheZeroPressureCompressibilitiesMatchTheClosedForm(double angleDeg, double rho)
    {
        var k = AtZeroPressure(angleDeg, rho);
        double theta = angleDeg * Degree;
        double ks = StrutStiffness(rho);
        double strut = Chi * LayerA * Math.Sin(theta) / ks;
        double hinge = Chi * LayerA * StrutA * StrutA * Math.Cos(theta) / HingeK;
        Assert.Equal(strut - (0.5 * Math.Tan(theta / 2) * hinge), k.APerGPa, 12);
        Assert.Equal(strut + (0.5 / Math.Tan(theta / 2) * hinge), k.BPerGPa, 12);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.1)]
    [InlineData(0.2)]
    public void NlcAlongAAppearsExactlyBelowTheBoundaryAngle(double rho)
    {
        double boundary = BoundaryDeg(rho);
        Assert.True(AtZeroPressure(boundary - 1, rho).APerGPa < 0, $"NLC expected along a just below {boundary:F2}°");
        Assert.True(AtZeroPressure(boundary + 1, rho).APerGPa > 0, $"no NLC expected along a just above {boundary:F2}°");
        Assert.Equal(0, AtZeroPressure(boundary, rho).APerGPa, 12);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.2)]
    public void NlcAlongBIsTheMirrorAbove90Degrees(double rho)
    {
        double boundary = 180 - BoundaryDeg(rho);
        Assert.True(AtZeroPressure(boundary + 1, rho).BPerGPa < 0);
        Assert.True(AtZeroPressure(boundary - 1, rho).BPerGPa > 0);
    }

    [Fact]
    public void SoftStrutsHaveNoNlcAtAnyAngle()
    {
        // ρ ≥ 1/4 makes 2ρ/(1 − 2ρ) ≥ 1 > |cos θ0|.
        for (double angle = 5; angle < 180; angle += 5)
        {
            var k = AtZeroPressure(angle, 0.26);
            Assert.True(k.APerGPa > 0 && k.BPerGPa > 0, $"θ0 = {angle}°: K_a = {k.APerGPa}, K_b = {k.BPerGPa}");
        }
    }

    [Fact]
    public void UnderLoadTheStrutAndHingeSolveBothEquilibriumConditions()
    {
        var model = AlwaysLs(Lattice(StrutA, 0.2, 60, 0, HingeK, StrutStiffness(0.1), LayerA));
        foreach (double pressure in new[] { 0.5, 1.5, 3.0 })
        {
            var geometry = model.StableState(300, pressure).Geometry;
            double load = Chi * pressure * LayerA;
            double theta = geometry.HingeAngleRad;
            double ks = StrutStiffness(0.1);
            Assert.Equal(ks * StrutA / (ks + (load * Math.Sin(theta))), geometry.StrutA, 12);
            Assert.Equal(0, (HingeK * (theta - (60 * Degree))) + (load * geometry.StrutA * geometry.StrutA * Math.Cos(theta)), 6);
        }
    }
}
