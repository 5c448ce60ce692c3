using SCOModel.Core.Lattices;

namespace SCOModel.Core.Tests.Lattices;

/// <summary>Positions are in units of the nearest-neighbour distance: every bond has length 1.</summary>
public class LatticeGeometryTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [MemberData(nameof(LatticeCases.Regular), MemberType = typeof(LatticeCases))]
    public void EveryBondHasUnitLength(LatticeKind kind, int[] size, Boundary boundary)
    {
        var lattice = LatticeCases.Build(kind, size, boundary);
        for (int i = 0; i < lattice.SiteCount; i++)
        {
            foreach (int j in lattice.NeighboursOf(i))
            {
                double d = LatticeCases.Distance(lattice, i, j);
                Assert.True(Math.Abs(d - 1) < Tolerance, $"{kind} {boundary}: bond {i}-{j} has length {d}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(LatticeCases.Regular), MemberType = typeof(LatticeCases))]
    public void EveryPairAtUnitDistanceIsBondedAndNoPairIsCloser(LatticeKind kind, int[] size, Boundary boundary)
    {
        var lattice = LatticeCases.Build(kind, size, boundary);
        var bonds = LatticeCases.Bonds(lattice);
        var close = new HashSet<(int, int)>();
        for (int i = 0; i < lattice.SiteCount; i++)
        {
            for (int j = i + 1; j < lattice.SiteCount; j++)
            {
                double d = LatticeCases.Distance(lattice, i, j);
                Assert.True(d > 1 - Tolerance, $"{kind} {boundary}: sites {i} and {j} are {d} apart");
                if (d < 1 + Tolerance)
                {
                    close.Add((i, j));
                }
            }
        }

        Assert.Equal(close.OrderBy(b => b), bonds.OrderBy(b => b));
    }

    [Fact]
    public void SitesAreNumberedWithXFastest()
    {
        var square = LatticeCases.Build(LatticeKind.Square, [4, 5], Boundary.Open);
        Assert.Equal(new SitePosition(0, 0, 0), square.PositionOf(0));
        Assert.Equal(new SitePosition(1, 0, 0), square.PositionOf(1));
        Assert.Equal(new SitePosition(0, 1, 0), square.PositionOf(4));
        Assert.Equal(new SitePosition(3, 4, 0), square.PositionOf(19));
    }
}
