namespace SCOModel.Plotting.Charts;

/// <summary>
/// A translucent filled polygon, given by its outline in data coordinates (e.g. the bistable region of a P–T phase
/// diagram, between the heating and cooling T1/2 lines), drawn beneath the data. The outline is closed implicitly;
/// points with a non-finite coordinate are skipped, so a region built from lines with gaps still draws. A non-empty
/// label puts a swatch in the legend.
/// </summary>
public sealed class ShadedRegion : Annotation
{
    /// <summary>A region with the given outline (in drawing order) and label (empty for none).</summary>
    public ShadedRegion(IReadOnlyList<(double X, double Y)> outline, string label)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(label);

        // A copy: the caller's list may be reused for the next region before the figure is rendered.
        Outline = [.. outline];
        Label = label;
    }

    /// <summary>The outline's points in data coordinates, in order; the last joins the first.</summary>
    public IReadOnlyList<(double X, double Y)> Outline { get; }

    /// <summary>The legend entry; empty for none. Accepts the _{sub} and ^{sup} markup.</summary>
    public string Label { get; }

    /// <summary>The fill colour (drawn at <see cref="Opacity"/>); null for neutral grey.</summary>
    public Colour? Colour { get; init; }

    /// <summary>
    /// Fill opacity, 0..1: a little stronger than a <see cref="ShadedBand"/>'s, since a region is usually narrow,
    /// yet light enough that the lines on its edges stay readable.
    /// </summary>
    public double Opacity { get; init; } = 0.18;

    /// <summary>The outline's points with both coordinates finite: the vertices that are drawn.</summary>
    internal IEnumerable<(double X, double Y)> FinitePoints =>
        Outline.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y));
}
