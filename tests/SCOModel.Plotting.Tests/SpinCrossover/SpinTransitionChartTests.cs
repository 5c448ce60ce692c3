using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.SpinCrossover;
using SCOModel.Plotting.Svg;
using SCOModel.Plotting.Tests.Support;

namespace SCOModel.Plotting.Tests.SpinCrossover;

public sealed class SpinTransitionChartTests
{
    [Fact]
    public void ALoopGivesHeatingAndCoolingSeriesInVisitingOrderWithErrorBarsAndFixedAxes()
    {
        var points = SampleRuns.HysteresisLoop();

        var figure = SpinTransitionChart.Build(points, TransitionSummary.Of(points), "loop");

        var plot = Assert.IsType<XYPlot>(figure.Plot);
        Assert.Equal("loop", figure.Title);
        Assert.Equal("Temperature (K)", plot.X.Label);
        Assert.Equal("High-spin fraction nHS", RichText.Plain(plot.Y.Label));
        Assert.Equal((0.0, 1.0), (plot.Y.Min, plot.Y.Max));
        Assert.Equal(["Heating", "Cooling"], plot.Series.Select(s => s.Name));

        var heating = plot.Series[0];
        var cooling = plot.Series[1];
        Assert.Equal(points.Where(p => p.Branch == Branch.Heating).Select(p => p.Point.TemperatureK), heating.X);
        Assert.Equal(250, cooling.X[0]);
        Assert.Equal(150, cooling.X[^1]);
        Assert.Equal(points.Where(p => p.Branch == Branch.Cooling).Select(p => p.NHs.StdErr), cooling.YError!);
    }

    [Fact]
    public void HeatingAndCoolingDifferInColourDashFillAndMarkerDirection()
    {
        var heating = BranchStyles.For(Branch.Heating);
        var cooling = BranchStyles.For(Branch.Cooling);

        Assert.NotEqual(heating.Colour, cooling.Colour);
        Assert.Equal((LineDash.Solid, MarkerShape.TriangleRight), (heating.Dash, heating.Marker));
        Assert.Equal((LineDash.Dashed, MarkerShape.TriangleLeft), (cooling.Dash, cooling.Marker));
        Assert.NotEqual(heating.Fill, cooling.Fill);
    }

    [Fact]
    public void THalfMarksAndTheHysteresisBandSitAtTheSummarysTemperatures()
    {
        var points = SampleRuns.HysteresisLoop();
        var summary = TransitionSummary.Of(points);

        var plot = (XYPlot)SpinTransitionChart.Build(points, summary).Plot;

        var band = plot.Annotations.OfType<ShadedBand>().Single();
        Assert.Equal((summary.THalfDownK!.Value, summary.THalfUpK!.Value), (band.From, band.To));
        Assert.Contains($"{summary.HysteresisWidthK:F1} K", band.Label);
        var marks = plot.Annotations.OfType<VerticalMarker>().ToList();
        Assert.Equal([summary.THalfDownK.Value, summary.THalfUpK.Value], marks.Select(m => m.X));
        Assert.Equal([LabelSide.Left, LabelSide.Right], marks.Select(m => m.Side));
        Assert.StartsWith("T_{1/2}↓ = 193.0 K", marks[0].Label);
        Assert.StartsWith("T_{1/2}↑ = 206.0 K", marks[1].Label);

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));
        Assert.Equal(["T1/2↓ = 193.0 K", "T1/2↑ = 206.0 K"], SvgQuery.ByClass(document, "marker-label").Select(e => e.Value));
        Assert.Single(SvgQuery.ByClass(document, "band"));
    }

    [Fact]
    public void AScanGetsOneNeutralTHalfMarkAndNoBand()
    {
        var points = SampleRuns.Scan();

        var plot = (XYPlot)SpinTransitionChart.Build(points, TransitionSummary.Of(points)).Plot;

        Assert.Equal(["Equilibrium scan"], plot.Series.Select(s => s.Name));
        Assert.Empty(plot.Annotations.OfType<ShadedBand>());
        var mark = plot.Annotations.OfType<VerticalMarker>().Single();
        Assert.Equal(200, mark.X, 1e-6);
        Assert.Null(mark.Colour);
    }

    [Fact]
    public void ABranchVisitedTwiceIsTwoLinesButOneLegendEntry()
    {
        var loop = SampleRuns.HysteresisLoop();
        var twice = loop.Concat(loop).ToList();

        var plot = (XYPlot)SpinTransitionChart.Build(twice, TransitionSummary.Of(twice)).Plot;

        Assert.Equal(4, plot.Series.Count);
        Assert.Equal([true, true, false, false], plot.Series.Select(s => s.ShowInLegend));
        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));
        Assert.Equal(["Heating", "Cooling", "Hysteresis, ΔT = 13.0 K"],
            SvgQuery.ByClass(document, "legend-entry").Select(e => SvgQuery.Attribute(e, "data-name")));
    }

    [Fact]
    public void ARunWithoutPointsIsRefused()
    {
        Assert.Throws<ArgumentException>(() => SpinTransitionChart.Build([], TransitionSummary.Of([])));
    }
}
