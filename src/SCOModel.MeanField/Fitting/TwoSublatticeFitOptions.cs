namespace SCOModel.MeanField.Fitting;

/// <summary>
/// What to fit and hold in <see cref="TwoSublatticeFit"/>. ΔH, ΔS (shared by both sites), the intra-sublattice
/// Γ_intra and the inter-sublattice Γ_AB are fitted; the ΔH split between the sites only on request (with equivalent
/// sites the plateau comes from Γ_AB &lt; 0 alone, and a split trades off against Γ_AB on most curves).
/// </summary>
public sealed record TwoSublatticeFitOptions
{
    /// <summary>Fit ΔH_B − ΔH_A ≥ 0 (inequivalent sites); held at <see cref="DeltaHSplitKJPerMol"/> otherwise.</summary>
    public bool FitDeltaHSplit { get; init; }

    /// <summary>The held (or starting) ΔH_B − ΔH_A in kJ/mol.</summary>
    public double DeltaHSplitKJPerMol { get; init; }

    /// <summary>Γ_intra held at this value (kJ/mol) instead of fitted; null fits it.</summary>
    public double? FixedGammaIntraKJPerMol { get; init; }

    /// <summary>Fit a fraction of sites trapped HS.</summary>
    public bool FitTrappedHighSpin { get; init; }

    /// <summary>Fit a fraction of sites trapped LS.</summary>
    public bool FitTrappedLowSpin { get; init; }

    /// <summary>The trapped fractions held where they are not fitted.</summary>
    public TrappedFraction Trapped { get; init; } = TrappedFraction.None;

    /// <summary>Fit (χT)_HS (χT data only).</summary>
    public bool FitHighSpinChiT { get; init; } = true;

    /// <summary>Fit (χT)_LS (χT data only).</summary>
    public bool FitLowSpinChiT { get; init; } = true;

    /// <summary>χT values held where they are not fitted (see <see cref="SlichterDrickamerFitOptions.Magnetic"/>).</summary>
    public MagneticResponse? Magnetic { get; init; }

    /// <summary>The pressure the data were measured at, GPa.</summary>
    public double PressureGPa { get; init; }

    /// <summary>ΔV per molecule in Å^3 (held).</summary>
    public double DeltaVA3 { get; init; }

    /// <summary>Levenberg–Marquardt steps per start.</summary>
    public int MaxIterations { get; init; } = 100;
}
