using SCOModel.Core.Lattices;

namespace SCOModel.Core.Tests.Lattices;

/// <summary>Site counts, bond counts and coordination numbers of every lattice kind, periodic and open.</summary>
public class LatticeBuilderCountTests
{
    [Theory]
    [MemberData(nameof(LatticeCases.Counts), MemberType = typeof(LatticeCases))]
    public void SiteAndBondCountsMatchHandCounts(LatticeKind kind, int[] size, Boundary boundary, int sites, int bonds, int z)
    {
        var lattice = LatticeCases.Build(kind, size, boundary);
        Assert.Equal(sites, lattice.SiteCount);
        Assert.Equal(bonds, lattice.BondCount);
        Assert.Equal(z, lattice.Spec.BulkCoordination);
        Assert.Equal(2 * bonds, Enumerable.Range(0, sites).Sum(lattice.Degree));
        Assert.Equal(2 * bonds, lattice.Neighbours.Length);
        Assert.Equal(2 * bonds, lattice.BondFamilies.Length);
        Assert.Equal(z, lattice.MaxDegree);
    }

    [Theory]
    [MemberData(nameof(LatticeCases.Counts), MemberType = typeof(LatticeCases))]
    public void PeriodicSitesAllHaveTheBulkCoordination(LatticeKind kind, int[] size, Boundary boundary, int sites, int bonds, int z)
    {
        _ = bonds;
        if (boundary != Boundary.Periodic)
        {
            return;
        }

        var lattice = LatticeCases.Build(kind, size, boundary);
        for (int i = 0; i < sites; i++)
        {
            Assert.Equal(z, lattice.Degree(i));
        }
    }

    [Theory]
    [MemberData(nameof(LatticeCases.Counts), MemberType = typeof(LatticeCases))]
    public void OpenLatticesHaveBulkCoordinationInsideAndLessAtTheSurface(
        LatticeKind kind, int[] size, Boundary boundary, int sites, int bonds, int z)
    {
        _ = bonds;
        if (boundary != Boundary.Open)
        {
            return;
        }

        var lattice = LatticeCases.Build(kind, size, boundary);
        var degrees = Enumerable.Range(0, sites).Select(lattice.Degree).ToArray();
        Assert.Equal(z, degrees.Max());
        Assert.True(degrees.Min() < z, "an open lattice has surface sites with fewer neighbours");

        // The first site of cell (1, 1, 1) (cell (1) for a chain) is in the bulk.
        int cell = 1;
        int stride = 1;
        for (int axis = 1; axis < size.Length; axis++)
        {
            stride *= size[axis - 1];
            cell += stride;
        }

        Assert.Equal(z, lattice.Degree(cell * LatticeSpec.SitesPerCell(kind)));
    }

    [Fact]
    public void OpenChainEndsHaveOneNeighbour()
    {
        var chain = LatticeCases.Build(LatticeKind.Chain, [6], Boundary.Open);
        Assert.Equal(1, chain.Degree(0));
        Assert.Equal(1, chain.Degree(5));
        Assert.Equal([1], chain.NeighboursOf(0).ToArray());
    }

    [Fact]
    public void OpenSquareCornersHaveTwoNeighboursAndEdgesThree()
    {
        var square = LatticeCases.Build(LatticeKind.Square, [4, 5], Boundary.Open);
        var degrees = Enumerable.Range(0, square.SiteCount).Select(square.Degree).ToArray();
        Assert.Equal(4, degrees.Count(d => d == 2));
        Assert.Equal((2 * 2) + (2 * 3), degrees.Count(d => d == 3));
        Assert.Equal(2 * 3, degrees.Count(d => d == 4));
    }

    [Theory]
    [InlineData(Boundary.Periodic)]
    [InlineData(Boundary.Open)]
    public void AllToAllHasSitesButNoExplicitBonds(Boundary boundary)
    {
        var lattice = LatticeBuilder.Build(new LatticeSpec(LatticeKind.AllToAll, [10], boundary, Coordination: 4));
        Assert.True(lattice.IsAllToAll);
        Assert.Equal(10, lattice.SiteCount);
        Assert.Equal(0, lattice.BondCount);
        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal(0, lattice.Degree(i)));
        Assert.Equal(4, lattice.Spec.BulkCoordination);
    }

    [Fact]
    public void HoneycombCellHoldsTwoSites()
    {
        Assert.Equal(2, LatticeSpec.SitesPerCell(LatticeKind.Honeycomb));
        Assert.Equal(2L * 5 * 6, new LatticeSpec(LatticeKind.Honeycomb, [5, 6]).SiteCount);
    }

    [Theory]
    [InlineData(LatticeKind.Square, new[] { 2, 5 })]
    [InlineData(LatticeKind.Chain, new[] { 2 })]
    [InlineData(LatticeKind.Cubic, new[] { 3, 3, 1 })]
    public void PeriodicLengthBelowThreeIsRefused(LatticeKind kind, int[] size)
    {
        var error = Assert.Throws<ArgumentException>(() => LatticeBuilder.Build(new LatticeSpec(kind, size)));
        Assert.Contains("at least 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenLatticesMayBeThin()
    {
        var ladder = LatticeBuilder.Build(new LatticeSpec(LatticeKind.Square, [5, 2], Boundary.Open));
        Assert.Equal(10, ladder.SiteCount);
        Assert.Equal((4 * 2) + 5, ladder.BondCount);
    }

    [Fact]
    public void WrongNumberOfSizeValuesIsRefused()
    {
        Assert.Throws<ArgumentException>(() => LatticeBuilder.Build(new LatticeSpec(LatticeKind.Square, [4])));
    }
}
