namespace SCOModel.Plotting.Charts;

/// <summary>
/// A translucent band over an x interval (e.g. the hysteresis loop between T1/2 down and T1/2 up), drawn beneath the
/// data. A non-empty label puts a swatch in the legend.
/// </summary>
public sealed class ShadedBand : Annotation
{
    /// <summary>A band from one x to another (in either order).</summary>
    public ShadedBand(double from, double to, string label)
    {
        if (!double.IsFinite(from) || !double.IsFinite(to))
        {
            throw new ArgumentException($"the band \"{label}\" needs finite limits, got {from} and {to}");
        }

        ArgumentNullException.ThrowIfNull(label);
        From = Math.Min(from, to);
        To = Math.Max(from, to);
        Label = label;
    }

    /// <summary>The lower x limit.</summary>
    public double From { get; }

    /// <summary>The upper x limit.</summary>
    public double To { get; }

    /// <summary>The legend entry; empty for none.</summary>
    public string Label { get; }

    /// <summary>The fill colour (drawn at <see cref="Opacity"/>); null for neutral grey.</summary>
    public Colour? Colour { get; init; }

    /// <summary>Fill opacity, 0..1: light enough that data and error bars stay readable on top.</summary>
    public double Opacity { get; init; } = 0.12;
}
