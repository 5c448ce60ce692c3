using SCOModel.Core.Models;

namespace SCOModel.Core.Kinetics;

/// <summary>
/// The per-molecule switching rates of the kinetic engines (PHYSICS.md §3), shared by kinetic Monte Carlo and the
/// mean-field rate equation so that both walk the same physics. With the single-molecule field h0 = (T ln g − Δ(P))/2
/// and the cooperative part δ of the local field (Σ_j J_ij s_j + G⟨s⟩ in Monte Carlo, J_eff m in mean field):
/// <code>
/// k_HL = k_HL(T) e^(−δ/T) + r I σ          (HS → LS)
/// k_LH = k_HL(T) e^(+δ/T) e^(2 h0/T) + I σ  (LS → HS)
/// </code>
/// Without light k_LH/k_HL = e^(2(h0 + δ)/T) = e^(−ΔE/T), ΔE the energy of the LS → HS flip in H of §1: detailed
/// balance, so the dark dynamics relaxes to the equilibrium of the Monte Carlo. For an isolated molecule (δ = 0) the
/// HS → LS rate is exactly the k_HL(T) a relaxation experiment measures. The barrier is shifted symmetrically by δ:
/// neighbours in HS slow the HS → LS decay and speed LS → HS. In mean field, δ = J_eff (2n − 1) gives Hauser's
/// self-accelerated decay k_HL(T) e^(−J_eff/T) e^(α(1 − n)) with α = 2 J_eff/T = Γ/T.
/// </summary>
public static class SwitchingRates
{
    /// <summary>HS → LS rate in s^−1.</summary>
    public static double HighToLowPerS(KineticParameters kinetics, double temperatureK, double cooperativeFieldK,
        double excitationRatePerS)
    {
        ArgumentNullException.ThrowIfNull(kinetics);
        return Scaled(kinetics.RelaxationRatePerS(temperatureK), -cooperativeFieldK / temperatureK)
            + (kinetics.ReverseLightRatio * excitationRatePerS);
    }

    /// <summary>LS → HS rate in s^−1.</summary>
    public static double LowToHighPerS(KineticParameters kinetics, IsingLikeParameters model, double temperatureK,
        double pressureGPa, double cooperativeFieldK, double excitationRatePerS)
    {
        ArgumentNullException.ThrowIfNull(kinetics);
        ArgumentNullException.ThrowIfNull(model);
        double h0 = model.FieldK(temperatureK, pressureGPa);
        return Scaled(kinetics.RelaxationRatePerS(temperatureK), (cooperativeFieldK + (2 * h0)) / temperatureK)
            + excitationRatePerS;
    }

    /// <summary>
    /// rate · e^exponent through logarithms: a rate that underflows to 0 (k0 = 0 at 1 K) times a factor that
    /// overflows stays 0 instead of becoming 0 · ∞ = NaN.
    /// </summary>
    private static double Scaled(double rate, double exponent) => rate > 0 ? Math.Exp(Math.Log(rate) + exponent) : 0;
}
