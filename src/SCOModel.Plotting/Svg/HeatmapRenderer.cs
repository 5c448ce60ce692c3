using System.Xml.Linq;
using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Svg;

/// <summary>
/// Draws a <see cref="Heatmap"/>: cells reaching halfway to their neighbours (in log space on a log axis), a frame
/// that fits the cells exactly, and a colour bar on the right with its own ticks and title.
/// </summary>
internal static class HeatmapRenderer
{
    private const double BarGap = 18;
    private const double BarWidth = 16;

    public static void Render(SvgCanvas canvas, Figure figure, Heatmap heatmap)
    {
        var xEdges = Edges(heatmap.X, heatmap.XAxis, "x");
        var yEdges = Edges(heatmap.Y, heatmap.YAxis, "y");

        // The frame fits the cells unless the caller fixed the limits: a heatmap has no data beyond its grid.
        var xAxis = heatmap.XAxis with { Min = heatmap.XAxis.Min ?? xEdges[0], Max = heatmap.XAxis.Max ?? xEdges[^1] };
        var yAxis = heatmap.YAxis with { Min = heatmap.YAxis.Min ?? yEdges[0], Max = heatmap.YAxis.Max ?? yEdges[^1] };
        var xTicks = AxisTicks.For(xAxis, "x", []);
        var yTicks = AxisTicks.For(yAxis, "y", []);
        var (low, high) = ValueRange(heatmap);

        // A free end of the colour bar extends to a nice tick, so the bar is labelled at both ends (0 and 1 for n_HS).
        var barTicks = NiceTicks.Linear(low, high, extendLow: heatmap.ValueMin is null,
            extendHigh: heatmap.ValueMax is null);
        (low, high) = (barTicks.Min, barTicks.Max);

        double top = TitleRenderer.TopRoom(figure) + 8;
        double left = 12 + AxisRenderer.LeftRoom(yTicks);
        double barRoom = BarGap + BarWidth + Typography.MajorTickLength + 5 + AxisRenderer.WidestLabel(barTicks) + 12 +
            Typography.AxisTitleSize + 12;
        double bottom = AxisRenderer.BottomRoom + 10;
        var frame = new PlotFrame(left, top, figure.WidthPx - left - barRoom, figure.HeightPx - top - bottom);
        if (frame.Width < 40 || frame.Height < 40)
        {
            throw new ArgumentException(
                $"a {figure.WidthPx} x {figure.HeightPx} px figure leaves no room for the heatmap once its labels are placed");
        }

        var x = new AxisMap(xTicks, xAxis.Scale, frame.Left, frame.Right);
        var y = new AxisMap(yTicks, yAxis.Scale, frame.Bottom, frame.Top);
        TitleRenderer.Draw(canvas, figure, frame.CentreX);

        var defs = SvgCanvas.Add(canvas.Root, "defs");
        string clipId = canvas.Id("plot-area");
        var clip = SvgCanvas.Add(defs, "clipPath", ("id", clipId));
        SvgCanvas.Add(clip, "rect", ("x", frame.Left), ("y", frame.Top), ("width", frame.Width), ("height", frame.Height));

        var cells = SvgCanvas.Group(canvas.Root, "heatmap-cells", ("clip-path", $"url(#{clipId})"));
        for (int row = 0; row < heatmap.Y.Count; row++)
        {
            double y0 = y.ToPixel(yEdges[row]), y1 = y.ToPixel(yEdges[row + 1]);
            for (int column = 0; column < heatmap.X.Count; column++)
            {
                double value = heatmap.ValueAt(row, column);
                if (double.IsNaN(value))
                {
                    continue;
                }

                double x0 = x.ToPixel(xEdges[column]), x1 = x.ToPixel(xEdges[column + 1]);
                string fill = heatmap.ColourMap.At((value - low) / (high - low)).Hex;

                // A hairline stroke in the cell's own colour closes the seams anti-aliasing leaves between cells.
                SvgCanvas.Add(cells, "rect", ("x", Math.Min(x0, x1)), ("y", Math.Min(y0, y1)),
                    ("width", Math.Abs(x1 - x0)), ("height", Math.Abs(y1 - y0)), ("fill", fill), ("stroke", fill),
                    ("stroke-width", 0.5));
            }
        }

        SvgCanvas.Add(canvas.Root, "rect", ("class", "frame"), ("x", frame.Left), ("y", frame.Top),
            ("width", frame.Width), ("height", frame.Height), ("fill", "none"), ("stroke", Typography.Frame.Hex),
            ("stroke-width", 1.1));
        AxisRenderer.DrawBottom(canvas.Root, x, frame, xAxis.Label);
        AxisRenderer.DrawLeft(canvas.Root, y, frame, yAxis.Label);
        DrawColourBar(canvas, defs, heatmap, barTicks, frame);
    }

