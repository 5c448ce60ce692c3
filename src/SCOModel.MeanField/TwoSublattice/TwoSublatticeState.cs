namespace SCOModel.MeanField.TwoSublattice;

/// <summary>A minimum of the two-sublattice free energy at one (T, P).</summary>
/// <param name="LogitA">u_A = ln(x_A/(1 − x_A)) of sublattice A (±∞ for all HS/LS).</param>
/// <param name="LogitB">u_B of sublattice B.</param>
/// <param name="FreeEnergyPerSiteK">f(m_A, m_B) per site, in kelvin (only differences matter).</param>
public sealed record TwoSublatticeState(double LogitA, double LogitB, double FreeEnergyPerSiteK)
{
    /// <summary>All LS: the start of a heating path.</summary>
    public static TwoSublatticeState AllLowSpin { get; } = new(double.NegativeInfinity, double.NegativeInfinity, double.NaN);

    /// <summary>All HS: the start of a cooling path.</summary>
    public static TwoSublatticeState AllHighSpin { get; } = new(double.PositiveInfinity, double.PositiveInfinity, double.NaN);

    /// <summary>n_HS of sublattice A.</summary>
    public double NHsA => SelfConsistency.HighSpinFraction(LogitA);

    /// <summary>n_HS of sublattice B.</summary>
    public double NHsB => SelfConsistency.HighSpinFraction(LogitB);

    /// <summary>n_HS of the sample, (x_A + x_B)/2.</summary>
    public double NHs => 0.5 * (NHsA + NHsB);

    /// <summary>The staggered order x_A − x_B: nonzero on a plateau of ordered HS–LS pairs.</summary>
    public double Staggered => NHsA - NHsB;
}
