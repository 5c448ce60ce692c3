namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// Relaxation of a periodic sample whose cell may change size and shape (the constant-pressure ensemble of PHYSICS.md §4,
/// where periodic boundaries give homogeneous, mean-field-like switching): it minimises the enthalpy E + Π det H (in 3D
/// E + P det H) over the positions and the cell H (<see cref="MechanoelasticLattice.Cell"/>, upper triangular). It
/// alternates a relaxation of the positions in the current cell (the inner method) with an affine update of the cell,
/// H → (1 + u) H, the positions and the springs' box shifts mapped by 1 + u, u upper triangular: the symmetric strain
/// ε (3 components in 2D, 6 in 3D) with its rigid rotation removed (u_ab = 2 ε_ab above the diagonal, 0 below, which
/// keeps H upper triangular and, the energy being invariant under rotations, costs the same). It solves S u = −∂H/∂u from
/// the virial: ∂H/∂u_ab = Σ_springs t d_a d_b + Π A δ_ab (P V in 3D), t = k δ/ℓ, d the spring vector, and the material
/// affine stiffness S_(ab)(cd) = Σ k d_a d_b d_c d_d/ℓ² (plus |Π| A on the diagonal components; the compressed springs'
/// negative geometric part left out, as in the Newton step), until every component's force |∂H/∂u_ab| is below the
/// force tolerance times the box length (the shorter of the two for a shear). Only the strain components the lattice as
/// built resists (a ring has no stiffness across itself, nor in shear) relax; with <see cref="RelaxesShear"/> off the
/// cell stays rectangular (the diagonal components alone; unlike the lengths-only relaxation of 0.3.0, an axis the lattice
/// does not resist is left alone rather than held by the pressure term, and a step's strain is capped).
/// </summary>
public sealed class ConstantPressureBoxRelaxation : IElasticRelaxation
{
    private const int MaxBoxSteps = 200;

    /// <summary>
    /// The largest strain component of one affine step: a guard against a soft shear whose affine stiffness (which
    /// leaves out the non-affine relaxation and the geometric softening) would otherwise ask for a runaway step.
    /// </summary>
    private const double MaxStrainStep = 0.1;

    /// <summary>The smallest affine stiffness of a strain component, relative to the stiffest, for it to relax.</summary>
    private const double SoftComponent = 1e-9;

    private readonly Func<MechanoelasticLattice, IElasticRelaxation> _create;
    private readonly bool[] _stiff;
    private IElasticRelaxation _inner;

    /// <summary>A relaxation of a periodic lattice, with the inner (fixed-box) method made for each box by the factory.</summary>
    public ConstantPressureBoxRelaxation(MechanoelasticLattice lattice, Func<MechanoelasticLattice, IElasticRelaxation> create)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        ArgumentNullException.ThrowIfNull(create);
        if (lattice.IsOpen)
        {
            throw new ArgumentException("a constant-pressure box needs a periodic sample", nameof(lattice));
        }

        _create = create;
        _inner = create(lattice);

