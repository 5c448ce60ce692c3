using SCOModel.Core.Configuration;
using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Mechanics.Tests.Mechanoelastic;

public sealed class TriangularLatticeTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10)]
    public void AHexagonOfSideLHasTheCountsOfTheClosedForm(int side)
    {
        var lattice = TriangularLattice.Build(new(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Hexagon, [side]), 4.0, 1000);

        // 3 L (L − 1) + 1 molecules, 3 (L − 1)(3 L − 2) springs, 6 (L − 1)² triangles.
        Assert.Equal(3 * side * (side - 1) + 1, lattice.SiteCount);
        Assert.Equal(3 * (side - 1) * (3 * side - 2), lattice.Springs.Length);
        Assert.Equal(6 * (side - 1) * (side - 1), lattice.Triangles.Length);
        Assert.Equal(6, lattice.MaxCoordination);
        Assert.Equal(6, Enumerable.Range(0, lattice.SiteCount).Count(i => lattice.CoordinationOf(i) == 3));
    }

    [Fact]
    public void APeriodicBoxGivesEveryMoleculeSixSpringsOfLengthA()
    {
        const double a = 4.2;
        var lattice = TriangularLattice.Build(new(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Periodic, [5, 4]), a, 1000);

        Assert.Equal(20, lattice.SiteCount);
        Assert.Equal(60, lattice.Springs.Length);
        Assert.All(Enumerable.Range(0, 20), i => Assert.Equal(6, lattice.CoordinationOf(i)));
        foreach (var s in lattice.Springs.ToArray())
        {
            var (dx, dy) = SpringNetwork.Vector(s, lattice.Positions);
            Assert.Equal(a, Math.Sqrt(dx * dx + dy * dy), 12);
        }

        Assert.Equal(Math.Sqrt(3) / 2 * a * a, lattice.Box!.Value.Width * lattice.Box.Value.Height / 20, 12);
    }

    [Theory]
    [InlineData(MechanoelasticShape.Disc, new[] { 4 })]
    [InlineData(MechanoelasticShape.Rectangle, new[] { 7, 5 })]
    public void OpenCutsKeepOnlyRigidlyHeldMoleculesAtLatticeSpacing(MechanoelasticShape shape, int[] size)
    {
        var lattice = TriangularLattice.Build(new(MechanoelasticLatticeKind.Triangular, shape, size), 3.0, 1000);

        Assert.All(Enumerable.Range(0, lattice.SiteCount), i => Assert.True(lattice.CoordinationOf(i) >= 2));
        foreach (var s in lattice.Springs.ToArray())
        {
            var (dx, dy) = SpringNetwork.Vector(s, lattice.Positions);
            Assert.Equal(3.0, Math.Sqrt(dx * dx + dy * dy), 12);
        }

        if (shape == MechanoelasticShape.Rectangle)
        {
            Assert.Equal(35, lattice.SiteCount);
        }
        else
        {
            // Sites of the triangular lattice within radius 4: 1 + 6 + 12 + 18 + 24 on shells of the hexagon, minus
            // those outside the circle (counted directly here).
            int inside = 0;
            for (int r = -5; r <= 5; r++)
            {
                for (int q = -9; q <= 9; q++)
                {
                    double x = q + r / 2.0, y = r * Math.Sqrt(3) / 2;
                    inside += x * x + y * y <= 16 + 1e-9 ? 1 : 0;
                }
            }

            Assert.Equal(inside, lattice.SiteCount);
        }
    }
}
