using SCOModel.Core.Results;

namespace SCOModel.Mechanics.WineRack;

/// <summary>
/// The wine-rack's own observables as results.csv names them (each followed by its `_stderr` column, 0 here): the
/// lattice parameters, hinge angle, strut, area and volume per node, the switching volume ΔV that couples the spin
/// state to pressure, and the linear and volume compressibilities along the path (PHYSICS.md §5).
/// </summary>
public static class WineRackObservables
{
    /// <summary>a = 2ℓ cos(θ/2), Å.</summary>
    public const string AxisA = "a_A";

    /// <summary>b = 2ℓ sin(θ/2), Å.</summary>
    public const string AxisB = "b_A";

    /// <summary>θ, degrees.</summary>
    public const string HingeAngle = "theta_deg";

    /// <summary>ℓ, Å.</summary>
    public const string Strut = "strut_A";

    /// <summary>ℓ² sin θ, Å².</summary>
    public const string Area = "area_A2";

    /// <summary>c ℓ² sin θ, Å³.</summary>
    public const string Volume = "volume_A3";

    /// <summary>ΔV = c (2ℓ sin θ ΔL + ℓ² cos θ Δθ0), Å³.</summary>
    public const string SwitchingVolume = "delta_v_A3";

    /// <summary>K_a, per GPa.</summary>
    public const string CompressibilityA = "k_a_per_GPa";

    /// <summary>K_b, per GPa.</summary>
    public const string CompressibilityB = "k_b_per_GPa";

    /// <summary>K_V = K_a + K_b, per GPa.</summary>
    public const string CompressibilityVolume = "k_volume_per_GPa";

    /// <summary>The observables of a state with its compressibilities along the path.</summary>
    public static ModelObservables Of(WineRackState state, double layerSpacingA, LinearCompressibilities compressibilities)
    {
        ArgumentNullException.ThrowIfNull(state);
        var geometry = state.Geometry;
        return new ModelObservables(
        [
            (AxisA, Estimate.Exact(geometry.AxisAA)),
            (AxisB, Estimate.Exact(geometry.AxisBA)),
            (HingeAngle, Estimate.Exact(geometry.HingeAngleDeg)),
            (Strut, Estimate.Exact(geometry.StrutA)),
            (Area, Estimate.Exact(geometry.AreaA2)),
            (Volume, Estimate.Exact(geometry.VolumeA3(layerSpacingA))),
            (SwitchingVolume, Estimate.Exact(state.Elastic.SwitchingVolumeA3)),
            (CompressibilityA, Estimate.Exact(compressibilities.APerGPa)),
            (CompressibilityB, Estimate.Exact(compressibilities.BPerGPa)),
            (CompressibilityVolume, Estimate.Exact(compressibilities.VolumePerGPa)),
        ]);
    }
}
