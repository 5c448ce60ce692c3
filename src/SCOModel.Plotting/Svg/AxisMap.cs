using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Svg;

/// <summary>
/// Maps data values of one axis to pixels: the axis limits of its <see cref="TickSet"/> go to two pixel positions
/// (which may be in either order: a y axis grows upwards), linearly in the value or in its logarithm.
/// </summary>
internal sealed class AxisMap
{
    private readonly double _from;
    private readonly double _to;
    private readonly double _pixelFrom;
    private readonly double _pixelTo;

    public AxisMap(TickSet ticks, AxisScale scale, double pixelFrom, double pixelTo)
    {
        Ticks = ticks;
        Scale = scale;
        _from = Transform(ticks.Min);
        _to = Transform(ticks.Max);
        _pixelFrom = pixelFrom;
        _pixelTo = pixelTo;
    }

    public TickSet Ticks { get; }

    public AxisScale Scale { get; }

    /// <summary>The pixel of a value; values beyond the limits map beyond the pixel range (clipping is the caller's).</summary>
    public double ToPixel(double value) =>
        _pixelFrom + ((Transform(value) - _from) / (_to - _from) * (_pixelTo - _pixelFrom));

    /// <summary>True when the value lies within the axis limits.</summary>
    public bool Covers(double value) => value >= Ticks.Min && value <= Ticks.Max;

    private double Transform(double value) => Scale == AxisScale.Logarithmic ? Math.Log10(value) : value;
}
