using SCOModel.Core.Protocols;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.SpinCrossover;
using SCOModel.Plotting.Svg;
using SCOModel.Plotting.Tests.Support;

namespace SCOModel.Plotting.Tests.SpinCrossover;

public sealed class PhaseDiagramChartTests
{
    [Fact]
    public void TheBistableRegionIsShadedOnlyWhereBothLinesExistOnePolygonPerRun()
    {
        var data = SamplePhaseDiagrams.Loop();

        var figure = PhaseDiagramChart.Diagram(data, "P–T diagram");

        var regions = ((XYPlot)figure.Plot).Annotations.OfType<ShadedRegion>().ToList();
        Assert.Equal([PhaseDiagramChart.BistableLabel, ""], regions.Select(r => r.Label));
        Assert.Equal(Outline(data, 0, 3), regions[0].Outline);
        Assert.Equal(Outline(data, 5, 7), regions[1].Outline);

        var document = SvgQuery.Parse(SvgRenderer.Render(figure));
        Assert.Equal([8, 6], SvgQuery.ByClass(document, "region").Select(r => SvgGeometry.Vertices(r).Count));
        Assert.Single(SvgQuery.ByClass(document, "legend-entry"),
            e => SvgQuery.Attribute(e, "data-name") == "Bistable region");
    }

    [Fact]
    public void NoRegionWhereTheLinesNeverBothExistForTwoGridPointsInARow()
    {
        PhasePoint[] up = [new(0, 210), new(0.1, double.NaN), new(0.2, 230)];
        PhasePoint[] down = [new(0, 190), new(0.1, 200), new(0.2, double.NaN)];

        var figure = PhaseDiagramChart.Diagram(new PhaseDiagramData(up, down, [], null), "t");

        Assert.Empty(((XYPlot)figure.Plot).Annotations);
        Assert.Empty(SvgQuery.ByClass(SvgQuery.Parse(SvgRenderer.Render(figure)), "region"));
    }

    [Fact]
    public void BothLinesAreDrawnInTheBranchStylesWithGapsWhereABranchDoesNotCross()
    {
        var data = SamplePhaseDiagrams.Loop();

        var figure = PhaseDiagramChart.Diagram(data, "P–T diagram");

        var plot = (XYPlot)figure.Plot;
        Assert.Equal("Pressure (GPa)", plot.X.Label);
        Assert.Equal("Temperature (K)", plot.Y.Label);
        var up = plot.Series.Single(s => s.Name == PhaseDiagramChart.UpLabel);
        var down = plot.Series.Single(s => s.Name == PhaseDiagramChart.DownLabel);
        Assert.Equal(BranchStyles.For(Branch.Heating), up.Style);
        Assert.Equal(BranchStyles.For(Branch.Cooling), down.Style);
        Assert.Equal(data.UpLine.Select(p => p.TemperatureK), up.Y);
        Assert.Equal(data.DownLine.Select(p => p.PressureGPa), down.X);
        Assert.Null(up.YError);

        var equilibrium = plot.Series.Single(s => s.Name == PhaseDiagramChart.EquilibriumLabel);
        Assert.Equal((LineDash.Dashed, MarkerShape.None), (equilibrium.Style.Dash, equilibrium.Style.Marker));

        var document = SvgQuery.Parse(SvgRenderer.Render(figure));
        Assert.Equal(["T1/2↑ (heating)", "T1/2↓ (cooling)", "T1/2 (equilibrium)"],
            SvgQuery.ByClass(document, "legend-entry").Select(e => e.Value).Where(v => v.StartsWith('T')));
        Assert.Equal(1, Moves(document, "T1/2↑ (heating)"));
        Assert.Equal(2, Moves(document, "T1/2↓ (cooling)"));
        Assert.Equal(BranchStyles.ColourOf(Branch.Heating).Hex, Stroke(document, "T1/2↑ (heating)"));
        Assert.Equal(BranchStyles.ColourOf(Branch.Cooling).Hex, Stroke(document, "T1/2↓ (cooling)"));
    }

    [Fact]
    public void TheCriticalPointIsADistinctMarkerWithErrorBarsInPressureAndTemperature()
    {
        var figure = PhaseDiagramChart.Diagram(SamplePhaseDiagrams.Loop(), "P–T diagram");

        var critical = ((XYPlot)figure.Plot).Series[^1];
        Assert.Equal("Critical point (0.7 GPa, 270.0 K)", critical.Name);
        Assert.Equal([0.7], critical.X);
        Assert.Equal([270.0], critical.Y);
        Assert.Equal([0.05], critical.XError!);
        Assert.Equal([3.0], critical.YError!);
        Assert.Equal(MarkerShape.Diamond, critical.Style.Marker);

        var document = SvgQuery.Parse(SvgRenderer.Render(figure));
        var group = SvgQuery.ByClass(document, "series")
            .Single(s => SvgQuery.Attribute(s, "data-name") == critical.Name);
        Assert.Single(SvgQuery.ByClass(new System.Xml.Linq.XDocument(group), "markers").Single().Elements());
        string bar = SvgQuery.ByClass(new System.Xml.Linq.XDocument(group), "error-bars").Single().Elements().Single()
            .Attribute("d")!.Value;
        Assert.Contains("V", bar);
        Assert.Contains("H", bar);
    }

