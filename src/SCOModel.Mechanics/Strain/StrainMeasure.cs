namespace SCOModel.Mechanics.Strain;

/// <summary>
/// How the deformation F = M M₀⁻¹ (M the current cell's basis, M₀ the reference cell's, <see cref="UnitCell.CartesianBasis"/>)
/// becomes a strain. All four agree to first order in the deformation; they are the four options PASCal offers
/// (Eulerian or Lagrangian, finite or infinitesimal; Cliffe &amp; Goodwin, J. Appl. Cryst. 2012, 45, 1321).
/// </summary>
public enum StrainMeasure
{
    /// <summary>Infinitesimal strain in the reference frame: ε = ½(F + Fᵀ) − I. An axis stretched from l₀ to l has ε = l/l₀ − 1.</summary>
    Lagrangian,

    /// <summary>Infinitesimal strain in the deformed frame: ε = I − ½(F⁻¹ + F⁻ᵀ). Along a stretched axis ε = 1 − l₀/l.</summary>
    Eulerian,

    /// <summary>Green–Lagrange finite strain: E = ½(FᵀF − I). Along a stretched axis E = ½((l/l₀)² − 1).</summary>
    LagrangianFinite,

    /// <summary>Euler–Almansi finite strain: e = ½(I − F⁻ᵀF⁻¹). Along a stretched axis e = ½(1 − (l₀/l)²).</summary>
    EulerianFinite,
}
