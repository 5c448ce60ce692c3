using System.Globalization;
using System.Text;
using System.Xml.Linq;
using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Svg;

/// <summary>
/// Lays out and draws an <see cref="XYPlot"/>: ticks first (they decide the margins), then the frame, shaded bands and
/// regions, vertical marker lines, the series (error bars, line, markers) in order, the axes, marker labels above the
/// frame, and the legend in the corner that hides the least.
/// </summary>
internal static class XYPlotRenderer
{
    /// <summary>
    /// Data stay this far inside the frame, so that markers at the axis limits (n_HS = 0 or 1) are whole and never sit
    /// on the frame line.
    /// </summary>
    private const double DataInset = 10;

    private const double LegendMargin = 10;

    public static void Render(SvgCanvas canvas, Figure figure, XYPlot plot)
    {
        var xTicks = AxisTicks.For(plot.X, "x", XSamples(plot));
        var yTicks = AxisTicks.For(plot.Y, "y", YSamples(plot));
        var markers = plot.Annotations.OfType<VerticalMarker>().ToList();
        var bands = plot.Annotations.OfType<ShadedBand>().ToList();
        var regions = plot.Annotations.OfType<ShadedRegion>().ToList();

        double top = TitleRenderer.TopRoom(figure) +
            (markers.Any(m => m.Label.Length > 0) ? Typography.AnnotationSize + 10 : 0);
        double left = 12 + AxisRenderer.LeftRoom(yTicks);
        double right = Math.Max(24, AxisRenderer.RightOverhang(xTicks) + 8);
        double bottom = AxisRenderer.BottomRoom + 10;
        var frame = new PlotFrame(left, top, figure.WidthPx - left - right, figure.HeightPx - top - bottom);
        if (frame.Width < 40 || frame.Height < 40)
        {
            throw new ArgumentException(
                $"a {figure.WidthPx} x {figure.HeightPx} px figure leaves no room for the data once its labels are placed");
        }

        var x = new AxisMap(xTicks, plot.X.Scale, frame.Left + DataInset, frame.Right - DataInset);
        var y = new AxisMap(yTicks, plot.Y.Scale, frame.Bottom - DataInset, frame.Top + DataInset);

        TitleRenderer.Draw(canvas, figure, frame.CentreX);
        string clipId = canvas.Id("plot-area");
        var clip = SvgCanvas.Add(SvgCanvas.Add(canvas.Root, "defs"), "clipPath", ("id", clipId));
        SvgCanvas.Add(clip, "rect", ("x", frame.Left), ("y", frame.Top), ("width", frame.Width), ("height", frame.Height));

        var area = SvgCanvas.Group(canvas.Root, "plot-area", ("clip-path", $"url(#{clipId})"));
        if (plot.Grid)
        {
            AxisRenderer.DrawGrid(area, x, y, frame);
        }

        DrawBands(area, bands, x, frame);
        DrawRegions(area, regions, x, y);
        DrawMarkerLines(area, markers, x, frame);
        for (int i = 0; i < plot.Series.Count; i++)
        {
            DrawSeries(area, plot.Series[i], i, x, y);
        }

        SvgCanvas.Add(canvas.Root, "rect", ("class", "frame"), ("x", frame.Left), ("y", frame.Top),
            ("width", frame.Width), ("height", frame.Height), ("fill", "none"), ("stroke", Typography.Frame.Hex),
            ("stroke-width", 1.1));
        AxisRenderer.DrawBottom(canvas.Root, x, frame, plot.X.Label);
        AxisRenderer.DrawLeft(canvas.Root, y, frame, plot.Y.Label);
        DrawMarkerLabels(canvas.Root, markers, x, frame, figure.WidthPx);
        DrawLegend(canvas.Root, plot, x, y, frame);
    }

    /// <summary>The colour a series is drawn in: its own, or the palette's colour for its position.</summary>
    public static Colour ColourOf(XYSeries series, int index) => series.Style.Colour ?? Palette.ForSeries(index);

