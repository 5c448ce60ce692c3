namespace SCOModel.Plotting.SpinCrossover;

/// <summary>
/// What a P–T phase diagram shows, computed by an engine: the two lines where n_HS crosses 1/2, the equilibrium line
/// and the critical point. The up and down lines are given on the same grid and in its order (pressures for
/// temperature loops, temperatures for pressure loops): entry i of each belongs to grid point i, and a NaN coordinate
/// marks a grid point where that branch does not cross 1/2. This pairing is what lets the chart shade the bistable
/// region only where both exist.
/// </summary>
/// <param name="UpLine">Where n_HS crosses 1/2 on heating (or on compression, for pressure loops).</param>
/// <param name="DownLine">Where n_HS crosses 1/2 on cooling (or on decompression); as long as the up line.</param>
/// <param name="EquilibriumLine">The model's equilibrium T1/2(P), in drawing order; empty for none.</param>
/// <param name="CriticalPoint">Where the loop closes, with its uncertainties; null when not found.</param>
public sealed record PhaseDiagramData(
    IReadOnlyList<PhasePoint> UpLine,
    IReadOnlyList<PhasePoint> DownLine,
    IReadOnlyList<PhasePoint> EquilibriumLine,
    PhasePoint? CriticalPoint)
{
    /// <summary>
    /// True when the lines come from pressure loops at fixed temperatures (compression and decompression), so that
    /// the legend names P1/2 rather than T1/2.
    /// </summary>
    public bool FromPressureLoops { get; init; }
}
