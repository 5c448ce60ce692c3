using System.Globalization;
using System.Xml.Linq;
using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Svg;

/// <summary>
/// Draws one marker. Triangles are drawn with their centroid on the data point, so a pointing triangle marks the
/// same place as a circle would; glyphs other than circles are scaled to look as heavy as a circle of the same size.
/// </summary>
internal static class MarkerGlyph
{
    public static void Draw(XElement parent, MarkerShape shape, double x, double y, double size, Colour colour,
        MarkerFill fill)
    {
        // Open markers are hollow (not white): where two branches coincide, the marker beneath stays visible.
        string fillColour = fill == MarkerFill.Filled ? colour.Hex : "none";
        double strokeWidth = fill == MarkerFill.Filled ? 0.8 : 1.4;
        var paint = new (string, object?)[] { ("fill", fillColour), ("stroke", colour.Hex), ("stroke-width", strokeWidth) };
        double r = size / 2;
        switch (shape)
        {
            case MarkerShape.None:
                return;
            case MarkerShape.Circle:
                SvgCanvas.Add(parent, "circle", [("cx", x), ("cy", y), ("r", r), .. paint]);
                return;
            case MarkerShape.Square:
                double half = r * 0.89;
                SvgCanvas.Add(parent, "rect", [("x", x - half), ("y", y - half), ("width", 2 * half), ("height", 2 * half), .. paint]);
                return;
            case MarkerShape.Diamond:
                double d = r * 1.25;
                Polygon(parent, paint, (x, y - d), (x + d, y), (x, y + d), (x - d, y));
                return;
            default:
                Triangle(parent, paint, shape, x, y, r * 1.35);
                return;
        }
    }

    private static void Triangle(XElement parent, (string, object?)[] paint, MarkerShape shape, double x, double y,
        double r)
    {
        // An equilateral triangle with circumradius r about its centroid, tip in the named direction.
        double angle = shape switch
        {
            MarkerShape.TriangleUp => -90,
            MarkerShape.TriangleDown => 90,
            MarkerShape.TriangleLeft => 180,
            _ => 0,
        };
        var points = new (double X, double Y)[3];
        for (int k = 0; k < 3; k++)
        {
            double a = (angle + (120 * k)) * Math.PI / 180;
            points[k] = (x + (r * Math.Cos(a)), y + (r * Math.Sin(a)));
        }

        Polygon(parent, paint, points);
    }

    private static void Polygon(XElement parent, (string, object?)[] paint, params (double X, double Y)[] points)
    {
        string list = string.Join(' ', points.Select(p =>
            string.Create(CultureInfo.InvariantCulture, $"{SvgNumber.Format(p.X)},{SvgNumber.Format(p.Y)}")));
        SvgCanvas.Add(parent, "polygon", [("points", list), .. paint]);
    }
}
