using SCOModel.Mechanics.WineRack;
using static SCOModel.Mechanics.Tests.WineRack.WineRackModels;

namespace SCOModel.Mechanics.Tests.WineRack;

/// <summary>
/// Rigid struts without SCO (PHYSICS.md §5): the torque balance θ − θ0 = −(P/P*) cos θ with P* = k_θ/(χ c L²), and
/// K_a/K_b = −tan²(θ/2) at any pressure. The references are solved here from those formulas.
/// </summary>
public class RigidStrutTests
{
    private const double StrutA = 6;
    private const double LayerA = 10;
    private const double HingeK = 1.3e5;

    public static TheoryData<double, double> AnglesAndPressures()
    {
        var data = new TheoryData<double, double>();
        foreach (double angle in new[] { 40.0, 60.0, 120.0 })
        {
            foreach (double pressure in new[] { 0.0, 0.3, 1.0, 2.5 })
            {
                data.Add(angle, pressure);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AnglesAndPressures))]
    public void TheHingeAngleSolvesTheTorqueBalance(double angleDeg, double pressureGPa)
    {
        var model = AlwaysLs(Lattice(StrutA, 0.2, angleDeg, 0, HingeK, null, LayerA));
        var state = model.StableState(300, pressureGPa);

        double rest = angleDeg * Degree;
        double scale = HingeK / (Chi * LayerA * StrutA * StrutA);
        double reduced = pressureGPa / scale;

        // θ − θ0 + (P/P*) cos θ = 0, bracketed between θ0 and the flat rhombus the load pushes towards.
        double expected = Bisect(t => t - rest + (reduced * Math.Cos(t)), rest, rest < Math.PI / 2 ? 0 : Math.PI);

        Assert.True(state.NHs < 1e-100);
        Assert.Equal(StrutA, state.Geometry.StrutA, 12);
        Assert.Equal(expected, state.Geometry.HingeAngleRad, 12);
        Assert.Equal(scale, model.Lattice.CharacteristicPressureGPa(0), 9);
    }

    [Theory]
    [MemberData(nameof(AnglesAndPressures))]
    public void TheCompressibilitiesOfTheTwoAxesAreInTheRatioMinusTanSquaredOfHalfTheAngle(double angleDeg, double pressureGPa)
    {
        var model = AlwaysLs(Lattice(StrutA, 0.2, angleDeg, 0, HingeK, null, LayerA));
        var state = model.StableState(300, pressureGPa);
        var k = model.Compressibilities(state);

        double theta = state.Geometry.HingeAngleRad;
        double half = Math.Tan(theta / 2);
        Assert.Equal(-half * half, k.APerGPa / k.BPerGPa, 10);

        // dθ/dP from differentiating the torque balance: −cos θ / (P* (1 − (P/P*) sin θ)); K_a = ½ tan(θ/2) dθ/dP.
        double scale = HingeK / (Chi * LayerA * StrutA * StrutA);
        double slope = -Math.Cos(theta) / (scale * (1 - (pressureGPa / scale * Math.Sin(theta))));
        Assert.Equal(0.5 * half * slope, k.APerGPa, 12);
        Assert.Equal(-0.5 / half * slope, k.BPerGPa, 12);
        Assert.Equal(k.APerGPa + k.BPerGPa, k.VolumePerGPa, 14);
        Assert.True(k.VolumePerGPa > 0, "the area must shrink under pressure");

        // The long diagonal expands: a below 90°, b above.
        Assert.True(angleDeg < 90 ? k.APerGPa < 0 : k.BPerGPa < 0);
    }

    [Fact]
    public void TheLatticeParametersAreTheDiagonalsOfTheRhombus()
    {
        var geometry = new WineRackGeometry(70 * Degree, 5);
        Assert.Equal(2 * 5 * Math.Cos(35 * Degree), geometry.AxisAA, 14);
        Assert.Equal(2 * 5 * Math.Sin(35 * Degree), geometry.AxisBA, 14);
        Assert.Equal(geometry.AxisAA * geometry.AxisBA / 2, geometry.AreaA2, 12);
        Assert.Equal(8 * 25 * Math.Sin(70 * Degree), geometry.VolumeA3(8), 12);
        Assert.Equal(70, geometry.HingeAngleDeg, 12);
    }

    [Fact]
    public void BeyondTheFoldOfTheHingeThereIsNoEquilibrium()
    {
        // Rigid struts at θ0 = 60°: the minimum disappears where k_θ − χ P c L² sin θ reaches 0 with the torque balanced,
        // (P/P*) sin θ = 1 and θ − θ0 = −cot θ, well below P = 2 P*.
        var lattice = Lattice(StrutA, 0.2, 60, 0, HingeK, null, LayerA);
        double scale = lattice.CharacteristicPressureGPa(0);
        Assert.NotNull(lattice.TryRelax(0, 0.5 * scale));
        Assert.Null(lattice.TryRelax(0, 2 * scale));
    }
}
