using SCOModel.Core.Lattices;

namespace SCOModel.Core.Tests.Lattices;

/// <summary>The colouring behind parallel sweeps: no bond inside a class, every site in exactly one class.</summary>
public class GraphColouringTests
{
    public static TheoryData<LatticeKind, int[], Boundary> AllLattices
    {
        get
        {
            var data = LatticeCases.Regular;
            data.Add(LatticeKind.Square, [5, 5], Boundary.Periodic);
            data.Add(LatticeKind.Triangular, [3, 3], Boundary.Periodic);
            data.Add(LatticeKind.Triangular, [6, 6], Boundary.Periodic);
            data.Add(LatticeKind.Cubic, [3, 3, 3], Boundary.Periodic);
            data.Add(LatticeKind.Cubic, [4, 4, 4], Boundary.Periodic);
            return data;
        }
    }

    private static void AssertValid(Lattice lattice)
    {
        var colouring = lattice.Colouring;
        var colourOf = new int[lattice.SiteCount];
        Array.Fill(colourOf, -1);
        for (int c = 0; c < colouring.ClassCount; c++)
        {
            var members = colouring.Class(c).ToArray();
            Assert.NotEmpty(members);
            Assert.Equal(members.Order(), members); // increasing order, as documented
            foreach (int i in members)
            {
                Assert.True(colourOf[i] < 0, $"site {i} is in classes {colourOf[i]} and {c}");
                colourOf[i] = c;
            }
        }

        Assert.DoesNotContain(-1, colourOf);
        for (int i = 0; i < lattice.SiteCount; i++)
        {
            foreach (int j in lattice.NeighboursOf(i))
            {
                Assert.NotEqual(colourOf[i], colourOf[j]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllLattices))]
    public void ColouringIsAValidPartition(LatticeKind kind, int[] size, Boundary boundary)
    {
        AssertValid(LatticeCases.Build(kind, size, boundary));
    }

    [Theory]
    [InlineData(LatticeKind.Square, new[] { 4, 6 }, Boundary.Periodic)]
    [InlineData(LatticeKind.Square, new[] { 5, 5 }, Boundary.Open)]
    [InlineData(LatticeKind.Cubic, new[] { 4, 4, 6 }, Boundary.Periodic)]
    [InlineData(LatticeKind.Cubic, new[] { 3, 3, 3 }, Boundary.Open)]
    [InlineData(LatticeKind.Honeycomb, new[] { 3, 4 }, Boundary.Periodic)]
    [InlineData(LatticeKind.Honeycomb, new[] { 3, 3 }, Boundary.Open)]
    [InlineData(LatticeKind.Chain, new[] { 8 }, Boundary.Periodic)]
    [InlineData(LatticeKind.Chain, new[] { 7 }, Boundary.Open)]
    public void BipartiteLatticesGetACheckerboard(LatticeKind kind, int[] size, Boundary boundary)
    {
        var lattice = LatticeCases.Build(kind, size, boundary);
        Assert.Equal(2, lattice.Colouring.ClassCount);
        Assert.True(lattice.Colouring.IsCheckerboard);
        AssertValid(lattice);
    }

    [Fact]
    public void SquareCheckerboardIsByParityOfXPlusY()
    {
        var lattice = LatticeCases.Build(LatticeKind.Square, [4, 6], Boundary.Periodic);
        var first = lattice.Colouring.Class(0).ToArray();
        Assert.Equal(12, first.Length);
        int parity = ((first[0] % 4) + (first[0] / 4)) % 2;
        Assert.All(first, i => Assert.Equal(parity, ((i % 4) + (i / 4)) % 2));
    }

    [Theory]
    [InlineData(LatticeKind.Triangular, new[] { 4, 5 }, Boundary.Periodic)]
    [InlineData(LatticeKind.Triangular, new[] { 4, 5 }, Boundary.Open)]
    [InlineData(LatticeKind.Triangular, new[] { 6, 6 }, Boundary.Periodic)]
    [InlineData(LatticeKind.Chain, new[] { 7 }, Boundary.Periodic)]
    [InlineData(LatticeKind.Square, new[] { 5, 5 }, Boundary.Periodic)]
    public void NonBipartiteLatticesNeedAtLeastThreeClasses(LatticeKind kind, int[] size, Boundary boundary)
    {
        var lattice = LatticeCases.Build(kind, size, boundary);
        Assert.True(lattice.Colouring.ClassCount >= 3, $"{lattice.Colouring.ClassCount} classes");
        Assert.False(lattice.Colouring.IsCheckerboard);
        AssertValid(lattice);
    }

    [Fact]
    public void AllToAllIsOneClassOfAllSites()
    {
        var lattice = LatticeBuilder.Build(new LatticeSpec(LatticeKind.AllToAll, [9], Coordination: 6));
        Assert.Equal(1, lattice.Colouring.ClassCount);
        Assert.Equal(Enumerable.Range(0, 9), lattice.Colouring.Class(0).ToArray());
    }

    [Fact]
    public void ColouringIsDeterministic()
    {
        var a = LatticeCases.Build(LatticeKind.Triangular, [7, 5], Boundary.Periodic).Colouring;
        var b = LatticeCases.Build(LatticeKind.Triangular, [7, 5], Boundary.Periodic).Colouring;
        Assert.Equal(a.ClassCount, b.ClassCount);
        for (int c = 0; c < a.ClassCount; c++)
        {
            Assert.Equal(a.Class(c).ToArray(), b.Class(c).ToArray());
        }
    }
}
