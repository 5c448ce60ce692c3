namespace SCOModel.Validation.Tests.References;

/// <summary>
/// Yang's spontaneous magnetisation of the infinite square-lattice Ising model (PHYSICS.md §1, "Exact references"):
/// m0 = [1 − sinh^(−4)(2J/T)]^(1/8) below T_c, 0 above.
/// </summary>
internal static class Yang
{
    public static double SpontaneousMagnetisation(double couplingK, double temperatureK)
    {
        double sinh = Math.Sinh(2 * couplingK / temperatureK);
        double inner = 1 - Math.Pow(sinh, -4);
        return inner > 0 ? Math.Pow(inner, 0.125) : 0;
    }

    /// <summary>
    /// The two ordered branches at h = 0 expressed as n_HS = (1 + s m0)/2: the LS phase (s = −1, all-LS start) and
    /// the HS phase (s = +1, all-HS start).
    /// </summary>
    public static (double LowSpinBranch, double HighSpinBranch) HighSpinFractions(double couplingK, double temperatureK)
    {
        double m0 = SpontaneousMagnetisation(couplingK, temperatureK);
        return ((1 - m0) / 2, (1 + m0) / 2);
    }
}
