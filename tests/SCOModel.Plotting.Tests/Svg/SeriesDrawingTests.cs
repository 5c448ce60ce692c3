using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Svg;
using SCOModel.Plotting.Tests.Support;

namespace SCOModel.Plotting.Tests.Svg;

public sealed class SeriesDrawingTests
{
    [Fact]
    public void EachPointGetsAMarkerAndErrorBarsLongerThanTheMarker()
    {
        var plot = new XYPlot(new Axis("x"), new Axis("y") { Min = 0, Max = 1 });
        plot.Series.Add(new XYSeries("s", [1.0, 2, 3, 4], [0.2, 0.4, double.NaN, 0.8], [0.1, 0.001, 0.1, 0])
        {
            Style = new SeriesStyle { Dash = LineDash.Dashed, Marker = MarkerShape.TriangleLeft, Fill = MarkerFill.Open },
        });

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));

        var series = SvgQuery.ByClass(document, "series").Single();
        Assert.Equal(3, SvgQuery.ByClass(document, "markers").Single().Elements(SvgQuery.Svg + "polygon").Count());
        Assert.Single(SvgQuery.ByClass(document, "error-bars").Single().Elements());
        var line = SvgQuery.ByClass(document, "line").Single();
        Assert.NotNull(line.Attribute("stroke-dasharray"));
        Assert.Equal("none", series.Descendants(SvgQuery.Svg + "polygon").First().Attribute("fill")!.Value);
    }

    [Fact]
    public void AMarkerBeyondFixedLimitsIsNotDrawn()
    {
        var plot = new XYPlot(new Axis("x") { Min = 0, Max = 10 }, new Axis("y"));
        plot.Series.Add(XYSeries.Line("s", [1.0, 9], [0.0, 1]));
        plot.Annotations.Add(new VerticalMarker(5, "inside"));
        plot.Annotations.Add(new VerticalMarker(50, "outside"));

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));

        Assert.Equal(["inside"], SvgQuery.ByClass(document, "marker-label").Select(e => e.Value));
        Assert.Single(SvgQuery.ByClass(document, "marker-line"));
    }

    [Fact]
    public void MismatchedSeriesLengthsAreRefusedNamingTheSeries()
    {
        var error = Assert.Throws<ArgumentException>(() => new XYSeries("heating", [1.0, 2], [1.0]));
        Assert.Contains("series \"heating\" has 2 x values but 1 y values", error.Message);
    }

    [Fact]
    public void HorizontalErrorBarsSpanTheXErrorAndStretchAFreeXAxis()
    {
        var plot = new XYPlot(new Axis("x"), new Axis("y") { Min = 0, Max = 3 });
        plot.Series.Add(new XYSeries("s", [1.0, 2], [1.0, 2]) { XError = [0.5, 0], Style = SeriesStyle.Scatter });

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));

        var circles = SvgQuery.ByClass(document, "markers").Single().Elements(SvgQuery.Svg + "circle").ToList();
        double unit = SvgGeometry.Number(circles[1], "cx") - SvgGeometry.Number(circles[0], "cx");
        string path = SvgQuery.ByClass(document, "error-bars").Single().Elements().Single().Attribute("d")!.Value;
        var bar = System.Text.RegularExpressions.Regex.Match(path, @"^M([-\d.]+) ([-\d.]+)H([-\d.]+)");
        Assert.True(bar.Success, path);
        double from = double.Parse(bar.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        double to = double.Parse(bar.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(unit, to - from, 0.05);
        Assert.Equal(SvgGeometry.Number(circles[0], "cx"), (from + to) / 2, 0.05);
        Assert.True(from >= SvgGeometry.Frame(document).Left, "the bar's left end lies outside the free x axis");
    }

    [Fact]
    public void XErrorsOfTheWrongLengthAreRefusedNamingTheSeries()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new XYSeries("critical", [1.0, 2], [1.0, 2]) { XError = [0.1] });
        Assert.Contains("series \"critical\" has 2 x values but 1 x error bars", error.Message);
    }
}
