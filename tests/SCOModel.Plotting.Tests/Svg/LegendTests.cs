using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Svg;
using SCOModel.Plotting.Tests.Support;

namespace SCOModel.Plotting.Tests.Svg;

public sealed class LegendTests
{
    [Fact]
    public void SeriesAreDrawnInOrderAndTheLegendListsThemInTheSameOrderThenTheBands()
    {
        var plot = new XYPlot(new Axis("x"), new Axis("y"));
        string[] names = ["run 3", "run 1", "run 2"];
        foreach (string name in names)
        {
            plot.Series.Add(XYSeries.Line(name, [0.0, 1, 2], [name.Length, 1, 2]));
        }

        plot.Series.Add(new XYSeries("second segment", [3.0, 4], [1.0, 2]) { ShowInLegend = false });
        plot.Annotations.Add(new ShadedBand(0.5, 1.5, "loop"));

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));

        var drawn = SvgQuery.ByClass(document, "series").Select(e => SvgQuery.Attribute(e, "data-name")).ToList();
        var legend = SvgQuery.ByClass(document, "legend-entry").Select(e => SvgQuery.Attribute(e, "data-name")).ToList();
        Assert.Equal([.. names, "second segment"], drawn);
        Assert.Equal([.. names, "loop"], legend);
        Assert.Equal([.. names, "loop"], SvgQuery.ByClass(document, "legend-entry").Select(e => e.Value));
    }

    [Fact]
    public void LegendSamplesUseTheSeriesColoursFromThePalette()
    {
        var plot = new XYPlot(new Axis("x"), new Axis("y"));
        plot.Series.Add(XYSeries.Line("first", [0.0, 1], [0.0, 1]));
        plot.Series.Add(XYSeries.Line("second", [0.0, 1], [1.0, 0]));

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));

        var strokes = SvgQuery.ByClass(document, "legend-entry")
            .Select(e => e.Descendants(SvgQuery.Svg + "line").Single().Attribute("stroke")!.Value)
            .ToList();
        Assert.Equal([Palette.ForSeries(0).Hex, Palette.ForSeries(1).Hex], strokes);
    }

    [Fact]
    public void AnAutoLegendAvoidsTheCornerWhereTheDataAre()
    {
        // Data fill the top right quadrant up to the corner; the legend, preferring that corner, must go elsewhere.
        var plot = new XYPlot(new Axis("x") { Min = 0, Max = 10 }, new Axis("y") { Min = 0, Max = 10 });
        var x = Enumerable.Range(0, 50).Select(i => 6 + (i % 10 * 0.44)).ToArray();
        var y = Enumerable.Range(0, 50).Select(i => 6 + (i / 10 * 1.0)).ToArray();
        plot.Series.Add(XYSeries.Scatter("cluster", x, y));

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));

        var box = SvgQuery.ByClass(document, "legend").Single().Elements(SvgQuery.Svg + "rect").First();
        double left = double.Parse(box.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(left < 400, $"legend at x = {left}, over the data");
    }

    [Fact]
    public void NoLegendWhenAskedOrWhenNothingIsNamed()
    {
        var hidden = new XYPlot(new Axis("x"), new Axis("y")) { Legend = LegendPlacement.None };
        hidden.Series.Add(XYSeries.Line("a", [0.0, 1], [0.0, 1]));
        var unnamed = new XYPlot(new Axis("x"), new Axis("y"));
        unnamed.Series.Add(XYSeries.Line("", [0.0, 1], [0.0, 1]));

        Assert.Empty(SvgQuery.ByClass(SvgQuery.Parse(SvgRenderer.Render(new Figure(hidden))), "legend"));
        Assert.Empty(SvgQuery.ByClass(SvgQuery.Parse(SvgRenderer.Render(new Figure(unnamed))), "legend"));
    }
}
