namespace SCOModel.MeanField.Fitting;

/// <summary>
/// What every transition fit can hold or fit besides its model's own parameters: trapped fractions, the χT constants,
/// the conditions of the measurement and the optimiser's budget.
/// </summary>
public abstract record TransitionFitOptions
{
    /// <summary>Fit a fraction of sites trapped HS (residual HS at low T).</summary>
    public bool FitTrappedHighSpin { get; init; }

    /// <summary>Fit a fraction of sites trapped LS (incomplete at high T).</summary>
    public bool FitTrappedLowSpin { get; init; }

    /// <summary>The trapped fractions held where they are not fitted (none by default).</summary>
    public TrappedFraction Trapped { get; init; } = TrappedFraction.None;

    /// <summary>Fit (χT)_HS (χT data only).</summary>
    public bool FitHighSpinChiT { get; init; } = true;

    /// <summary>Fit (χT)_LS (χT data only).</summary>
    public bool FitLowSpinChiT { get; init; } = true;

    /// <summary>
    /// χT values held where they are not fitted (e.g. <see cref="MagneticResponse.IronII"/>); required for χT data
    /// when one of them is held. A (χT)_other is added to both held values: the fit's (χT)_HS and (χT)_LS are the
    /// sample's χT when all HS and all LS (a constant offset cannot be told apart from them).
    /// </summary>
    public MagneticResponse? Magnetic { get; init; }

    /// <summary>The pressure the data were measured at, GPa (with <see cref="DeltaVA3"/>, ΔH is reported at P = 0).</summary>
    public double PressureGPa { get; init; }

    /// <summary>ΔV per molecule in Å^3 for the fitted model and config (not fitted: one curve cannot tell it).</summary>
    public double DeltaVA3 { get; init; }

    /// <summary>Levenberg–Marquardt steps per start.</summary>
    public int MaxIterations { get; init; } = 200;
}
