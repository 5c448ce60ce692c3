namespace SCOModel.MeanField;

/// <summary>
/// The magnetic observable of a spin-crossover sample (PHYSICS.md §2), in cm^3 K/mol:
/// χT = n_HS (χT)_HS + (1 − n_HS)(χT)_LS + (χT)_other.
/// </summary>
/// <param name="HighSpinChiT">(χT) of a fully HS sample, cm^3 K/mol.</param>
/// <param name="LowSpinChiT">(χT) of a fully LS sample, cm^3 K/mol.</param>
/// <param name="OtherChiT">A temperature-independent contribution of other ions, cm^3 K/mol.</param>
public sealed record MagneticResponse(double HighSpinChiT, double LowSpinChiT, double OtherChiT = 0)
{
    /// <summary>N_A μ_B² / (3 k_B) in cm^3 K/mol: the spin-only χT is this × g² S(S + 1).</summary>
    public const double CurieConstant = 0.12505;

    /// <summary>Fe(II): S = 2 high spin (3.00 cm^3 K/mol at g = 2), S = 0 low spin.</summary>
    public static MagneticResponse IronII { get; } = new(SpinOnlyChiT(2), SpinOnlyChiT(0));

    /// <summary>Fe(III): S = 5/2 high spin (4.38 cm^3 K/mol at g = 2), S = 1/2 low spin (0.375).</summary>
    public static MagneticResponse IronIII { get; } = new(SpinOnlyChiT(2.5), SpinOnlyChiT(0.5));

    /// <summary>The spin-only χT = 0.12505 g² S(S + 1) cm^3 K/mol.</summary>
    public static double SpinOnlyChiT(double spin, double gFactor = 2) => CurieConstant * gFactor * gFactor * spin * (spin + 1);

    /// <summary>χT for a high-spin fraction.</summary>
    public double ChiT(double nHs) => (nHs * HighSpinChiT) + ((1 - nHs) * LowSpinChiT) + OtherChiT;

    /// <summary>The high-spin fraction a χT value means (the inverse of <see cref="ChiT"/>).</summary>
    public double HighSpinFraction(double chiT) => (chiT - OtherChiT - LowSpinChiT) / (HighSpinChiT - LowSpinChiT);
}
