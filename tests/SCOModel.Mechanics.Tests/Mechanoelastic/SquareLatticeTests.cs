using SCOModel.Core.Configuration;
using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Mechanics.Tests.Mechanoelastic;

public sealed class SquareLatticeTests
{
    [Theory]
    [InlineData(2, 2)]
    [InlineData(7, 4)]
    public void AnOpenRectangleHasTheSpringsOfTheClosedForm(int width, int height)
    {
        var lattice = SquareLattice.Build(new(MechanoelasticLatticeKind.Square, MechanoelasticShape.Rectangle, [width, height]), 4, 1000, 300);
        var springs = lattice.Springs.ToArray();

        // (W − 1) H + W (H − 1) axis springs of stiffness k, 2 (W − 1)(H − 1) diagonals of stiffness k', 2 triangles per cell.
        Assert.Equal(width * height, lattice.SiteCount);
        Assert.Equal((width - 1) * height + width * (height - 1), springs.Count(s => !s.Diagonal && s.StiffnessKPerA2 == 1000));
        Assert.Equal(2 * (width - 1) * (height - 1), springs.Count(s => s.Diagonal && s.StiffnessKPerA2 == 300));
        Assert.Equal(2 * (width - 1) * (height - 1), lattice.Triangles.Length);
        foreach (var s in springs)
        {
            var (dx, dy) = SpringNetwork.Vector(s, lattice.Positions);
            Assert.Equal(s.RestFactor * 4, Math.Sqrt(dx * dx + dy * dy), 12);
        }
    }

    [Fact]
    public void APeriodicBoxGivesEveryMoleculeFourAxisSpringsAndFourDiagonals()
    {
        var lattice = SquareLattice.Build(new(MechanoelasticLatticeKind.Square, MechanoelasticShape.Periodic, [4, 3]), 4.2, 1000, 300);

        Assert.Equal(12, lattice.SiteCount);
        Assert.Equal(48, lattice.Springs.Length);
        Assert.All(Enumerable.Range(0, 12), i => Assert.Equal(8, lattice.CoordinationOf(i)));
        var radii = Enumerable.Repeat(2.1, 12).ToArray();
        foreach (var s in lattice.Springs.ToArray())
        {
            Assert.Equal(0, SpringNetwork.Elongation(s, lattice.Positions, radii), 12);
        }
    }

    [Fact]
    public void ASquareWithoutItsDiagonalsIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SquareLattice.Build(new(MechanoelasticLatticeKind.Square, MechanoelasticShape.Rectangle, [3, 3]), 4, 1000, 0));
}
