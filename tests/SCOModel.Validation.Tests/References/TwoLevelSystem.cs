namespace SCOModel.Validation.Tests.References;

/// <summary>
/// Exact reference for J = 0 (PHYSICS.md §1, "Exact references"): every molecule is an independent two-level system,
/// LS non-degenerate at energy 0 and HS g-fold degenerate at energy Δ, so n_HS = g e^(−Δ/T) / (1 + g e^(−Δ/T)).
/// Written from the physics, not from the Ising mapping the engine uses, so that it also checks the mapping
/// h = (T ln g − Δ)/2.
/// </summary>
internal static class TwoLevelSystem
{
    /// <summary>n_HS = g e^(−Δ/T) / (1 + g e^(−Δ/T)), with g = e^(ln g).</summary>
    public static double HighSpinFraction(double deltaK, double lnG, double temperatureK)
    {
        double boltzmann = Math.Exp(lnG) * Math.Exp(-deltaK / temperatureK);
        return boltzmann / (1 + boltzmann);
    }

    /// <summary>
    /// Energy per site of the effective Ising Hamiltonian H = −h Σ s_i (PHYSICS.md §1 with J = G = 0):
    /// u = −h ⟨s⟩ with ⟨s⟩ = 2 n_HS − 1 and h = (T ln g − Δ)/2.
    /// </summary>
    public static double IsingEnergyPerSiteK(double deltaK, double lnG, double temperatureK)
    {
        double field = 0.5 * ((temperatureK * lnG) - deltaK);
        double spin = (2 * HighSpinFraction(deltaK, lnG, temperatureK)) - 1;
        return -field * spin;
    }
}
