using SCOModel.Core.Lattices;

namespace SCOModel.Core.Tests.Lattices;

/// <summary>The neighbour graph is simple and symmetric: no self-bonds, no duplicate bonds, j ~ i iff i ~ j.</summary>
public class LatticeAdjacencyTests
{
    [Theory]
    [MemberData(nameof(LatticeCases.Regular), MemberType = typeof(LatticeCases))]
    public void NoSiteIsItsOwnNeighbour(LatticeKind kind, int[] size, Boundary boundary)
    {
        var lattice = LatticeCases.Build(kind, size, boundary);
        for (int i = 0; i < lattice.SiteCount; i++)
        {
            Assert.DoesNotContain(i, lattice.NeighboursOf(i).ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(LatticeCases.Regular), MemberType = typeof(LatticeCases))]
    public void NoBondIsListedTwice(LatticeKind kind, int[] size, Boundary boundary)
    {
        var lattice = LatticeCases.Build(kind, size, boundary);
        for (int i = 0; i < lattice.SiteCount; i++)
        {
            var neighbours = lattice.NeighboursOf(i).ToArray();
            Assert.Equal(neighbours.Length, neighbours.Distinct().Count());
        }

        Assert.Equal(lattice.BondCount, LatticeCases.Bonds(lattice).Count);
    }

    [Theory]
    [MemberData(nameof(LatticeCases.Regular), MemberType = typeof(LatticeCases))]
    public void AdjacencyIsSymmetricWithTheSameFamilyBothWays(LatticeKind kind, int[] size, Boundary boundary)
    {
        var lattice = LatticeCases.Build(kind, size, boundary);
        var offsets = lattice.Offsets;
        var neighbours = lattice.Neighbours;
        var families = lattice.BondFamilies;
        var directed = new Dictionary<(int, int), byte>();
        for (int i = 0; i < lattice.SiteCount; i++)
        {
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                directed.Add((i, neighbours[e]), families[e]);
                Assert.InRange(families[e], 0, LatticeSpec.BondFamilyCount(kind) - 1);
            }
        }

        foreach (var ((i, j), family) in directed)
        {
            Assert.True(directed.TryGetValue((j, i), out byte back), $"{i}->{j} has no reverse entry");
            Assert.Equal(family, back);
        }
    }

    [Theory]
    [MemberData(nameof(LatticeCases.Regular), MemberType = typeof(LatticeCases))]
    public void OffsetsAreAValidCsrIndex(LatticeKind kind, int[] size, Boundary boundary)
    {
        var lattice = LatticeCases.Build(kind, size, boundary);
        var offsets = lattice.Offsets;
        Assert.Equal(lattice.SiteCount + 1, offsets.Length);
        Assert.Equal(0, offsets[0]);
        Assert.Equal(lattice.Neighbours.Length, offsets[^1]);
        for (int i = 0; i < lattice.SiteCount; i++)
        {
            Assert.True(offsets[i] <= offsets[i + 1]);
        }

        Assert.All(lattice.Neighbours.ToArray(), j => Assert.InRange(j, 0, lattice.SiteCount - 1));
    }
}
