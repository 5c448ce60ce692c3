using System.Xml.Linq;
using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Svg;

/// <summary>
/// The legend: one row per entry, in the order given (series order first, then bands and regions), inside a white box
/// with a light border so it stays readable where it overlaps grid lines or a shaded band.
/// </summary>
internal static class LegendBox
{
    private const double Padding = 8;
    private const double RowHeight = 20;
    private const double SampleWidth = 30;
    private const double Gap = 7;

    public static (double Width, double Height) Measure(IReadOnlyList<LegendEntry> entries)
    {
        double text = entries.Count == 0 ? 0 : entries.Max(e => TextMetrics.Width(e.Label, Typography.LegendSize));
        return ((2 * Padding) + SampleWidth + Gap + text, (2 * Padding) + (entries.Count * RowHeight) - 4);
    }

    public static void Draw(XElement parent, IReadOnlyList<LegendEntry> entries, double left, double top)
    {
        var (width, height) = Measure(entries);
        var legend = SvgCanvas.Group(parent, "legend");
        SvgCanvas.Add(legend, "rect", ("x", left), ("y", top), ("width", width), ("height", height), ("rx", 3),
            ("fill", "#ffffff"), ("fill-opacity", 0.92), ("stroke", "#cccccc"), ("stroke-width", 0.8));
        for (int i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            double centreY = top + Padding + (i * RowHeight) + 8;
            var row = SvgCanvas.Group(legend, "legend-entry", ("data-name", RichText.Plain(entry.Label)));
            DrawSample(row, entry, left + Padding, centreY);
            SvgCanvas.Text(row, left + Padding + SampleWidth + Gap, centreY + (Typography.LegendSize * 0.35),
                entry.Label, Typography.LegendSize);
        }
    }

    private static void DrawSample(XElement row, LegendEntry entry, double left, double centreY)
    {
        double centreX = left + (SampleWidth / 2);
        switch (entry.Swatch)
        {
            case LegendSwatch.Band:
                SvgCanvas.Add(row, "rect", ("x", left), ("y", centreY - 6), ("width", SampleWidth), ("height", 12),
                    ("fill", entry.Colour.Hex), ("fill-opacity", entry.Opacity));
                return;
            case LegendSwatch.Disc:
                SvgCanvas.Add(row, "circle", ("cx", centreX), ("cy", centreY), ("r", 6), ("fill", entry.Colour.Hex));
                return;
            default:
                var style = entry.Style ?? SeriesStyle.LineWithMarkers;
                if (style.Dash != LineDash.None)
                {
                    SvgCanvas.Add(row, "line", ("x1", left), ("y1", centreY), ("x2", left + SampleWidth), ("y2", centreY),
                        ("stroke", entry.Colour.Hex), ("stroke-width", style.LineWidth),
                        ("stroke-dasharray", DashPattern.For(style.Dash, style.LineWidth)));
                }

                MarkerGlyph.Draw(row, style.Marker, centreX, centreY, style.MarkerSize, entry.Colour, style.Fill);
                return;
        }
    }
}
