namespace SCOModel.Core.Configuration;

/// <summary>
/// What a periodic mechanoelastic box holds fixed (PHYSICS.md §4: "offer both constant-pressure and constant-volume
/// ensembles"). An open sample is always at constant pressure (on its boundary).
/// </summary>
public enum MechanoelasticEnsemble
{
    /// <summary>A box of fixed size: the uniform strain adds the anti-cooperative term A N (n − n0)².</summary>
    ConstantVolume,

    /// <summary>A box whose lengths relax to the pressure: homogeneous, mean-field-like switching.</summary>
    ConstantPressure,
}