    private static IEnumerable<AxisTicks.Sample> XSamples(XYPlot plot)
    {
        bool log = plot.X.Scale == AxisScale.Logarithmic;
        foreach (var series in plot.Series)
        {
            for (int i = 0; i < series.X.Count; i++)
            {
                if (!double.IsNaN(series.Y[i]))
                {
                    foreach (var sample in WithError(series.X[i], ErrorAt(series.XError, i), log, Source(series), i))
                    {
                        yield return sample;
                    }
                }
            }
        }

        foreach (var annotation in plot.Annotations)
        {
            switch (annotation)
            {
                case VerticalMarker marker:
                    yield return new(marker.X, $"the vertical marker \"{RichText.Plain(marker.Label)}\"", 0);
                    break;
                case ShadedBand band:
                    yield return new(band.From, $"the band \"{RichText.Plain(band.Label)}\"", 0);
                    yield return new(band.To, $"the band \"{RichText.Plain(band.Label)}\"", 1);
                    break;
                case ShadedRegion region:
                    foreach (var sample in RegionSamples(region, p => p.X))
                    {
                        yield return sample;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<AxisTicks.Sample> YSamples(XYPlot plot)
    {
        bool log = plot.Y.Scale == AxisScale.Logarithmic;
        foreach (var series in plot.Series)
        {
            for (int i = 0; i < series.Y.Count; i++)
            {
                double value = series.Y[i];
                if (double.IsNaN(series.X[i]))
                {
                    continue;
                }

                foreach (var sample in WithError(value, ErrorAt(series.YError, i), log, Source(series), i))
                {
                    yield return sample;
                }
            }
        }

        foreach (var region in plot.Annotations.OfType<ShadedRegion>())
        {
            foreach (var sample in RegionSamples(region, p => p.Y))
            {
                yield return sample;
            }
        }
    }

    /// <summary>A value the axis must show, and the ends of its error bar.</summary>
    private static IEnumerable<AxisTicks.Sample> WithError(double value, double error, bool log, string source, int i)
    {
        yield return new(value, source, i);
        if (error > 0 && double.IsFinite(value))
        {
            yield return new(value + error, source, i);

            // On a log axis an error bar reaching below zero is cut at the frame, not an error in the data.
            if (!log || value - error > 0)
            {
                yield return new(value - error, source, i);
            }
        }
    }

    /// <summary>One coordinate of a region's drawn vertices: points it skips do not stretch the axes either.</summary>
    private static IEnumerable<AxisTicks.Sample> RegionSamples(ShadedRegion region,
        Func<(double X, double Y), double> coordinate) =>
        region.FinitePoints.Select((p, k) =>
            new AxisTicks.Sample(coordinate(p), $"the region \"{RichText.Plain(region.Label)}\"", k));

    private static string Source(XYSeries series) => $"series \"{RichText.Plain(series.Name)}\"";

    private static double ErrorAt(IReadOnlyList<double>? errors, int i) =>
        errors is not null && double.IsFinite(errors[i]) && errors[i] > 0 ? errors[i] : 0;

    private static void DrawBands(XElement area, List<ShadedBand> bands, AxisMap x, PlotFrame frame)
    {
        foreach (var band in bands)
        {
            double from = x.ToPixel(band.From), to = x.ToPixel(band.To);
            SvgCanvas.Add(area, "rect", ("class", "band"), ("data-name", RichText.Plain(band.Label)),
                ("x", Math.Min(from, to)), ("y", frame.Top), ("width", Math.Abs(to - from)), ("height", frame.Height),
                ("fill", (band.Colour ?? Typography.NeutralBand).Hex), ("fill-opacity", band.Opacity));
        }
    }

    private static void DrawRegions(XElement area, List<ShadedRegion> regions, AxisMap x, AxisMap y)
    {
        foreach (var region in regions)
        {
            var vertices = region.FinitePoints.ToList();

            // Fewer than three vertices enclose nothing; an empty polygon would only add an invisible element.
            if (vertices.Count < 3)
            {
                continue;
            }

            string points = string.Join(' ', vertices.Select(p => string.Create(CultureInfo.InvariantCulture,
                $"{SvgNumber.Format(x.ToPixel(p.X))},{SvgNumber.Format(y.ToPixel(p.Y))}")));
            SvgCanvas.Add(area, "polygon", ("class", "region"), ("data-name", RichText.Plain(region.Label)),
                ("points", points), ("fill", (region.Colour ?? Typography.NeutralBand).Hex),
                ("fill-opacity", region.Opacity), ("stroke", "none"));
        }
    }

    private static void DrawMarkerLines(XElement area, List<VerticalMarker> markers, AxisMap x, PlotFrame frame)
    {
        foreach (var marker in markers.Where(m => x.Covers(m.X)))
        {
            double px = x.ToPixel(marker.X);
            SvgCanvas.Add(area, "line", ("class", "marker-line"), ("data-name", RichText.Plain(marker.Label)),
                ("x1", px), ("y1", frame.Top), ("x2", px), ("y2", frame.Bottom),
                ("stroke", (marker.Colour ?? Typography.NeutralMark).Hex), ("stroke-width", 1.2),
                ("stroke-dasharray", "5 4"));
        }
    }

    private static void DrawMarkerLabels(XElement root, List<VerticalMarker> markers, AxisMap x, PlotFrame frame,
        int figureWidth)
    {
        var labels = SvgCanvas.Group(root, "annotations");
        // A marker beyond fixed axis limits is not drawn; its label, above the frame, would point at nothing.
        foreach (var marker in markers.Where(m => m.Label.Length > 0 && x.Covers(m.X)))
        {
            double px = x.ToPixel(marker.X);
            double width = TextMetrics.Width(marker.Label, Typography.AnnotationSize);
            var (anchor, at) = marker.Side switch
            {
                LabelSide.Left => (TextAnchor.End, Math.Max(px - 4, width + 4)),
                LabelSide.Right => (TextAnchor.Start, Math.Min(px + 4, figureWidth - width - 4)),
                _ => (TextAnchor.Middle, Math.Clamp(px, (width / 2) + 4, figureWidth - (width / 2) - 4)),
            };
            SvgCanvas.Text(labels, at, frame.Top - 7, marker.Label, Typography.AnnotationSize, anchor,
                Darken(marker.Colour ?? Typography.NeutralMark), cssClass: "marker-label");
        }
    }

    private static void DrawSeries(XElement area, XYSeries series, int index, AxisMap x, AxisMap y)
    {
        var style = series.Style;
        var colour = ColourOf(series, index);
        var group = SvgCanvas.Group(area, "series",
            ("data-index", index), ("data-name", RichText.Plain(series.Name)));
        SvgCanvas.Add(group, "title").Value = SvgCanvas.XmlSafe(RichText.Plain(series.Name));

        if (series.YError is not null || series.XError is not null)
        {
            DrawErrorBars(group, series, colour, x, y);
        }

        if (style.Dash != LineDash.None)
        {
            string path = LinePath(series, x, y);
            if (path.Length > 0)
            {
                SvgCanvas.Add(group, "path", ("class", "line"), ("d", path), ("fill", "none"), ("stroke", colour.Hex),
                    ("stroke-width", style.LineWidth), ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
                    ("stroke-dasharray", DashPattern.For(style.Dash, style.LineWidth)));
            }
        }

        if (style.Marker != MarkerShape.None)
        {
            var marks = SvgCanvas.Group(group, "markers");
            foreach (var (px, py) in Points(series, x, y))
            {
                MarkerGlyph.Draw(marks, style.Marker, px, py, style.MarkerSize, colour, style.Fill);
            }
        }
    }

    private static void DrawErrorBars(XElement group, XYSeries series, Colour colour, AxisMap x, AxisMap y)
    {
        var bars = SvgCanvas.Group(group, "error-bars", ("stroke", colour.Hex), ("stroke-width", 1));
        double cap = Math.Max(3, series.Style.MarkerSize * 0.5);
        double hidden = series.Style.Marker == MarkerShape.None ? 0 : series.Style.MarkerSize;
        for (int i = 0; i < series.Y.Count; i++)
        {
            if (!double.IsFinite(series.Y[i]) || !double.IsFinite(series.X[i]))
            {
                continue;
            }

            double px = x.ToPixel(series.X[i]);
            double py = y.ToPixel(series.Y[i]);
            var bar = new StringBuilder();
            if (BarEnds(y, series.Y[i], ErrorAt(series.YError, i), hidden) is (double low, double high))
            {
                bar.Append(CultureInfo.InvariantCulture,
                    $"M{SvgNumber.Format(px)} {SvgNumber.Format(low)}V{SvgNumber.Format(high)}");
                bar.Append(CultureInfo.InvariantCulture,
                    $"M{SvgNumber.Format(px - (cap / 2))} {SvgNumber.Format(high)}h{SvgNumber.Format(cap)}");
                bar.Append(CultureInfo.InvariantCulture,
                    $"M{SvgNumber.Format(px - (cap / 2))} {SvgNumber.Format(low)}h{SvgNumber.Format(cap)}");
            }

            if (BarEnds(x, series.X[i], ErrorAt(series.XError, i), hidden) is (double left, double right))
            {
                bar.Append(CultureInfo.InvariantCulture,
                    $"M{SvgNumber.Format(left)} {SvgNumber.Format(py)}H{SvgNumber.Format(right)}");
                bar.Append(CultureInfo.InvariantCulture,
                    $"M{SvgNumber.Format(left)} {SvgNumber.Format(py - (cap / 2))}v{SvgNumber.Format(cap)}");
                bar.Append(CultureInfo.InvariantCulture,
                    $"M{SvgNumber.Format(right)} {SvgNumber.Format(py - (cap / 2))}v{SvgNumber.Format(cap)}");
            }

            if (bar.Length > 0)
            {
                SvgCanvas.Add(bars, "path", ("d", bar.ToString()), ("fill", "none"));
            }
        }
    }

    /// <summary>
    /// The pixels of the two ends of an error bar along one axis (low value first), or null when there is no bar to
    /// draw.
    /// </summary>
    private static (double Low, double High)? BarEnds(AxisMap axis, double value, double error, double hidden)
    {
        if (error == 0)
        {
            return null;
        }

        double high = axis.ToPixel(value + error);

        // On a log axis a bar reaching to or below zero runs off the low end of the frame (where it is clipped).
        double lowEnd = axis.ToPixel(axis.Ticks.Min);
        double low = axis.Scale == AxisScale.Logarithmic && value - error <= 0
            ? lowEnd + (1000 * Math.Sign(lowEnd - axis.ToPixel(axis.Ticks.Max)))
            : axis.ToPixel(value - error);

        // A bar shorter than its marker would only show as a stray cap inside an open glyph: leave it out, as
        // plotting programs do (the error is then smaller than the symbol, which is what the reader sees).
        return Math.Abs(low - high) < Math.Max(1, hidden) ? null : (low, high);
    }

    /// <summary>The series as an SVG path, broken wherever a point is missing (NaN).</summary>
    private static string LinePath(XYSeries series, AxisMap x, AxisMap y)
    {
        var path = new StringBuilder();
        bool pen = false;
        for (int i = 0; i < series.X.Count; i++)
        {
            if (!double.IsFinite(series.X[i]) || !double.IsFinite(series.Y[i]))
            {
                pen = false;
                continue;
            }

            path.Append(pen ? 'L' : 'M')
                .Append(SvgNumber.Format(x.ToPixel(series.X[i]))).Append(' ')
                .Append(SvgNumber.Format(y.ToPixel(series.Y[i])));
            pen = true;
        }

        return path.ToString();
    }

    private static IEnumerable<(double X, double Y)> Points(XYSeries series, AxisMap x, AxisMap y)
    {
        for (int i = 0; i < series.X.Count; i++)
        {
            if (double.IsFinite(series.X[i]) && double.IsFinite(series.Y[i]) && x.Covers(series.X[i]) &&
                y.Covers(series.Y[i]))
            {
                yield return (x.ToPixel(series.X[i]), y.ToPixel(series.Y[i]));
            }
        }
    }

    private static void DrawLegend(XElement root, XYPlot plot, AxisMap x, AxisMap y, PlotFrame frame)
    {
        if (plot.Legend == LegendPlacement.None)
        {
            return;
        }

        var entries = new List<LegendEntry>();
        for (int i = 0; i < plot.Series.Count; i++)
        {
            var series = plot.Series[i];
            if (series.ShowInLegend && !string.IsNullOrWhiteSpace(series.Name))
            {
                entries.Add(new LegendEntry(series.Name, LegendSwatch.Series, ColourOf(series, i)) { Style = series.Style });
            }
        }

        foreach (var annotation in plot.Annotations)
        {
            // A region with too few finite vertices is not drawn, so it has nothing to explain in the legend.
            (string label, Colour? colour, double opacity) = annotation switch
            {
                ShadedBand band => (band.Label, band.Colour, band.Opacity),
                ShadedRegion region when region.FinitePoints.Skip(2).Any() =>
                    (region.Label, region.Colour, region.Opacity),
                _ => (string.Empty, null, 0.0),
            };
            if (!string.IsNullOrWhiteSpace(label))
            {
                // The swatch a little stronger than the fill: on white, at the fill's own opacity, it would look faint.
                entries.Add(new LegendEntry(label, LegendSwatch.Band, colour ?? Typography.NeutralBand)
                {
                    Opacity = Math.Min(1, opacity * 1.5),
                });
            }
        }

        if (entries.Count == 0)
        {
            return;
        }

        var (width, height) = LegendBox.Measure(entries);
        var corners = new Dictionary<LegendPlacement, (double Left, double Top)>
        {
            [LegendPlacement.TopLeft] = (frame.Left + LegendMargin, frame.Top + LegendMargin),
            [LegendPlacement.TopRight] = (frame.Right - LegendMargin - width, frame.Top + LegendMargin),
            [LegendPlacement.BottomRight] = (frame.Right - LegendMargin - width, frame.Bottom - LegendMargin - height),
            [LegendPlacement.BottomLeft] = (frame.Left + LegendMargin, frame.Bottom - LegendMargin - height),
        };
        var placement = plot.Legend == LegendPlacement.Auto
            ? LeastCovering(corners, width, height, Obstacles(plot, x, y, frame))
            : plot.Legend;
        var (legendLeft, legendTop) = corners[placement];
        LegendBox.Draw(root, entries, legendLeft, legendTop);
    }

    /// <summary>
    /// The corner whose legend box would hide the fewest sample points of the data and marker lines; ties go to the
    /// first corner in reading order of preference (top right, top left, bottom right, bottom left).
    /// </summary>
    private static LegendPlacement LeastCovering(Dictionary<LegendPlacement, (double Left, double Top)> corners,
        double width, double height, List<(double X, double Y)> obstacles)
    {
        LegendPlacement[] preference =
            [LegendPlacement.TopRight, LegendPlacement.TopLeft, LegendPlacement.BottomRight, LegendPlacement.BottomLeft];
        return preference.MinBy(corner =>
        {
            var (l, t) = corners[corner];
            return obstacles.Count(p => p.X >= l - 4 && p.X <= l + width + 4 && p.Y >= t - 4 && p.Y <= t + height + 4);
        });
    }

    /// <summary>Points every few pixels along each series' line, at its markers, and along the marker lines.</summary>
    private static List<(double X, double Y)> Obstacles(XYPlot plot, AxisMap x, AxisMap y, PlotFrame frame)
    {
        var points = new List<(double X, double Y)>();
        foreach (var series in plot.Series)
        {
            (double X, double Y)? previous = null;
            for (int i = 0; i < series.X.Count; i++)
            {
                if (!double.IsFinite(series.X[i]) || !double.IsFinite(series.Y[i]))
                {
                    previous = null;
                    continue;
                }

                var current = (X: x.ToPixel(series.X[i]), Y: y.ToPixel(series.Y[i]));
                points.Add(current);
                if (previous is { } p && series.Style.Dash != LineDash.None)
                {
                    double length = Math.Sqrt(Math.Pow(current.X - p.X, 2) + Math.Pow(current.Y - p.Y, 2));
                    int steps = (int)Math.Min(500, length / 4);
                    for (int s = 1; s < steps; s++)
                    {
                        double t = s / (double)steps;
                        points.Add((p.X + (t * (current.X - p.X)), p.Y + (t * (current.Y - p.Y))));
                    }
                }

                previous = current;
            }
        }

        foreach (var marker in plot.Annotations.OfType<VerticalMarker>())
        {
            double px = x.ToPixel(marker.X);
            for (double py = frame.Top; py <= frame.Bottom; py += 4)
            {
                points.Add((px, py));
            }
        }

        return points;
    }

    /// <summary>A label in the colour of its line, darkened so that small text keeps its contrast on white.</summary>
    private static Colour Darken(Colour colour) =>
        Colour.Lerp(colour, new Colour(0, 0, 0), 0.2);
}
