using SCOModel.Core.PhaseDiagrams;

namespace SCOModel.Mechanics.Strain;

/// <summary>
/// A principal axis of the strain over the whole range: its direction, the straight line through its principal
/// strain against pressure or temperature, the coefficient from the line's slope (K = −dε/dP or α = dε/dT) and, for
/// pressure, PASCal's empirical fit with the compressibility at each pressure.
/// </summary>
/// <param name="Index">1, 2 or 3, in ascending order of dε/dx (for pressure the most compressible axis is 1).</param>
/// <param name="Line">ε(x) = intercept + slope x, with the covariance of the two.</param>
/// <param name="Coefficient">K in TPa⁻¹ or α in MK⁻¹.</param>
/// <param name="CoefficientStdErr">Its standard error.</param>
/// <param name="Direction">The unit axis in the Cartesian frame of <see cref="UnitCell.CartesianBasis"/> (z ∥ c, x ∥ a*).</param>
/// <param name="Uvw">The axis in lattice components [uvw] of the reference cell, scaled to unit length with its largest component positive (as PASCal prints it).</param>
/// <param name="AnglesToAxesDeg">The angles between the axis and a, b, c of the reference cell, degrees.</param>
/// <param name="RotationDeg">How far the principal axis of the cell farthest from the reference (in x) turns away from this one, degrees.</param>
public sealed record PrincipalAxis(
    int Index,
    StraightLineFit Line,
    double Coefficient,
    double CoefficientStdErr,
    IReadOnlyList<double> Direction,
    IReadOnlyList<double> Uvw,
    IReadOnlyList<double> AnglesToAxesDeg,
    double RotationDeg)
{
    /// <summary>True for a negative coefficient: NLC under pressure, NTE on heating.</summary>
    public bool IsNegative => Coefficient < 0;

    /// <summary>True when the coefficient differs from zero by more than two standard errors.</summary>
    public bool IsSignificant => Math.Abs(Coefficient) > 2 * CoefficientStdErr;

    /// <summary>
    /// PASCal's empirical fit ε = ε₀ + λ(P − P_c)^ν of this axis's principal strain, with K(P) at every pressure; null for
    /// temperature data or when the data cannot determine it (the reason is among the analysis's warnings).
    /// </summary>
    public EmpiricalStrainFit? EmpiricalFit { get; init; }
}
