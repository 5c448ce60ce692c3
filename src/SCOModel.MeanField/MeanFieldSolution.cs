namespace SCOModel.MeanField;

/// <summary>One solution of the mean-field (Slichter–Drickamer) equation at a temperature and pressure.</summary>
/// <param name="NHs">High-spin fraction x = n_HS.</param>
/// <param name="Logit">u = ln(x/(1 − x)), which keeps x's precision next to 0 and 1 (±∞ at the ends).</param>
/// <param name="GibbsEnergyK">G(x) of PHYSICS.md §2 per molecule, in kelvin (G/R); only differences matter.</param>
/// <param name="Stability">Stable (the lowest minimum of G), metastable (another minimum) or unstable (a maximum).</param>
public sealed record MeanFieldSolution(double NHs, double Logit, double GibbsEnergyK, SolutionStability Stability)
{
    /// <summary>The magnetisation m = ⟨s⟩ = 2x − 1 = tanh(u/2).</summary>
    public double Magnetisation => Math.Tanh(0.5 * Logit);
}

/// <summary>What kind of stationary point of G(x) a solution is.</summary>
public enum SolutionStability
{
    /// <summary>The global minimum of G: the equilibrium state.</summary>
    Stable,

    /// <summary>A local minimum above the global one: the state a slow experiment stays in until its spinodal.</summary>
    Metastable,

    /// <summary>A maximum of G: the barrier between the two minima; never observed.</summary>
    Unstable,
}
