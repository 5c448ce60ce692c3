namespace SCOModel.Mechanics.WineRack;

/// <summary>
/// The relaxed geometry of a node at a given spin state n and pressure P (PHYSICS.md §5): the minimum over (θ, ℓ) of
/// the elastic enthalpy G = ½ k_θ (θ − θ0(n))² + k_s (ℓ − L(n))² + χ P c ℓ² sin θ, and the derivatives the mean field
/// and the compressibilities need.
/// </summary>
/// <param name="Geometry">The relaxed θ and ℓ.</param>
/// <param name="EnthalpyK">G*(n, P), the relaxed elastic enthalpy per node, K.</param>
/// <param name="SwitchingVolumeA3">
/// ΔV = dV/dn at fixed geometry = c (2ℓ sin θ ΔL + ℓ² cos θ Δθ0), Å³: the volume change of switching one node here.
/// </param>
/// <param name="SwitchingEnthalpyK">∂G*/∂n = χ P ΔV, K (envelope theorem: only the rest geometry moves with n).</param>
/// <param name="SwitchingStiffnessK">∂²G*/∂n², K: the elastic part of the curvature of F(n).</param>
/// <param name="SwitchingEnthalpyPerGPaK">∂²G*/∂n∂P, K per GPa: how pressure tilts F(n).</param>
/// <param name="PerNHs">∂(θ, ℓ)/∂n at fixed P.</param>
/// <param name="PerGPa">∂(θ, ℓ)/∂P at fixed n, per GPa.</param>
public sealed record ElasticEquilibrium(
    WineRackGeometry Geometry,
    double EnthalpyK,
    double SwitchingVolumeA3,
    double SwitchingEnthalpyK,
    double SwitchingStiffnessK,
    double SwitchingEnthalpyPerGPaK,
    GeometryResponse PerNHs,
    GeometryResponse PerGPa);
