using MathNet.Numerics.LinearAlgebra;

namespace SCOModel.Mechanics.Strain;

/// <summary>The eigenvalues of a strain tensor in ascending order and its unit eigenvectors (Cartesian frame), in the same order.</summary>
/// <param name="Values">The principal strains ε₁ ≤ ε₂ ≤ ε₃.</param>
/// <param name="Axes">The principal axes; each is defined up to its sign.</param>
public sealed record PrincipalStrains(IReadOnlyList<double> Values, IReadOnlyList<Vector<double>> Axes);
