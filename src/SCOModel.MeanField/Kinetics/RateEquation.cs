using SCOModel.Core.Kinetics;
using SCOModel.Core.Models;

namespace SCOModel.MeanField.Kinetics;

/// <summary>
/// The mean-field rate equation of PHYSICS.md §3 in its Ising-like form:
/// <code>
/// dn/dt = k_LH(n) (1 − n) − k_HL(n) n,   δ = J_eff (2n − 1)
/// </code>
/// with the per-molecule rates of <see cref="SwitchingRates"/> (the same physics as kinetic Monte Carlo), the
/// cooperative field δ being the mean field J_eff m of the Slichter–Drickamer model (§2, Γ = 2 J_eff). At low
/// temperature, where thermal LS → HS is negligible, it is Hauser's dn/dt = I σ (1 − n) − k n e^(α(1 − n)) with
/// α = 2 J_eff/T and k = k_HL(T) e^(−J_eff/T); in the dark its stationary points are the mean-field solutions,
/// n/(1 − n) = e^(2(h + J_eff m)/T) (detailed balance).
/// </summary>
/// <param name="Kinetics">k_HL(T) of the isolated molecule and the reverse-LIESST ratio.</param>
/// <param name="Parameters">The Hamiltonian's parameters (the single-molecule field h0 of the LS → HS rate).</param>
/// <param name="EffectiveCouplingK">J_eff = Σ_j J_ij + 2G = Γ/2, in kelvin.</param>
internal sealed record RateEquation(KineticParameters Kinetics, IsingLikeParameters Parameters, double EffectiveCouplingK)
{
    /// <summary>dn/dt in s^−1 and its derivative with respect to n (the Jacobian of the implicit stages).</summary>
    public (double Rate, double Slope) Evaluate(double nHs, double temperatureK, double pressureGPa, double excitationRatePerS)
    {
        double field = EffectiveCouplingK * ((2 * nHs) - 1);
        double down = SwitchingRates.HighToLowPerS(Kinetics, temperatureK, field, excitationRatePerS);
        double up = SwitchingRates.LowToHighPerS(Kinetics, Parameters, temperatureK, pressureGPa, field, excitationRatePerS);

        // The thermal parts carry e^(∓δ/T), so they change with n at the rate ±(2 J_eff/T); the light does not. The
        // subtraction only feeds the Jacobian, whose rounding affects Newton's speed, not the root it converges to.
        double thermalDown = down - (Kinetics.ReverseLightRatio * excitationRatePerS);
        double thermalUp = up - excitationRatePerS;
        double alpha = 2 * EffectiveCouplingK / temperatureK;
        double rate = (up * (1 - nHs)) - (down * nHs);
        double slope = (alpha * thermalUp * (1 - nHs)) - up + (alpha * thermalDown * nHs) - down;
        return (rate, slope);
    }
}
