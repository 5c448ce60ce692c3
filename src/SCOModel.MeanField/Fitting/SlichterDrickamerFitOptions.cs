using SCOModel.Core.Lattices;

namespace SCOModel.MeanField.Fitting;

/// <summary>
/// What to fit and what to hold in <see cref="SlichterDrickamerFit"/>. ΔH and ΔS are always fitted; Γ by default;
/// trapped fractions on request; for χT data (χT)_HS and (χT)_LS by default.
/// </summary>
public sealed record SlichterDrickamerFitOptions
{
    /// <summary>Γ held at this value (kJ/mol) instead of fitted; null (the default) fits it.</summary>
    public double? FixedGammaKJPerMol { get; init; }

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

    /// <summary>
    /// The lattice of the Ising-like config the fit writes (<see cref="SlichterDrickamerModel.ToIsingLikeConfig"/>).
    /// Default: all-to-all, N = 10^4, z = 6, whose Monte Carlo reproduces the fitted mean field (its loop ends within
    /// 1 K, tested); J = Γ/(2z) is then also the mean-field J of a cubic lattice.
    /// </summary>
    public LatticeSpec Lattice { get; init; } = DefaultLattice;

    /// <summary>Levenberg–Marquardt steps per start.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>All-to-all, 10^4 sites, z = 6.</summary>
    public static LatticeSpec DefaultLattice => new(LatticeKind.AllToAll, [10_000], Boundary.Periodic, 6);
}
