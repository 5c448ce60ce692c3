using SCOModel.Core.Lattices;

namespace SCOModel.MeanField.Fitting;

/// <summary>
/// What to fit and what to hold in <see cref="SlichterDrickamerFit"/>. ΔH and ΔS are always fitted; Γ by default;
/// trapped fractions on request; for χT data (χT)_HS and (χT)_LS by default.
/// </summary>
public sealed record SlichterDrickamerFitOptions : TransitionFitOptions
{
    /// <summary>Γ held at this value (kJ/mol) instead of fitted; null (the default) fits it.</summary>
    public double? FixedGammaKJPerMol { get; init; }

    /// <summary>
    /// The lattice of the Ising-like config the fit writes (<see cref="SlichterDrickamerModel.ToIsingLikeConfig"/>).
    /// Default: all-to-all, N = 10^4, z = 6, whose Monte Carlo reproduces the fitted mean field (its loop ends within
    /// 1 K, tested); J = Γ/(2z) is then also the mean-field J of a cubic lattice.
    /// </summary>
    public LatticeSpec Lattice { get; init; } = DefaultLattice;

    /// <summary>All-to-all, 10^4 sites, z = 6.</summary>
    public static LatticeSpec DefaultLattice => new(LatticeKind.AllToAll, [10_000], Boundary.Periodic, 6);
}
