using MathNet.Numerics.LinearAlgebra;

namespace SCOModel.Mechanics.Strain;

/// <summary>
/// The strain of a cell relative to a reference cell, a symmetric 3×3 tensor in the Cartesian frame of
/// <see cref="UnitCell.CartesianBasis"/>, and its principal strains and axes.
/// </summary>
/// <remarks>
/// As in PASCal (Cliffe &amp; Goodwin, J. Appl. Cryst. 2012, 45, 1321): the deformation gradient F = M M₀⁻¹ takes the
/// reference basis M₀ (columns a₀, b₀, c₀) to the current basis M; its symmetric part, less the identity, is the
/// infinitesimal strain (<see cref="StrainMeasure.Lagrangian"/>), whose eigenvalues are the principal strains and whose
/// eigenvectors the principal axes. Symmetrising discards the small rotation that the choice of Cartesian frame
/// imposes on the deformed cell.
/// </remarks>
public sealed class StrainTensor
{
    private StrainTensor(Matrix<double> components) => Components = components;

    /// <summary>ε_ij in the Cartesian frame (dimensionless).</summary>
    public Matrix<double> Components { get; }

    /// <summary>The strain that takes <paramref name="reference"/> to <paramref name="current"/>.</summary>
    public static StrainTensor Between(UnitCell reference, UnitCell current, StrainMeasure measure = StrainMeasure.Lagrangian)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(current);
        var f = current.CartesianBasis() * reference.CartesianBasis().Inverse();
        var identity = Matrix<double>.Build.DenseIdentity(3);
        var strain = measure switch
        {
            StrainMeasure.Lagrangian => (0.5 * (f + f.Transpose())) - identity,
            StrainMeasure.Eulerian => identity - (0.5 * (f.Inverse() + f.Inverse().Transpose())),
            StrainMeasure.LagrangianFinite => 0.5 * ((f.Transpose() * f) - identity),
            StrainMeasure.EulerianFinite => 0.5 * (identity - (f.Inverse().Transpose() * f.Inverse())),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "unknown strain measure"),
        };

        // Exactly symmetric, so the eigenvectors are exactly orthogonal.
        return new StrainTensor(0.5 * (strain + strain.Transpose()));
    }

    /// <summary>The normal strain along a unit direction n: nᵀ ε n.</summary>
    public double Along(Vector<double> direction)
    {
        ArgumentNullException.ThrowIfNull(direction);
        var n = direction.Normalize(2);
        return n * (Components * n);
    }

    /// <summary>The principal strains in ascending order with their unit axes (the eigen-decomposition of ε).</summary>
    public PrincipalStrains Principal()
    {
        var evd = Components.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, 3).OrderBy(k => evd.EigenValues[k].Real).ToArray();
        return new PrincipalStrains(
            order.Select(k => evd.EigenValues[k].Real).ToArray(),
            order.Select(k => evd.EigenVectors.Column(k).Normalize(2)).ToArray());
    }
}
