using System.Globalization;
using System.Xml.Linq;
using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Svg;

/// <summary>
/// Builds one SVG document as an XML tree, so that every text is escaped and the output is well-formed by
/// construction. Numbers go through <see cref="SvgNumber"/>; ids carry a per-figure prefix so that several figures
/// inlined in one HTML page never share a clip path or gradient.
/// </summary>
internal sealed class SvgCanvas
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    private readonly string _idPrefix;

    public SvgCanvas(int width, int height, string idPrefix, string? title)
    {
        _idPrefix = idPrefix;
        Root = new XElement(Ns + "svg",
            new XAttribute("width", width),
            new XAttribute("height", height),
            new XAttribute("viewBox", $"0 0 {width} {height}"),
            new XAttribute("font-family", Typography.FontFamily),
            new XAttribute("role", "img"));
        if (!string.IsNullOrEmpty(title))
        {
            Root.SetAttributeValue("aria-label", XmlSafe(RichText.Plain(title)));
            Add(Root, "title").Value = XmlSafe(RichText.Plain(title));
        }

        // An explicit white ground: PNG export and dark-mode viewers would otherwise show a transparent figure.
        Add(Root, "rect", ("class", "background"), ("x", 0), ("y", 0), ("width", width), ("height", height),
            ("fill", "#ffffff"));
    }

    public XElement Root { get; }

    /// <summary>A document-unique id for a local name.</summary>
    public string Id(string local) => $"{_idPrefix}-{local}";

    /// <summary>Appends an element with attributes; null attribute values are left out.</summary>
    public static XElement Add(XElement parent, string name, params (string Name, object? Value)[] attributes)
    {
        var element = new XElement(Ns + name);
        foreach (var (attribute, value) in attributes)
        {
            if (value is not null)
            {
                element.SetAttributeValue(attribute, Text(value));
            }
        }

        // A line break before each child keeps the file readable in a diff; whitespace between shapes is inert.
        if (parent.Name.LocalName is "svg" or "g" or "defs" or "clipPath" or "linearGradient")
        {
            parent.Add(new XText("\n"));
        }

        parent.Add(element);
        return element;
    }

    /// <summary>A group with a class (for tests and stylesheets) and optional attributes.</summary>
    public static XElement Group(XElement parent, string cssClass, params (string Name, object? Value)[] attributes) =>
        Add(parent, "g", [("class", cssClass), .. attributes]);

    /// <summary>
    /// A text at (x, y) (y is the baseline), with the _{sub} and ^{sup} markup turned into raised or lowered tspans.
    /// A rotation in degrees turns the text about its anchor point.
    /// </summary>
    public static XElement Text(XElement parent, double x, double y, string markup, double size,
        TextAnchor anchor = TextAnchor.Start, Colour? colour = null, string? weight = null, double rotate = 0,
        string? cssClass = null)
    {
        var text = Add(parent, "text",
            ("class", cssClass),
            ("x", x),
            ("y", y),
            ("font-size", size),
            ("font-weight", weight),
            ("fill", (colour ?? Typography.Ink).Hex),
            ("text-anchor", anchor switch
            {
                TextAnchor.Middle => "middle",
                TextAnchor.End => "end",
                _ => null,
            }),
            ("transform", rotate == 0 ? null : $"rotate({SvgNumber.Format(rotate)} {SvgNumber.Format(x)} {SvgNumber.Format(y)})"));

        // Shifts with dy (not baseline-shift, which librsvg handles unevenly), undone by the next run.
        double shift = 0;
        var runs = RichText.Parse(markup);

        // Renderers drop a space at a tspan boundary (librsvg even a no-break space), which would glue
        // "k_{HL} (s^{−1})" into "kHL(s−1)"; preserved whitespace keeps it. Chart texts are single lines.
        if (runs.Count > 1)
        {
            text.SetAttributeValue(XNamespace.Xml + "space", "preserve");
        }

        foreach (var (run, baseline) in runs)
        {
            double target = baseline switch
            {
                Baseline.Subscript => 0.28 * size,
                Baseline.Superscript => -0.38 * size,
                _ => 0,
            };
            if (baseline == Baseline.Normal && shift == 0)
            {
                text.Add(new XText(XmlSafe(run)));
                continue;
            }

            text.Add(new XElement(Ns + "tspan",
                new XAttribute("dy", SvgNumber.Format(target - shift)),
                baseline == Baseline.Normal ? null : new XAttribute("font-size", SvgNumber.Format(size * Typography.ScriptScale)),
                XmlSafe(run)));
            shift = target;
        }

        return text;
    }

    /// <summary>The document as text: an &lt;svg&gt; element without XML declaration (valid standalone and inline).</summary>
    public string Serialise()
    {
        Root.Add(new XText("\n"));
        return Root.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    private static string Text(object value) => value switch
    {
        double d => SvgNumber.Format(d),
        float f => SvgNumber.Format(f),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => XmlSafe(value.ToString() ?? string.Empty),
    };

    /// <summary>
    /// The text without the control characters XML 1.0 cannot carry at all (escaping does not help there), so that a
    /// stray character in a config name cannot make the figure unreadable.
    /// </summary>
    public static string XmlSafe(string text) =>
        text.Any(c => c < ' ' && c is not '\t' and not '\n' and not '\r') || text.Any(c => c is '\uFFFE' or '\uFFFF')
            ? new string(text.Where(c => (c >= ' ' || c is '\t' or '\n' or '\r') && c is not '\uFFFE' and not '\uFFFF').ToArray())
            : text;
}
