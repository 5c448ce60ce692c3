namespace SCOModel.MeanField.Fitting;

/// <summary>
/// What to fit and hold in <see cref="TwoSublatticeFit"/>. ΔH, ΔS (shared by both sites), the intra-sublattice
/// Γ_intra and the inter-sublattice Γ_AB are fitted; the ΔH split between the sites only on request (with equivalent
/// sites the plateau comes from Γ_AB &lt; 0 alone, and a split trades off against Γ_AB on most curves).
/// </summary>
public sealed record TwoSublatticeFitOptions : TransitionFitOptions
{
    /// <summary>Fit ΔH_B − ΔH_A ≥ 0 (inequivalent sites); held at <see cref="DeltaHSplitKJPerMol"/> otherwise.</summary>
    public bool FitDeltaHSplit { get; init; }

    /// <summary>The held (or starting) ΔH_B − ΔH_A in kJ/mol.</summary>
    public double DeltaHSplitKJPerMol { get; init; }

    /// <summary>Γ_intra held at this value (kJ/mol) instead of fitted; null fits it.</summary>
    public double? FixedGammaIntraKJPerMol { get; init; }

    /// <summary>Options with the two-sublattice fit's own budget of Levenberg–Marquardt steps (100 per start).</summary>
    public TwoSublatticeFitOptions() => MaxIterations = 100;
}
