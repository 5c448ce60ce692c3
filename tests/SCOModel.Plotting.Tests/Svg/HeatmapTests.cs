using System.Globalization;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Svg;
using SCOModel.Plotting.Tests.Support;

namespace SCOModel.Plotting.Tests.Svg;

public sealed class HeatmapTests
{
    [Fact]
    public void AHeatmapHasAColourBarWithTheMapsGradientTicksAndTitle()
    {
        var document = SvgQuery.Parse(SvgRenderer.Render(SampleFigures.PhaseDiagram()));

        var bar = SvgQuery.ByClass(document, "colour-bar").Single();
        Assert.Equal("nHS", SvgQuery.Attribute(bar, "data-title"));
        var fill = bar.Elements(SvgQuery.Svg + "rect").Single().Attribute("fill")!.Value;
        Assert.StartsWith("url(#", fill);
        string id = fill["url(#".Length..^1];
        var gradient = document.Descendants(SvgQuery.Svg + "linearGradient").Single(g => (string?)g.Attribute("id") == id);
        Assert.Equal(
            ColourMap.Viridis.Stops.Select(s => s.Hex),
            gradient.Elements(SvgQuery.Svg + "stop").Select(s => s.Attribute("stop-color")!.Value));

        var labels = bar.Descendants(SvgQuery.Svg + "text").Where(t => (string?)t.Attribute("class") == "tick-label")
            .Select(t => t.Value).ToList();
        Assert.Equal(["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"], labels);
        Assert.Contains(bar.Descendants(SvgQuery.Svg + "text"), t => t.Value == "nHS");
    }

    [Fact]
    public void EveryComputedCellIsDrawnAndMissingOnesAreLeftBlank()
    {
        var document = SvgQuery.Parse(SvgRenderer.Render(SampleFigures.PhaseDiagram()));

        var cells = SvgQuery.ByClass(document, "heatmap-cells").Single().Elements(SvgQuery.Svg + "rect").ToList();
        Assert.Equal((21 * 11) - 1, cells.Count);
        Assert.Contains(cells, c => c.Attribute("fill")!.Value == ColourMap.Viridis.At(0).Hex);
    }

    [Fact]
    public void CellsTileTheFrameWithoutGaps()
    {
        var heatmap = new Heatmap(new Axis("x"), new Axis("y"), [1.0, 2, 4], [10.0, 20], new double[,] { { 0, 1, 2 }, { 3, 4, 5 } }, "v");
        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(heatmap)));

        var frame = SvgQuery.ByClass(document, "frame").Single();
        var cells = SvgQuery.ByClass(document, "heatmap-cells").Single().Elements(SvgQuery.Svg + "rect").ToList();
        double area = cells.Sum(c => Number(c, "width") * Number(c, "height"));
        Assert.Equal(Number(frame, "width") * Number(frame, "height"), area, 0.5);
    }

    [Fact]
    public void AGridThatDoesNotMatchTheValuesIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new Heatmap(new Axis("x"), new Axis("y"), [1.0, 2], [1.0, 2, 3], new double[2, 2], "v"));
        Assert.Contains("rows x columns", error.Message);
        Assert.Throws<ArgumentException>(() =>
            new Heatmap(new Axis("x"), new Axis("y"), [2.0, 1], [1.0, 2], new double[2, 2], "v"));
    }

    private static double Number(System.Xml.Linq.XElement e, string name) =>
        double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
}
