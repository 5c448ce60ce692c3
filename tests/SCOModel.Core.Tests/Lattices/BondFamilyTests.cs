using SCOModel.Core.Lattices;

namespace SCOModel.Core.Tests.Lattices;

/// <summary>Every bond carries its direction (family), the index of per-direction couplings.</summary>
public class BondFamilyTests
{
    private static readonly double Sqrt3 = Math.Sqrt(3);

    public static TheoryData<LatticeKind, int[]> OpenKinds => new()
    {
        { LatticeKind.Chain, [5] },
        { LatticeKind.Square, [4, 5] },
        { LatticeKind.Triangular, [4, 5] },
        { LatticeKind.Honeycomb, [3, 4] },
        { LatticeKind.Cubic, [3, 4, 5] },
    };

    /// <summary>The bond vector of each family (up to sign), written out from the geometry.</summary>
    private static (double X, double Y, double Z)[] Directions(LatticeKind kind) => kind switch
    {
        LatticeKind.Chain => [(1, 0, 0)],
        LatticeKind.Square => [(1, 0, 0), (0, 1, 0)],
        LatticeKind.Triangular => [(1, 0, 0), (-0.5, Sqrt3 / 2, 0), (0.5, Sqrt3 / 2, 0)],
        LatticeKind.Honeycomb => [(0, 1, 0), (Sqrt3 / 2, -0.5, 0), (-Sqrt3 / 2, -0.5, 0)],
        LatticeKind.Cubic => [(1, 0, 0), (0, 1, 0), (0, 0, 1)],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(OpenKinds))]
    public void FamilyOfABondIsItsDirection(LatticeKind kind, int[] size)
    {
        var lattice = LatticeCases.Build(kind, size, Boundary.Open);
        var directions = Directions(kind);
        Assert.Equal(LatticeSpec.BondFamilyCount(kind), directions.Length);
        var offsets = lattice.Offsets;
        for (int i = 0; i < lattice.SiteCount; i++)
        {
            var a = lattice.PositionOf(i);
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                var b = lattice.PositionOf(lattice.Neighbours[e]);
                var d = directions[lattice.BondFamilies[e]];
                double dot = ((b.X - a.X) * d.X) + ((b.Y - a.Y) * d.Y) + ((b.Z - a.Z) * d.Z);
                Assert.True(Math.Abs(Math.Abs(dot) - 1) < 1e-9,
                    $"{kind}: bond {i}->{lattice.Neighbours[e]} is not along family {lattice.BondFamilies[e]}");
            }
        }
    }

    [Theory]
    [InlineData(LatticeKind.Chain, new[] { 5 })]
    [InlineData(LatticeKind.Square, new[] { 4, 5 })]
    [InlineData(LatticeKind.Triangular, new[] { 4, 5 })]
    [InlineData(LatticeKind.Honeycomb, new[] { 3, 4 })]
    [InlineData(LatticeKind.Cubic, new[] { 3, 4, 5 })]
    public void PeriodicLatticeHasOneBondPerCellInEveryFamily(LatticeKind kind, int[] size)
    {
        var lattice = LatticeCases.Build(kind, size, Boundary.Periodic);
        int cells = size.Aggregate(1, (p, l) => p * l);
        var perFamily = lattice.BondFamilies.ToArray().GroupBy(f => f).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(LatticeSpec.BondFamilyCount(kind), perFamily.Count);
        Assert.All(perFamily.Values, directed => Assert.Equal(2 * cells, directed));
    }
}