    private static void DrawColourBar(SvgCanvas canvas, XElement defs, Heatmap heatmap, TickSet ticks, PlotFrame frame)
    {
        // The gradient has the colour map's own control points: SVG interpolates linearly in sRGB between stops,
        // exactly as ColourMap.At does, so the bar shows the same colours as the cells.
        string gradientId = canvas.Id("colour-bar");
        var gradient = SvgCanvas.Add(defs, "linearGradient", ("id", gradientId), ("x1", 0), ("y1", 1), ("x2", 0),
            ("y2", 0));
        var stops = heatmap.ColourMap.Stops;
        for (int k = 0; k < stops.Count; k++)
        {
            SvgCanvas.Add(gradient, "stop", ("offset", k / (double)(stops.Count - 1)), ("stop-color", stops[k].Hex));
        }

        double left = frame.Right + BarGap;
        var bar = SvgCanvas.Group(canvas.Root, "colour-bar", ("data-title", RichText.Plain(heatmap.ColourBarTitle)));
        SvgCanvas.Add(bar, "rect", ("x", left), ("y", frame.Top), ("width", BarWidth), ("height", frame.Height),
            ("fill", $"url(#{gradientId})"), ("stroke", Typography.Frame.Hex), ("stroke-width", 0.8));
        var map = new AxisMap(ticks, AxisScale.Linear, frame.Bottom, frame.Top);
        double tickRight = left + BarWidth;
        for (int i = 0; i < ticks.Major.Count; i++)
        {
            double y = map.ToPixel(ticks.Major[i]);
            SvgCanvas.Add(bar, "line", ("x1", tickRight), ("y1", y), ("x2", tickRight + Typography.MajorTickLength),
                ("y2", y), ("stroke", Typography.Frame.Hex), ("stroke-width", 1));
            SvgCanvas.Text(bar, tickRight + Typography.MajorTickLength + 5, y + (Typography.TickLabelSize * 0.35),
                ticks.Labels[i], Typography.TickLabelSize, cssClass: "tick-label");
        }

        double titleX = tickRight + Typography.MajorTickLength + 5 + AxisRenderer.WidestLabel(ticks) + 12 +
            (Typography.AxisTitleSize * 0.8);
        SvgCanvas.Text(bar, titleX, frame.CentreY, heatmap.ColourBarTitle, Typography.AxisTitleSize,
            TextAnchor.Middle, rotate: -90, cssClass: "axis-title");
    }

    /// <summary>The colour bar's range: the fixed limits, else the finite values' range (widened if flat).</summary>
    private static (double Low, double High) ValueRange(Heatmap heatmap)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int row = 0; row < heatmap.Y.Count; row++)
        {
            for (int column = 0; column < heatmap.X.Count; column++)
            {
                double v = heatmap.ValueAt(row, column);
                if (double.IsFinite(v))
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                }
            }
        }

        double low = heatmap.ValueMin ?? (double.IsFinite(min) ? min : 0);
        double high = heatmap.ValueMax ?? (double.IsFinite(max) ? max : 1);
        if (!(low < high))
        {
            if (heatmap.ValueMin is not null && heatmap.ValueMax is not null)
            {
                throw new ArgumentException(
                    $"the heatmap's colour bar range must rise, got {low} to {high}", nameof(heatmap));
            }

            double half = low == 0 ? 0.5 : Math.Abs(low) * 0.05;
            (low, high) = (low - half, high + half);
        }

        return (low, high);
    }

    /// <summary>Cell edges: midpoints between centres, and half a spacing beyond the first and last centre.</summary>
    private static double[] Edges(IReadOnlyList<double> centres, Axis axis, string name)
    {
        bool log = axis.Scale == AxisScale.Logarithmic;
        if (log && centres[0] <= 0)
        {
            throw new ArgumentException(
                $"the heatmap's {name} grid starts at {centres[0]}, but the {name} axis \"{RichText.Plain(axis.Label)}\" " +
                "is logarithmic and can show only positive values");
        }

        var t = centres.Select(c => log ? Math.Log10(c) : c).ToArray();
        var edges = new double[t.Length + 1];
        double halfSpan = t.Length > 1 ? 0 : (t[0] == 0 ? 0.5 : Math.Abs(t[0]) * 0.05);
        edges[0] = t.Length > 1 ? t[0] - ((t[1] - t[0]) / 2) : t[0] - halfSpan;
        edges[^1] = t.Length > 1 ? t[^1] + ((t[^1] - t[^2]) / 2) : t[0] + halfSpan;
        for (int i = 1; i < t.Length; i++)
        {
            edges[i] = (t[i - 1] + t[i]) / 2;
        }

        return log ? edges.Select(e => Math.Pow(10, e)).ToArray() : edges;
    }
}
