using System.Globalization;
using System.Text.Json.Serialization;

namespace SCOModel.Core.Configuration;

/// <summary>
/// The minimal SCO wine-rack of PHYSICS.md §5: a rhombic net of struts joined at hinges, per node, whose strut length
/// and hinge rest angle follow the spin state, solved in mean field (Slichter–Drickamer, §2) with the elastic enthalpy
/// of the geometry. Energies in kelvin, lengths in Å, angles in degrees as the config gives them.
/// </summary>
public sealed record WineRackModelConfig : ModelConfig
{
    /// <summary>Δ in kelvin (the HS–LS gap of the relaxed lattice at P = 0).</summary>
    public required double DeltaK { get; init; }

    /// <summary>ln g.</summary>
    public required double LnG { get; init; }

    /// <summary>Γ in kelvin: the Slichter–Drickamer interaction Γ n(1 − n) per node (0: no cooperativity).</summary>
    public double InteractionK { get; init; }

    /// <summary>L_LS: the rest length of a strut in the LS state, Å.</summary>
    public required double StrutLengthLsA { get; init; }

    /// <summary>ΔL = L_HS − L_LS, Å.</summary>
    public required double StrutLengthChangeA { get; init; }

    /// <summary>θ0_LS: the rest angle of a hinge in the LS state, degrees (the angle a = 2ℓ cos(θ/2) bisects).</summary>
    public required double HingeAngleLsDeg { get; init; }

    /// <summary>Δθ0 = θ0_HS − θ0_LS, degrees.</summary>
    public double HingeAngleChangeDeg { get; init; }

    /// <summary>k_θ: the torsional stiffness of a hinge, K per rad² (enthalpy ½ k_θ (θ − θ0)²).</summary>
    public required double HingeStiffnessK { get; init; }

    /// <summary>k_s: the strut stiffness, K per Å² (enthalpy k_s (ℓ − L)²); null for rigid struts.</summary>
    public double? StrutStiffnessKPerA2 { get; init; }

    /// <summary>c: the spacing of the layers, Å (volume per node c ℓ² sin θ).</summary>
    public required double LayerSpacingA { get; init; }

    /// <inheritdoc />
    public override string DescribeSample()
    {
        string struts = StrutStiffnessKPerA2 is double ks
            ? string.Create(CultureInfo.InvariantCulture, $"k_s = {ks:0.###} K/Å²")
            : "rigid";
        return string.Create(CultureInfo.InvariantCulture,
            $"rhombic wine-rack net, per node: struts {StrutLengthLsA:0.###} Å (ΔL = {StrutLengthChangeA:0.###} Å, {struts}), " +
            $"hinge {HingeAngleLsDeg:0.###}° (Δθ0 = {HingeAngleChangeDeg:0.###}°, k_θ = {HingeStiffnessK:0.###} K/rad²), " +
            $"layers {LayerSpacingA:0.###} Å apart; Δ = {DeltaK:0.##} K, ln g = {LnG:0.###}, Γ = {InteractionK:0.##} K");
    }
}
