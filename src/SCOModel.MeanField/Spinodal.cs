namespace SCOModel.MeanField;

/// <summary>
/// A spinodal: an extremum of T(x) = [ΔH + Γ(1 − 2x)]/[ΔS + R ln((1 − x)/x)] (PHYSICS.md §2), where a metastable
/// branch meets the unstable one and both disappear.
/// </summary>
/// <param name="TemperatureK">The spinodal temperature.</param>
/// <param name="NHs">The high-spin fraction of the branch where it ends.</param>
/// <param name="Kind">Whether the branch ends on heating (a maximum of T(x)) or on cooling (a minimum).</param>
public sealed record Spinodal(double TemperatureK, double NHs, SpinodalKind Kind);

/// <summary>Which way a branch must be swept to run into its spinodal.</summary>
public enum SpinodalKind
{
    /// <summary>A maximum of T(x): the branch exists only below this temperature (the LS branch of a loop).</summary>
    EndsOnHeating,

    /// <summary>A minimum of T(x): the branch exists only above this temperature (the HS branch of a loop).</summary>
    EndsOnCooling,
}
