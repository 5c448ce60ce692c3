using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.SpinCrossover;
using SCOModel.Plotting.Svg;
using SCOModel.Plotting.Tests.Support;

namespace SCOModel.Plotting.Tests.SpinCrossover;

/// <summary>The pressure-loop chart and the pressure-loop labels of the phase diagram.</summary>
public sealed class PressureTransitionChartTests
{
    private static PointResult Point(Branch branch, double pressure, double n) =>
        new(branch, new ControlPoint(215, pressure), new Estimate(n, 0.01), Estimate.Exact(0), Estimate.Exact(0));

    [Fact]
    public void PlotsNHsAgainstPressureWithBothBranchesAndTheLoopBetweenThePHalfMarks()
    {
        PointResult[] points =
        [
            Point(Branch.Compression, 0, 0.95), Point(Branch.Compression, 0.05, 0.9), Point(Branch.Compression, 0.1, 0.05),
            Point(Branch.Decompression, 0.1, 0.05), Point(Branch.Decompression, 0.05, 0.1), Point(Branch.Decompression, 0, 0.95),
        ];
        var summary = PressureTransitionSummary.Of(points)!;
        var figure = PressureTransitionChart.Build(points, summary, "loop");

        var plot = (XYPlot)figure.Plot;
        Assert.Equal("Pressure (GPa)", plot.X.Label);
        Assert.Equal(["Compression", "Decompression"], plot.Series.Select(s => s.Name));
        Assert.Equal([0.0, 0.05, 0.1], plot.Series[0].X);
        var band = Assert.Single(plot.Annotations.OfType<ShadedBand>());
        Assert.Equal((summary.PHalfDownGPa!.Value, summary.PHalfUpGPa!.Value), (band.From, band.To));
        Assert.Equal(2, plot.Annotations.OfType<VerticalMarker>().Count());
        Assert.NotNull(SvgQuery.Parse(SvgRenderer.Render(figure)));
    }

    [Fact]
    public void APhaseDiagramOfPressureLoopsNamesPHalfInItsLegend()
    {
        var data = SamplePhaseDiagrams.Loop() with { FromPressureLoops = true };
        var plot = (XYPlot)PhaseDiagramChart.Diagram(data, "t").Plot;
        var names = plot.Series.Select(s => s.Name).ToArray();
        Assert.Contains(PhaseDiagramChart.CompressionLabel, names);
        Assert.Contains(PhaseDiagramChart.DecompressionLabel, names);
        Assert.DoesNotContain(PhaseDiagramChart.UpLabel, names);
    }
}