        // The components the lattice as built resists: a square lattice's shear needs its diagonals, a ring has none
        // across itself.
        int d = lattice.Dimension;
        var components = Components(d);
        var stiffness = new double[components.Length, components.Length];
        Accumulate(lattice, lattice.Positions, null, components, null, stiffness);
        double stiffest = Enumerable.Range(0, components.Length).Max(c => stiffness[c, c]);
        _stiff = Enumerable.Range(0, components.Length).Select(c => stiffness[c, c] > SoftComponent * stiffest).ToArray();
    }

    /// <inheritdoc />
    public MechanoelasticLattice Lattice => _inner.Lattice;

    /// <inheritdoc />
    public double ForceTolerance => _inner.ForceTolerance;

    /// <summary>
    /// Whether the cell's shear relaxes (the default); false keeps it as it is and relaxes the box lengths alone (a
    /// rectangular box stays rectangular).
    /// </summary>
    public bool RelaxesShear { get; init; } = true;

    /// <inheritdoc />
    public RelaxationOutcome Relax(Span<double> positions, ReadOnlySpan<double> radii, double boundaryPressure = 0)
    {
        int iterations = 0;
        long inner = 0;
        int d = _inner.Lattice.Dimension;
        var components = Components(d);
        int m = components.Length;
        var force = new double[m];
        var stiffness = new double[m, m];
        var strain = new double[m];
        var cell = new double[d * d];
        var map = new double[d * d];
        var moved = new double[d];
        var free = Enumerable.Range(0, m).Where(c => _stiff[c] && (RelaxesShear || components[c].A == components[c].B)).ToArray();
        for (int step = 0; ; step++)
        {
            var outcome = _inner.Relax(positions, radii);
            iterations += outcome.Iterations;
            inner += outcome.InnerIterations;
            var lattice = _inner.Lattice;
            var lengths = lattice.BoxLengths;
            double measure = lattice.BoxMeasure;
            Array.Clear(force);
            Array.Clear(stiffness);
            Accumulate(lattice, positions, radii, components, force, stiffness);
            bool converged = true;
            for (int c = 0; c < m; c++)
            {
                var (a, b) = components[c];
                if (a == b)
                {
                    force[c] += boundaryPressure * measure;
                    stiffness[c, c] += Math.Abs(boundaryPressure) * measure;
                }

                // A component that does not relax (a shear kept, or one the lattice does not resist) is no force to
                // converge.
                if (free.Contains(c))
                {
                    converged &= Math.Abs(force[c]) < ForceTolerance * Math.Min(lengths[a], lengths[b]);
                }
            }

            if ((converged && outcome.Converged) || step == MaxBoxSteps)
            {
                return new RelaxationOutcome(iterations, inner, outcome.MaxForce, converged && outcome.Converged);
            }

            AffineStrain(stiffness, force, free, strain);
            double largest = strain.Max(Math.Abs);
            if (!double.IsFinite(largest))
            {
                // A (near-)singular affine stiffness: stop unconverged (the walker counts and reports it) rather than
                // carry a NaN into the cell.
                return new RelaxationOutcome(iterations, inner, outcome.MaxForce, false);
            }

            if (largest > MaxStrainStep)
            {
                for (int c = 0; c < m; c++)
                {
                    strain[c] *= MaxStrainStep / largest;
                }
            }

            // The map 1 + u, u upper triangular, and the new cell (1 + u) H, upper triangular too.
            Array.Clear(map);
            for (int a = 0; a < d; a++)
            {
                map[a * d + a] = 1;
            }

            for (int c = 0; c < m; c++)
            {
                var (a, b) = components[c];
                map[a * d + b] += strain[c];
            }

            var current = lattice.Cell;
            for (int r = 0; r < d; r++)
            {
                for (int c = 0; c < d; c++)
                {
                    double sum = 0;
                    for (int k = r; k <= c; k++)
                    {
                        sum += map[r * d + k] * current[k * d + c];
                    }

                    cell[r * d + c] = sum;
                }
            }

            for (int i = 0; i < positions.Length; i += d)
            {
                for (int a = 0; a < d; a++)
                {
                    double sum = 0;
                    for (int b = a; b < d; b++)
                    {
                        sum += map[a * d + b] * positions[i + b];
                    }

                    moved[a] = sum;
                }

                moved.CopyTo(positions[i..]);
            }

            _inner = _create(lattice.WithCell(cell));
        }
    }

    /// <summary>
    /// The strain components (a, b), a ≤ b, in Voigt order: xx, yy, xy in 2D; xx, yy, zz, yz, xz, xy in 3D.
    /// </summary>
    internal static (int A, int B)[] Components(int dimension) =>
        dimension == 2 ? [(0, 0), (1, 1), (0, 1)] : [(0, 0), (1, 1), (2, 2), (1, 2), (0, 2), (0, 1)];

    /// <summary>
    /// The enthalpy's derivatives ∂H/∂u_ab (K) over <see cref="Components"/>, u the upper-triangular affine strain
    /// (H → (1 + u) H, positions and box shifts with it): Σ_springs t d_a d_b + Π A δ_ab (P V in 3D). In equilibrium
    /// they vanish: the virial tensor equals −P V δ_ab.
    /// </summary>
    internal static double[] Stress(MechanoelasticLattice lattice, ReadOnlySpan<double> positions, ReadOnlySpan<double> radii,
        double boundaryPressure)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        var components = Components(lattice.Dimension);
        var force = new double[components.Length];
        Accumulate(lattice, positions, radii, components, force, null);
        for (int c = 0; c < components.Length; c++)
        {
            if (components[c].A == components[c].B)
            {
                force[c] += boundaryPressure * lattice.BoxMeasure;
            }
        }

        return force;
    }

    /// <summary>
    /// Adds the springs' virial Σ t d_a d_b (with radii) to <paramref name="force"/> and their material affine stiffness
    /// Σ k d_a d_b d_c d_d/ℓ² to <paramref name="stiffness"/>, each where given.
    /// </summary>
    private static void Accumulate(MechanoelasticLattice lattice, ReadOnlySpan<double> positions, ReadOnlySpan<double> radii,
        (int A, int B)[] components, double[]? force, double[,]? stiffness)
    {
        int d = lattice.Dimension;
        int m = components.Length;
        Span<double> products = stackalloc double[m];
        foreach (ref readonly var s in lattice.Springs)
        {
            var (dx, dy, dz) = SpringNetwork.Vector(s, positions, d);
            double length2 = dx * dx + dy * dy + dz * dz;
            ReadOnlySpan<double> vector = [dx, dy, dz];
            for (int c = 0; c < m; c++)
            {
                products[c] = vector[components[c].A] * vector[components[c].B];
            }

            if (force is not null)
            {
                double length = Math.Sqrt(length2);
                double t = s.StiffnessKPerA2 * (length - s.RestFactor * (radii[s.First] + radii[s.Second])) / length;
                for (int c = 0; c < m; c++)
                {
                    force[c] += t * products[c];
                }
            }

            if (stiffness is not null)
            {
                for (int c = 0; c < m; c++)
                {
                    for (int e = 0; e < m; e++)
                    {
                        stiffness[c, e] += s.StiffnessKPerA2 * products[c] * products[e] / length2;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The affine strains u solving S u = −F over the free components (zero on the others), by Gaussian elimination
    /// with partial pivoting. The components are solved together: in a lattice whose bonds run obliquely (fcc's ⟨110⟩)
    /// straining one axis relaxes the others' force too, and updating each axis alone overshoots (by a factor 2 there,
    /// forever).
    /// </summary>
    private static void AffineStrain(double[,] stiffness, double[] force, int[] axes, double[] strain)
    {
        Array.Clear(strain);
        int m = axes.Length;
        var matrix = new double[m, m + 1];
        for (int r = 0; r < m; r++)
        {
            for (int c = 0; c < m; c++)
            {
                matrix[r, c] = stiffness[axes[r], axes[c]];
            }

            matrix[r, m] = -force[axes[r]];
        }

        for (int col = 0; col < m; col++)
        {
            int pivot = Enumerable.Range(col, m - col).MaxBy(r => Math.Abs(matrix[r, col]));
            for (int c = 0; c <= m; c++)
            {
                (matrix[col, c], matrix[pivot, c]) = (matrix[pivot, c], matrix[col, c]);
            }

            for (int r = col + 1; r < m; r++)
            {
                double factor = matrix[r, col] / matrix[col, col];
                for (int c = col; c <= m; c++)
                {
                    matrix[r, c] -= factor * matrix[col, c];
                }
            }
        }

        for (int r = m - 1; r >= 0; r--)
        {
            double sum = matrix[r, m];
            for (int c = r + 1; c < m; c++)
            {
                sum -= matrix[r, c] * strain[axes[c]];
            }

            strain[axes[r]] = sum / matrix[r, r];
        }
    }
}
