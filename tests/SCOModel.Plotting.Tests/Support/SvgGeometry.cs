using System.Globalization;
using System.Xml.Linq;

namespace SCOModel.Plotting.Tests.Support;

/// <summary>Reads numbers back from rendered SVG: attributes, polygon vertices and the plot frame.</summary>
public static class SvgGeometry
{
    public static double Number(XElement element, string name) =>
        double.Parse(element.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    /// <summary>The vertices of a &lt;polygon&gt;, in pixels.</summary>
    public static List<(double X, double Y)> Vertices(XElement polygon) =>
        [.. polygon.Attribute("points")!.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var xy = pair.Split(',');
            return (double.Parse(xy[0], CultureInfo.InvariantCulture),
                double.Parse(xy[1], CultureInfo.InvariantCulture));
        })];

    /// <summary>The plot frame's rectangle: left, top, width, height.</summary>
    public static (double Left, double Top, double Width, double Height) Frame(XDocument document)
    {
        var frame = SvgQuery.ByClass(document, "frame").Single();
        return (Number(frame, "x"), Number(frame, "y"), Number(frame, "width"), Number(frame, "height"));
    }
}
