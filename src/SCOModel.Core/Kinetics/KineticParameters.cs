namespace SCOModel.Core.Kinetics;

/// <summary>
/// The time scale of spin-state switching (PHYSICS.md §3): the HS → LS relaxation rate of an isolated molecule,
/// k_HL(T) = k_0 + k_∞ e^(−E_a/T) (tunnelling plus thermally activated), and how light acts.
/// </summary>
/// <param name="AttemptRatePerS">k_∞, the Arrhenius prefactor, s^−1.</param>
/// <param name="ActivationEnergyK">E_a, the HS → LS barrier, K.</param>
/// <param name="TunnellingRatePerS">k_0, the temperature-independent low-temperature rate, s^−1.</param>
/// <param name="ReverseLightRatio">Reverse-LIESST: the HS → LS photo-rate as a fraction of the LS → HS one (0 for none).</param>
public sealed record KineticParameters(
    double AttemptRatePerS,
    double ActivationEnergyK,
    double TunnellingRatePerS = 0,
    double ReverseLightRatio = 0)
{
    /// <summary>k_HL(T) = k_0 + k_∞ e^(−E_a/T), the HS → LS rate of an isolated molecule in s^−1.</summary>
    public double RelaxationRatePerS(double temperatureK) =>
        TunnellingRatePerS + (AttemptRatePerS * Math.Exp(-ActivationEnergyK / temperatureK));
}
