using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Svg;
using SCOModel.Plotting.Tests.Support;

namespace SCOModel.Plotting.Tests.Svg;

public sealed class LogAxisTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-2.5, "-2.5")]
    public void NonPositiveYDataOnALogAxisAreRefusedNamingTheSeriesAndTheValue(double bad, string printed)
    {
        var plot = new XYPlot(new Axis("Time", "s"), new Axis("Rate", "s^{−1}") { Scale = AxisScale.Logarithmic });
        plot.Series.Add(XYSeries.Line("fit", [1.0, 2, 3], [1.0, 2, 3]));
        plot.Series.Add(XYSeries.Scatter("relaxation rate", [1.0, 2, 3], [0.5, bad, 2]));

        var error = Assert.Throws<ArgumentException>(() => SvgRenderer.Render(new Figure(plot)));

        Assert.Contains("series \"relaxation rate\"", error.Message);
        Assert.Contains($"value {printed} at point 1", error.Message);
        Assert.Contains("logarithmic", error.Message);
        Assert.Contains("\"Rate (s−1)\"", error.Message);
    }

    [Fact]
    public void NonPositiveXDataOnALogAxisAreRefusedToo()
    {
        var plot = new XYPlot(new Axis("Time", "s") { Scale = AxisScale.Logarithmic }, new Axis("n_{HS}"));
        plot.Series.Add(XYSeries.Line("relaxation", [0.0, 1, 10], [1.0, 0.5, 0.1]));

        var error = Assert.Throws<ArgumentException>(() => SvgRenderer.Render(new Figure(plot)));

        Assert.Contains("series \"relaxation\" has the non-positive x value 0 at point 0", error.Message);
    }

    [Fact]
    public void ANonPositiveFixedLimitOnALogAxisIsRefused()
    {
        var plot = new XYPlot(new Axis("Time", "s") { Scale = AxisScale.Logarithmic, Min = 0 }, new Axis("y"));
        plot.Series.Add(XYSeries.Line("a", [1.0, 10], [1.0, 2]));

        var error = Assert.Throws<ArgumentException>(() => SvgRenderer.Render(new Figure(plot)));

        Assert.Contains("lower limit is 0", error.Message);
    }

    [Fact]
    public void ErrorBarsReachingBelowZeroAreCutAtTheFrameNotRefused()
    {
        var plot = new XYPlot(new Axis("x"), new Axis("y") { Scale = AxisScale.Logarithmic });
        plot.Series.Add(XYSeries.Scatter("noisy", [1.0, 2, 3], [0.01, 0.1, 1], [0.02, 0.01, 0.1]));

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));

        Assert.Equal(3, SvgQuery.ByClass(document, "error-bars").Single().Elements().Count());
        Assert.Contains(SvgQuery.ByClass(document, "tick-label"), e => e.Value == "0.01");
    }

    [Fact]
    public void MissingPointsAreGapsNotErrors()
    {
        var plot = new XYPlot(new Axis("x"), new Axis("y") { Scale = AxisScale.Logarithmic });
        plot.Series.Add(XYSeries.Line("gappy", [1.0, 2, 3, 4], [1.0, double.NaN, 10, 100]));

        var document = SvgQuery.Parse(SvgRenderer.Render(new Figure(plot)));

        string path = SvgQuery.Attribute(SvgQuery.ByClass(document, "line").Single(), "d")!;
        Assert.Equal(2, path.Count(c => c == 'M'));
    }
}
