namespace SCOModel.Plotting.Charts;

/// <summary>
/// A dashed vertical line across the plot at one x (e.g. T1/2), labelled just above the plot frame, where the label
/// can never hide data or the legend.
/// </summary>
public sealed class VerticalMarker : Annotation
{
    /// <summary>A marker at x with a label (empty for none).</summary>
    public VerticalMarker(double x, string label)
    {
        if (!double.IsFinite(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, $"the vertical marker \"{label}\" needs a finite x");
        }

        ArgumentNullException.ThrowIfNull(label);
        X = x;
        Label = label;
    }

    /// <summary>Where the line is drawn, in data units.</summary>
    public double X { get; }

    /// <summary>The label; accepts the _{sub} and ^{sup} markup.</summary>
    public string Label { get; }

    /// <summary>Which side of the line the label sits on.</summary>
    public LabelSide Side { get; init; } = LabelSide.Centre;

    /// <summary>Line and label colour; null for a neutral dark grey.</summary>
    public Colour? Colour { get; init; }
}
