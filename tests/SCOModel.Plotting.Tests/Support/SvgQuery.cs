using System.Xml.Linq;

namespace SCOModel.Plotting.Tests.Support;

/// <summary>Reads rendered SVG back as XML and finds its elements by class, as a test needs them.</summary>
public static class SvgQuery
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Parses the SVG; throws when it is not well-formed XML.</summary>
    public static XDocument Parse(string svg) => XDocument.Parse(svg);

    public static IEnumerable<XElement> ByClass(XDocument document, string cssClass) =>
        document.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    public static string? Attribute(XElement element, string name) => (string?)element.Attribute(name);
}