    [Fact]
    public void WithoutACriticalPointThereIsNoCriticalMarker()
    {
        var data = SamplePhaseDiagrams.Loop();

        var none = (XYPlot)PhaseDiagramChart.Diagram(data with { CriticalPoint = null }, "t").Plot;
        var nan = (XYPlot)PhaseDiagramChart.Diagram(data with { CriticalPoint = new(double.NaN, 250) }, "t").Plot;

        Assert.DoesNotContain(none.Series, s => s.Name.StartsWith("Critical", StringComparison.Ordinal));
        Assert.DoesNotContain(nan.Series, s => s.Name.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public void LinesOnDifferentGridsOrNothingToDrawAreRefused()
    {
        var data = SamplePhaseDiagrams.Loop();

        var mismatch = Assert.Throws<ArgumentException>(() =>
            PhaseDiagramChart.Diagram(data with { DownLine = data.DownLine.Take(5).ToList() }, "t"));
        Assert.Contains("up line has 11 points but its down line 5", mismatch.Message);
        Assert.Throws<ArgumentException>(() => PhaseDiagramChart.Diagram(new PhaseDiagramData([], [], [], null), "t"));
    }

    [Fact]
    public void TheMapIsAHeatmapOfNHsOverPressureAndTemperatureWithAColourBarFixedToZeroOne()
    {
        double[] pressures = [0, 0.5, 1], temperatures = [150, 200, 250, 300];
        var nhs = new double[,] { { 0.2, 0.3, 0.4, 0.5 }, { 0.25, 0.35, double.NaN, 0.55 }, { 0.3, 0.4, 0.5, 0.7 } };

        var figure = PhaseDiagramChart.Map(new PhaseMap("heating", pressures, temperatures, nhs), "n_HS map");

        var heatmap = Assert.IsType<Heatmap>(figure.Plot);
        Assert.Equal("n_HS map (heating)", figure.Title);
        Assert.Equal(pressures, heatmap.X);
        Assert.Equal(temperatures, heatmap.Y);
        Assert.Equal(("Pressure (GPa)", "Temperature (K)"), (heatmap.XAxis.Label, heatmap.YAxis.Label));
        Assert.Equal((0.0, 1.0), (heatmap.ValueMin, heatmap.ValueMax));
        for (int i = 0; i < pressures.Length; i++)
        {
            for (int j = 0; j < temperatures.Length; j++)
            {
                Assert.Equal(nhs[i, j], heatmap.ValueAt(j, i));
            }
        }

        var document = SvgQuery.Parse(SvgRenderer.Render(figure));
        var bar = SvgQuery.ByClass(document, "colour-bar").Single();
        Assert.Equal("nHS", SvgQuery.Attribute(bar, "data-title"));
        var labels = bar.Descendants(SvgQuery.Svg + "text").Where(t => (string?)t.Attribute("class") == "tick-label")
            .Select(t => t.Value).ToList();
        Assert.Equal("0.0", labels[0]);
        Assert.Equal("1.0", labels[^1]);
        Assert.Equal(11, SvgQuery.ByClass(document, "heatmap-cells").Single().Elements().Count());
    }

    [Fact]
    public void AMapWhoseValuesDoNotMatchItsGridIsRefusedNamingTheBranch()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            PhaseDiagramChart.Map(new PhaseMap("cooling", [0.0, 1], [100.0, 200, 300], new double[3, 2]), "t"));
        Assert.Contains("cooling branch is 3 x 2 but its grid is 2 pressures by 3 temperatures", error.Message);
    }

    private static List<(double X, double Y)> Outline(PhaseDiagramData data, int from, int to) =>
    [
        .. Enumerable.Range(from, to - from + 1).Select(i => (data.UpLine[i].PressureGPa, data.UpLine[i].TemperatureK)),
        .. Enumerable.Range(from, to - from + 1).Reverse()
            .Select(i => (data.DownLine[i].PressureGPa, data.DownLine[i].TemperatureK)),
    ];

    private static System.Xml.Linq.XElement Line(System.Xml.Linq.XDocument document, string series) =>
        SvgQuery.ByClass(document, "series").Single(s => SvgQuery.Attribute(s, "data-name") == series)
            .Elements(SvgQuery.Svg + "path").Single(p => (string?)p.Attribute("class") == "line");

    private static string Stroke(System.Xml.Linq.XDocument document, string series) =>
        Line(document, series).Attribute("stroke")!.Value;

    /// <summary>How many unbroken pieces the series' line has: one per "M" in its path.</summary>
    private static int Moves(System.Xml.Linq.XDocument document, string series) =>
        Line(document, series).Attribute("d")!.Value.Count(c => c == 'M');
}
