namespace SCOModel.Plotting.Charts;

/// <summary>
/// What a <see cref="Figure"/> shows. The set is closed (x–y plot, heatmap, lattice picture) because the SVG renderer
/// must know how to lay out each kind; new kinds are added here together with their renderer.
/// </summary>
public abstract class Plot
{
    private protected Plot()
    {
    }
}
