namespace SCOModel.Plotting.Svg;

/// <summary>Which point of a text its x coordinate names (SVG text-anchor).</summary>
internal enum TextAnchor
{
    Start,
    Middle,
    End,
}
