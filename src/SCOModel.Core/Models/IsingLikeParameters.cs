using SCOModel.Core.Units;

namespace SCOModel.Core.Models;

/// <summary>
/// Parameters of the Ising-like (Wajnflasz–Pick) Hamiltonian of PHYSICS.md §1, all energies in kelvin:
/// <code>
/// H = Σ_i (Δ_i(P) − T ln g)/2 s_i − Σ_&lt;ij&gt; J_ij s_i s_j − G ⟨s⟩ Σ_i s_i,   Δ_i(P) = Δ_i + P ΔV_i
/// </code>
/// </summary>
/// <param name="DeltaK">HS–LS energy gap Δ (≈ ΔH/R), in kelvin.</param>
/// <param name="LnG">Logarithm of the HS/LS degeneracy ratio, ln g (≈ ΔS/R).</param>
/// <param name="CouplingK">Short-range (elastic) coupling J per bond, in kelvin.</param>
/// <param name="LongRangeK">Long-range (mean-field) coupling G, in kelvin.</param>
/// <param name="DeltaVA3">HS − LS volume change per molecule ΔV, in Å^3.</param>
public sealed record IsingLikeParameters(
    double DeltaK,
    double LnG,
    double CouplingK,
    double LongRangeK = 0,
    double DeltaVA3 = 0)
{
    /// <summary>Builds the parameters from calorimetric values: Δ = ΔH/R, ln g = ΔS/R.</summary>
    public static IsingLikeParameters FromCalorimetric(
        double deltaHkJPerMol, double deltaSJPerMolK, double couplingK, double longRangeK = 0, double deltaVA3 = 0) =>
        new(PhysicalUnits.KelvinFromKJPerMol(deltaHkJPerMol), PhysicalUnits.LnGFromJPerMolK(deltaSJPerMolK),
            couplingK, longRangeK, deltaVA3);

    /// <summary>The equilibrium temperature T_eq = Δ(P) / ln g, where the field vanishes; null when ln g = 0.</summary>
    public double? EquilibriumTemperatureK(double pressureGPa = 0) =>
        LnG == 0 ? null : (DeltaK + PhysicalUnits.KelvinFromPressureVolume(pressureGPa, DeltaVA3)) / LnG;

    /// <summary>
    /// The equilibrium pressure at a temperature, where Δ(P) = T ln g (the field vanishes); null when ΔV = 0 (pressure
    /// then does not act on the spin state).
    /// </summary>
    public double? EquilibriumPressureGPa(double temperatureK) =>
        DeltaVA3 == 0 ? null : ((temperatureK * LnG) - DeltaK) / PhysicalUnits.KelvinFromPressureVolume(1, DeltaVA3);

    /// <summary>
    /// The effective Ising field h(T, P) = (T ln g − Δ(P))/2 in kelvin, so that H = −Σ h s_i − Σ J s_i s_j − ...
    /// </summary>
    public double FieldK(double temperatureK, double pressureGPa) =>
        0.5 * (temperatureK * LnG - DeltaK - PhysicalUnits.KelvinFromPressureVolume(pressureGPa, DeltaVA3));
}
