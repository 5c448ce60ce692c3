using SCOModel.Core.Lattices;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.SpinCrossover;

namespace SCOModel.Plotting.Tests.SpinCrossover;

public sealed class SpinStatePictureTests
{
    [Fact]
    public void EverySiteIsShownInItsStateWithTheFractionsInTheLegend()
    {
        var lattice = LatticeBuilder.Build(new LatticeSpec(LatticeKind.Square, [4, 4], Boundary.Periodic));
        var spins = Enumerable.Range(0, 16).Select(i => (sbyte)(i < 4 ? 1 : -1)).ToArray();

        var picture = Assert.IsType<LatticePicture>(SpinStatePicture.Build(lattice, spins).Plot);

        Assert.Equal(16, picture.Sites.Count);
        Assert.Equal(["HS (25.0 %)", "LS (75.0 %)"], picture.States.Select(s => s.Label));
        Assert.Equal(4, picture.Sites.Count(s => s.State == 0));
        Assert.Equal(lattice.PositionOf(5).X, picture.Sites[5].X);
    }

    [Fact]
    public void ACubicLatticeShowsItsBottomLayerAndALargeOneACornerWindow()
    {
        var lattice = LatticeBuilder.Build(new LatticeSpec(LatticeKind.Cubic, [6, 6, 3], Boundary.Periodic));
        var spins = Enumerable.Repeat((sbyte)-1, lattice.SiteCount).ToArray();

        var layer = (LatticePicture)SpinStatePicture.Build(lattice, spins).Plot;
        var window = (LatticePicture)SpinStatePicture.Build(lattice, spins, maxSites: 9).Plot;

        Assert.Equal(36, layer.Sites.Count);
        Assert.Contains("bottom layer", layer.Caption);
        Assert.Equal(9, window.Sites.Count);
        Assert.All(window.Sites, s => Assert.True(Math.Abs(s.X - 2.5) <= 1.5 && Math.Abs(s.Y - 2.5) <= 1.5));
        Assert.Equal(4, window.Sites.Count(s => Math.Abs(s.X - 2.5) < 1 && Math.Abs(s.Y - 2.5) < 1));
        Assert.Contains("9 of 36 sites", window.Caption);
    }

    [Fact]
    public void BadInputIsRefusedWithAReason()
    {
        var square = LatticeBuilder.Build(new LatticeSpec(LatticeKind.Square, [3, 3], Boundary.Periodic));
        var allToAll = LatticeBuilder.Build(new LatticeSpec(LatticeKind.AllToAll, [10], Boundary.Periodic, Coordination: 4));

        Assert.Contains("9 sites but 2 spins", Assert.Throws<ArgumentException>(() => SpinStatePicture.Build(square, new sbyte[2])).Message);
        Assert.Contains("spin 0 is 0", Assert.Throws<ArgumentException>(() => SpinStatePicture.Build(square, new sbyte[9])).Message);
        Assert.Contains("no geometry", Assert.Throws<ArgumentException>(() =>
            SpinStatePicture.Build(allToAll, Enumerable.Repeat((sbyte)1, 10).ToArray())).Message);
    }
}
