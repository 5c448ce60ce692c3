using System.Globalization;
using System.Xml.Linq;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Svg;
using SCOModel.Plotting.Tests.Support;

namespace SCOModel.Plotting.Tests.Svg;

public sealed class SvgRendererTests
{
    public static TheoryData<string> FigureKinds => ["spin-transition", "phase-diagram", "spin-states", "log-log"];

    [Theory]
    [MemberData(nameof(FigureKinds))]
    public void EveryKindOfFigureIsWellFormedSvgOfTheFiguresSize(string kind)
    {
        var figure = kind switch
        {
            "spin-transition" => SampleFigures.SpinTransition(),
            "phase-diagram" => SampleFigures.PhaseDiagram(),
            "spin-states" => SampleFigures.SpinStates(),
            _ => LogLogFigure(),
        };

        var document = SvgQuery.Parse(SvgRenderer.Render(figure));

        var root = document.Root!;
        Assert.Equal(SvgQuery.Svg + "svg", root.Name);
        Assert.Equal("800", (string?)root.Attribute("width"));
        Assert.Equal("560", (string?)root.Attribute("height"));
        Assert.Equal("0 0 800 560", (string?)root.Attribute("viewBox"));
    }

    [Fact]
    public void MarkupCharactersInTextsAreEscapedAndReadBackUnchanged()
    {
        const string nasty = "A < B & \"C\" > 'D' ]]> <script>";
        var plot = new XYPlot(new Axis(nasty, "<K>"), new Axis("y & z"));
        plot.Series.Add(XYSeries.Line(nasty, [1.0, 2], [3.0, 4]));
        plot.Annotations.Add(new VerticalMarker(1.5, nasty));

        string svg = SvgRenderer.Render(new Figure(plot) { Title = nasty });
        var document = SvgQuery.Parse(svg);

        Assert.DoesNotContain("<script>", svg);
        Assert.Equal(nasty, document.Root!.Element(SvgQuery.Svg + "title")!.Value);
        Assert.Equal(nasty, SvgQuery.ByClass(document, "figure-title").Single().Value);
        Assert.Contains(SvgQuery.ByClass(document, "axis-title"), e => e.Value == nasty + " (<K>)");
        Assert.Equal(nasty, SvgQuery.Attribute(SvgQuery.ByClass(document, "series").Single(), "data-name"));
    }

    [Fact]
    public void ControlCharactersThatXmlCannotCarryAreDropped()
    {
        var plot = new XYPlot(new Axis("x"), new Axis("y"));
        plot.Series.Add(XYSeries.Line("bell\u0007 and nul\u0000", [1.0, 2], [3.0, 4]));

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));

        Assert.Equal("bell and nul", SvgQuery.Attribute(SvgQuery.ByClass(document, "series").Single(), "data-name"));
    }

    [Fact]
    public void NumbersAreWrittenWithTheInvariantCultureWhateverTheCurrentOne()
    {
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NumberGroupSeparator = ".";
        var saved = CultureInfo.CurrentCulture;
        string svg;
        try
        {
            CultureInfo.CurrentCulture = comma;
            Assert.Equal("0,5", 0.5.ToString(CultureInfo.CurrentCulture));
            svg = SvgRenderer.Render(SampleFigures.SpinTransition());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        var document = SvgQuery.Parse(svg);
        var numeric = new[] { "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "stroke-width" };
        foreach (var attribute in document.Descendants().Attributes().Where(a => numeric.Contains(a.Name.LocalName)))
        {
            Assert.True(double.TryParse(attribute.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                $"{attribute.Name.LocalName}=\"{attribute.Value}\" is not an invariant number");
        }

        Assert.Contains(SvgQuery.ByClass(document, "tick-label"), e => e.Value == "0.2");
    }

    [Fact]
    public void RenderingIsDeterministicAndIdsCarryThePrefix()
    {
        var figure = SampleFigures.PhaseDiagram();

        string first = SvgRenderer.Render(figure, "fig7");
        Assert.Equal(first, SvgRenderer.Render(figure, "fig7"));

        var ids = SvgQuery.Parse(first).Descendants().Attributes("id").Select(a => a.Value).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("fig7-", id));
        Assert.Throws<ArgumentException>(() => SvgRenderer.Render(figure, "7 bad"));
    }

    [Fact]
    public void SubscriptMarkupBecomesLoweredSmallerText()
    {
        var document = SvgQuery.Parse(SvgRenderer.Render(SampleFigures.SpinTransition()));

        var yTitle = SvgQuery.ByClass(document, "axis-title").Single(e => e.Value.StartsWith("High-spin", StringComparison.Ordinal));
        Assert.Equal("High-spin fraction nHS", yTitle.Value);
        var script = yTitle.Elements(SvgQuery.Svg + "tspan").Single();
        Assert.Equal("HS", script.Value);
        Assert.True(double.Parse((string)script.Attribute("dy")!, CultureInfo.InvariantCulture) > 0);
        Assert.Equal("preserve", (string?)yTitle.Attribute(XNamespace.Xml + "space"));
    }

    private static Figure LogLogFigure()
    {
        double[] x = [0.1, 1, 10, 100, 1000];
        var plot = new XYPlot(new Axis("Time", "s") { Scale = AxisScale.Logarithmic },
            new Axis("Rate", "s^{−1}") { Scale = AxisScale.Logarithmic });
        plot.Series.Add(XYSeries.Scatter("measured", x, [1e-5, 1e-4, 1e-3, 1e-2, 0.1], [5e-6, 1e-5, 1e-4, 1e-3, 0.2]));
        return new Figure(plot);
    }
}
