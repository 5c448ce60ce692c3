using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Svg;
using SCOModel.Plotting.Tests.Support;

namespace SCOModel.Plotting.Tests.Svg;

public sealed class ShadedRegionTests
{
    /// <summary>Data stay this far inside the frame (XYPlotRenderer.DataInset).</summary>
    private const double Inset = 10;

    [Fact]
    public void ARegionIsAPolygonWithOneVertexPerPointAtTheMappedPixels()
    {
        var plot = new XYPlot(new Axis("x") { Min = 0, Max = 10 }, new Axis("y") { Min = 0, Max = 20 });
        (double X, double Y)[] outline = [(1, 2), (9, 4), (7, 18), (2, 10)];
        plot.Annotations.Add(new ShadedRegion(outline, "region") { Colour = Palette.Orange, Opacity = 0.3 });

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));

        var polygon = SvgQuery.ByClass(document, "region").Single();
        Assert.Equal("polygon", polygon.Name.LocalName);
        Assert.Equal(Palette.Orange.Hex, SvgQuery.Attribute(polygon, "fill"));
        Assert.Equal("0.3", SvgQuery.Attribute(polygon, "fill-opacity"));
        var (left, top, width, height) = SvgGeometry.Frame(document);
        var expected = outline.Select(p => (
            X: left + Inset + (p.X / 10 * (width - (2 * Inset))),
            Y: top + height - Inset - (p.Y / 20 * (height - (2 * Inset))))).ToList();
        var vertices = SvgGeometry.Vertices(polygon);
        Assert.Equal(outline.Length, vertices.Count);
        for (int i = 0; i < outline.Length; i++)
        {
            Assert.Equal(expected[i].X, vertices[i].X, 0.05);
            Assert.Equal(expected[i].Y, vertices[i].Y, 0.05);
        }
    }

    [Fact]
    public void ARegionIsClippedToThePlotAreaAndDrawnBeneathTheSeries()
    {
        // The region reaches far beyond the fixed limits: only the clip keeps it off the axes and the legend.
        var plot = new XYPlot(new Axis("x") { Min = 0, Max = 10 }, new Axis("y") { Min = 0, Max = 10 });
        plot.Series.Add(XYSeries.Line("data", [0.0, 10], [0.0, 10]));
        plot.Annotations.Add(new ShadedRegion([(-50, -50), (50, -50), (50, 50)], "big"));

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));

        var polygon = SvgQuery.ByClass(document, "region").Single();
        var (left, top, width, height) = SvgGeometry.Frame(document);
        Assert.Contains(SvgGeometry.Vertices(polygon), v => v.X < left || v.X > left + width || v.Y > top + height);

        var area = polygon.Parent!;
        Assert.Equal("plot-area", SvgQuery.Attribute(area, "class"));
        string clip = SvgQuery.Attribute(area, "clip-path")!;
        Assert.StartsWith("url(#", clip);
        var clipRect = document.Descendants(SvgQuery.Svg + "clipPath")
            .Single(c => (string?)c.Attribute("id") == clip["url(#".Length..^1]).Elements().Single();
        Assert.Equal((left, top, width, height), (SvgGeometry.Number(clipRect, "x"), SvgGeometry.Number(clipRect, "y"),
            SvgGeometry.Number(clipRect, "width"), SvgGeometry.Number(clipRect, "height")));

        var drawn = area.Elements().ToList();
        int series = drawn.FindIndex(e => SvgQuery.Attribute(e, "class") == "series");
        Assert.True(drawn.IndexOf(polygon) < series, "the region is drawn over the series");
    }

    [Fact]
    public void NonFinitePointsAreSkippedInTheDrawingAndInTheAxisRanges()
    {
        var plot = new XYPlot(new Axis("x"), new Axis("y"));
        (double X, double Y)[] outline =
            [(0, 0), (double.NaN, 5), (4, 0), (double.PositiveInfinity, 1), (4, double.NegativeInfinity), (2, 8)];
        plot.Annotations.Add(new ShadedRegion(outline, "r"));

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));

        var vertices = SvgGeometry.Vertices(SvgQuery.ByClass(document, "region").Single());
        Assert.Equal(3, vertices.Count);
        AssertInsideFrame(document, vertices);
    }

    [Fact]
    public void FreeAxesStretchToTheRegionAsTheyDoToABand()
    {
        var plot = new XYPlot(new Axis("x"), new Axis("y"));
        plot.Series.Add(XYSeries.Line("data", [0.0, 1], [0.0, 1]));
        plot.Annotations.Add(new ShadedRegion([(0, 0), (3, 0), (3, 50)], "wide"));

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));

        AssertInsideFrame(document, SvgGeometry.Vertices(SvgQuery.ByClass(document, "region").Single()));
    }

    [Fact]
    public void ALabelledRegionHasAFilledSwatchInTheLegendAndAnUnlabelledOrEmptyOneNone()
    {
        var plot = new XYPlot(new Axis("x"), new Axis("y"));
        plot.Series.Add(XYSeries.Line("data", [0.0, 10], [0.0, 10]));
        plot.Annotations.Add(new ShadedRegion([(1, 1), (2, 1), (2, 2)], "bistable") { Colour = Palette.SkyBlue });
        plot.Annotations.Add(new ShadedRegion([(5, 5), (6, 5), (6, 6)], ""));
        plot.Annotations.Add(new ShadedRegion([(7, 7), (8, double.NaN), (8, 8)], "too few points"));

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));

        Assert.Equal(2, SvgQuery.ByClass(document, "region").Count());
        var entries = SvgQuery.ByClass(document, "legend-entry").ToList();
        Assert.Equal(["data", "bistable"], entries.Select(e => SvgQuery.Attribute(e, "data-name")));
        var swatch = entries[1].Elements(SvgQuery.Svg + "rect").Single();
        Assert.Equal(Palette.SkyBlue.Hex, SvgQuery.Attribute(swatch, "fill"));
        Assert.True(SvgGeometry.Number(swatch, "fill-opacity") > 0.18);
    }

    [Fact]
    public void TheOutlineIsCopiedSoTheCallerMayReuseItsList()
    {
        var outline = new List<(double X, double Y)> { (0, 0), (1, 0), (1, 1) };
        var region = new ShadedRegion(outline, "r");
        outline.Clear();

        Assert.Equal(3, region.Outline.Count);
        Assert.Equal(0.18, region.Opacity);
    }

    private static void AssertInsideFrame(System.Xml.Linq.XDocument document, List<(double X, double Y)> vertices)
    {
        var (left, top, width, height) = SvgGeometry.Frame(document);
        Assert.All(vertices, v =>
            Assert.True(v.X >= left && v.X <= left + width && v.Y >= top && v.Y <= top + height,
                $"{v} is outside the frame"));
    }
}
