using SCOModel.Core.Protocols;

namespace SCOModel.Core.Results;

/// <summary>The observables measured at one point of a path.</summary>
/// <param name="Branch">The branch the point lies on.</param>
/// <param name="Point">Where in control space.</param>
/// <param name="NHs">High-spin fraction n_HS = (1 + ⟨s⟩)/2.</param>
/// <param name="EnergyPerSiteK">Energy of the effective Hamiltonian per site, in kelvin.</param>
/// <param name="NearestNeighbourCorrelation">⟨s_i s_j⟩ over nearest-neighbour bonds (NaN without bonds).</param>
public sealed record PointResult(
    Branch Branch,
    ControlPoint Point,
    Estimate NHs,
    Estimate EnergyPerSiteK,
    Estimate NearestNeighbourCorrelation)
{
    /// <summary>
    /// Integrated autocorrelation time of n_HS in sweeps, τ_int = 1/2 + Σ_{t≥1} ρ(t) (1/2 for independent sweeps), from
    /// the binning analysis of every replica; NaN where there is none (exact engines, constant series).
    /// </summary>
    public double NHsTauIntSweeps { get; init; } = double.NaN;

    /// <summary>Integrated autocorrelation time of the energy in sweeps (NaN where there is none).</summary>
    public double EnergyTauIntSweeps { get; init; } = double.NaN;

    /// <summary>
    /// False when the run at this point was too short for honest error bars: fewer than 50 τ_int per replica, or no
    /// plateau of the binning analysis.
    /// </summary>
    public bool ErrorBarsConverged { get; init; } = true;

    /// <summary>The model's own observables (lattice parameters, volume, ...); none for the Ising-like model.</summary>
    public ModelObservables Observables { get; init; } = ModelObservables.None;
}
