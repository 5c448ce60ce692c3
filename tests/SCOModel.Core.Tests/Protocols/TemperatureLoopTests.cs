using SCOModel.Core.Protocols;

namespace SCOModel.Core.Tests.Protocols;

public class TemperatureLoopTests
{
    [Fact]
    public void LoopGoesOutAndBackOnOnePath()
    {
        var loop = new TemperatureLoop([100, 110, 120], 0.2);
        var path = Assert.Single(loop.Paths());
        Assert.Equal(2, path.Segments.Count);
        Assert.Equal(Branch.Heating, path.Segments[0].Branch);
        Assert.Equal([100.0, 110, 120], path.Segments[0].Points.Select(p => p.TemperatureK));
        Assert.Equal(Branch.Cooling, path.Segments[1].Branch);
        Assert.Equal([120.0, 110, 100], path.Segments[1].Points.Select(p => p.TemperatureK));
        Assert.All(path.Segments.SelectMany(s => s.Points), p => Assert.Equal(0.2, p.PressureGPa));
        Assert.Equal(6, path.PointCount);
    }

    [Fact]
    public void LoopStartingHighCoolsFirst()
    {
        var loop = new TemperatureLoop([300, 250]);
        Assert.False(loop.HeatsFirst);
        var path = Assert.Single(loop.Paths());
        Assert.Equal(Branch.Cooling, path.Segments[0].Branch);
        Assert.Equal(Branch.Heating, path.Segments[1].Branch);
    }

    [Fact]
    public void ScanMakesOneIndependentPathPerTemperature()
    {
        var scan = new TemperatureScan([180, 190, 200]);
        var paths = scan.Paths();
        Assert.Equal(3, paths.Count);
        Assert.All(paths, p => Assert.Equal(Branch.Scan, Assert.Single(p.Segments).Branch));
        Assert.Equal([180.0, 190, 200], paths.Select(p => p.Segments[0].Points[0].TemperatureK));
    }
}
