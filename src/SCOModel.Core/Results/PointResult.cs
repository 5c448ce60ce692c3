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
    Estimate NearestNeighbourCorrelation);
