namespace SCOModel.Plotting.Charts;

/// <summary>
/// A mark on an <see cref="XYPlot"/> that is not data: a vertical line with a label, a shaded band of x, or a shaded
/// region (a polygon). The set is closed for the same reason as <see cref="Plot"/>: each kind has its own drawing code.
/// </summary>
public abstract class Annotation
{
    private protected Annotation()
    {
    }
}
