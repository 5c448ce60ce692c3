using SCOModel.Mechanics.Strain;

namespace SCOModel.Mechanics.Tests.Strain;

/// <summary>The cell's volume, metric and Cartesian basis (PASCal's frame: z ∥ c, x ∥ a*), and impossible cells.</summary>
public sealed class UnitCellTests
{
    private static readonly UnitCell Triclinic = new(7.1, 8.3, 9.7, 81, 97, 104);

    [Fact]
    public void TheBasisHasTheCellsLengthsAndAngles()
    {
        var m = Triclinic.CartesianBasis();
        var (a, b, c) = (m.Column(0), m.Column(1), m.Column(2));
        Assert.Equal(7.1, a.L2Norm(), 12);
        Assert.Equal(8.3, b.L2Norm(), 12);
        Assert.Equal(9.7, c.L2Norm(), 12);
        Assert.Equal(81, AngleDeg(b, c), 10);
        Assert.Equal(97, AngleDeg(a, c), 10);
        Assert.Equal(104, AngleDeg(a, b), 10);
    }

    [Fact]
    public void CLiesAlongZAndBInTheYzPlaneSoXIsAlongAStar()
    {
        var m = Triclinic.CartesianBasis();
        Assert.Equal(0, m[0, 2]);
        Assert.Equal(0, m[1, 2]);
        Assert.Equal(0, m[0, 1]);
        Assert.True(m[0, 0] > 0);
    }

    [Fact]
    public void TheVolumeIsTheDeterminantOfTheBasisAndTheRootOfTheMetricsDeterminant()
    {
        double cosA = Math.Cos(81 * Math.PI / 180), cosB = Math.Cos(97 * Math.PI / 180), cosG = Math.Cos(104 * Math.PI / 180);
        double expected = 7.1 * 8.3 * 9.7 * Math.Sqrt(1 - (cosA * cosA) - (cosB * cosB) - (cosG * cosG) + (2 * cosA * cosB * cosG));
        Assert.Equal(expected, Triclinic.Volume, 9);
        Assert.Equal(expected, Triclinic.CartesianBasis().Determinant(), 9);
        Assert.Equal(expected, Math.Sqrt(Triclinic.Metric().Determinant()), 8);
    }

    [Theory]
    [InlineData(10, 10, 90)] // α + β < γ: no three directions make these angles
    [InlineData(60, 60, 150)]
    [InlineData(120, 120, 130)] // α + β + γ > 360°
    [InlineData(90, 0, 90)]
    [InlineData(90, 180, 90)]
    public void AnglesWhoseMetricIsNotPositiveDefiniteAreNoCell(double alpha, double beta, double gamma)
    {
        Assert.NotNull(UnitCell.Problem(5, 6, 7, alpha, beta, gamma));
        Assert.Throws<ArgumentException>(() => new UnitCell(5, 6, 7, alpha, beta, gamma));
    }

    [Fact]
    public void AFlatButPossibleCellIsACell() => Assert.Null(UnitCell.Problem(5, 6, 7, 90, 90, 10));

    [Fact]
    public void LengthsMustBePositive() => Assert.NotNull(UnitCell.Problem(5, -6, 7, 90, 90, 90));

    private static double AngleDeg(MathNet.Numerics.LinearAlgebra.Vector<double> u, MathNet.Numerics.LinearAlgebra.Vector<double> v) =>
        Math.Acos(u * v / (u.L2Norm() * v.L2Norm())) * 180 / Math.PI;
}
