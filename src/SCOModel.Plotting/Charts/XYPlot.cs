namespace SCOModel.Plotting.Charts;

/// <summary>
/// An x–y plot: two axes, series drawn in order (later series on top; legend entries in the same order), and
/// annotations (shaded bands and regions beneath the data, vertical markers above it).
/// </summary>
public sealed class XYPlot : Plot
{
    /// <summary>A plot with the given axes and, so far, no series.</summary>
    public XYPlot(Axis x, Axis y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        X = x;
        Y = y;
    }

    /// <summary>The horizontal axis.</summary>
    public Axis X { get; }

    /// <summary>The vertical axis.</summary>
    public Axis Y { get; }

    /// <summary>The series, in drawing and legend order.</summary>
    public IList<XYSeries> Series { get; } = new List<XYSeries>();

    /// <summary>Vertical markers, shaded bands and shaded regions.</summary>
    public IList<Annotation> Annotations { get; } = new List<Annotation>();

    /// <summary>Where the legend goes.</summary>
    public LegendPlacement Legend { get; init; } = LegendPlacement.Auto;

    /// <summary>Light grid lines at the major ticks: off by default, as in most journals.</summary>
    public bool Grid { get; init; }
}
