namespace SCOModel.MeanField;

/// <summary>
/// Sites that never switch (PHYSICS.md §2, incomplete transitions): a fraction trapped high spin and one trapped
/// low spin. The observed n_HS = f_HS + (1 − f_HS − f_LS) x, with x the switching sites' high-spin fraction; the model's
/// Γ is then the effective cooperativity among the switching sites.
/// </summary>
/// <param name="HighSpin">Fraction of sites that stay HS at every temperature (residual HS at low T).</param>
/// <param name="LowSpin">Fraction of sites that stay LS at every temperature (incomplete at high T).</param>
public sealed record TrappedFraction(double HighSpin = 0, double LowSpin = 0)
{
    /// <summary>Every site switches.</summary>
    public static TrappedFraction None { get; } = new();

    /// <summary>The fraction of sites that switch, 1 − f_HS − f_LS.</summary>
    public double Switching => 1 - HighSpin - LowSpin;

    /// <summary>True when the fractions are in [0, 1] and leave some sites switching.</summary>
    public bool IsValid => HighSpin >= 0 && LowSpin >= 0 && Switching > 0;

    /// <summary>The observed n_HS of the whole sample when the switching sites have high-spin fraction x.</summary>
    public double Observed(double switchingNHs) => HighSpin + (Switching * switchingNHs);
}
