using SCOModel.Core.Configuration;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The physics of the mechanoelastic model (PHYSICS.md §4), in K and Å: Δ, ln g, the activation energy E_a, the radii,
/// the spring constant k (K/Å²), κ (Å; κ p_i is in K since p_i = k Σ_j δ_ij is in K/Å), and for pressure the layer
/// thickness c (Å; the 2D pressure on the boundary is Π = P c) and an intramolecular ΔV (Å³; Δ(P) = Δ + P ΔV).
/// </summary>
public sealed record MechanoelasticParameters(
    double DeltaK,
    double LnG,
    double ActivationEnergyK,
    double RadiusLsA,
    double RadiusHsA,
    double SpringConstantKPerA2,
    double KappaA,
    double LayerThicknessA = 0,
    double DeltaVA3 = 0)
{
    /// <summary>Δ(P) = Δ + P ΔV, K.</summary>
    public double DeltaAtK(double pressureGPa) => DeltaK + Core.Units.PhysicalUnits.KelvinFromPressureVolume(pressureGPa, DeltaVA3);

    /// <summary>The space dimension of the sample, 2 or 3.</summary>
    public int Dimension { get; init; } = 2;

    /// <summary>
    /// The pressure on the boundary of an open sample (or the box of a constant-pressure one): the 2D pressure Π = P c,
    /// K/Å², of a 2D sample; P itself, K/Å³, of a 3D one.
    /// </summary>
    public double BoundaryPressure(double pressureGPa) => Dimension == 3
        ? Mechanoelastic.BoundaryPressure.ThreeDimensional(pressureGPa)
        : Mechanoelastic.BoundaryPressure.TwoDimensional(pressureGPa, LayerThicknessA);

    /// <summary>δR = R_HS − R_LS, Å.</summary>
    public double RadiusChangeA => RadiusHsA - RadiusLsA;

    /// <summary>The radius of a molecule in spin state s (+1 HS, −1 LS), Å.</summary>
    public double RadiusOf(sbyte spin) => spin > 0 ? RadiusHsA : RadiusLsA;

    /// <summary>The parameters of a config.</summary>
    public static MechanoelasticParameters Of(MechanoelasticModelConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new(config.DeltaK, config.LnG, config.ActivationEnergyK, config.RadiusLsA, config.RadiusHsA,
            config.SpringConstantKPerA2, config.KappaA, config.LayerThicknessA ?? 2 * config.RadiusLsA, config.DeltaVA3)
        {
            Dimension = config.Lattice.Dimension,
        };
    }
}
