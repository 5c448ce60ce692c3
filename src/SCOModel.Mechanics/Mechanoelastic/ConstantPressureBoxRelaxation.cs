namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// Relaxation of a periodic sample whose box may change size (the constant-pressure ensemble of PHYSICS.md §4, where
/// periodic boundaries give homogeneous, mean-field-like switching): it minimises the enthalpy E + Π L_x L_y (in 3D
/// E + P L_x L_y L_z) over the positions and the box lengths. It alternates a relaxation of the positions in the
/// current box (the inner method) with an affine update of the box lengths, L_a → L_a (1 + ε_a), solving
/// S ε = −∂H/∂ε from the virial: ∂H/∂ε_a = Σ_springs k δ d_a²/ℓ + Π A (P V in 3D) and the material affine stiffness
/// S_ab = Σ k d_a² d_b²/ℓ² (plus |Π| A on its diagonal; the compressed springs' negative geometric part left out, as in
/// the Newton step), until the box force |∂H/∂ε_a| is below the force tolerance times the box length along every axis.
/// The box stays rectangular (no shear).
/// </summary>
public sealed class ConstantPressureBoxRelaxation : IElasticRelaxation
{
    private const int MaxBoxSteps = 200;

    private readonly Func<MechanoelasticLattice, IElasticRelaxation> _create;
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
    }

    /// <inheritdoc />
    public MechanoelasticLattice Lattice => _inner.Lattice;

    /// <inheritdoc />
    public double ForceTolerance => _inner.ForceTolerance;

    /// <inheritdoc />
    public RelaxationOutcome Relax(Span<double> positions, ReadOnlySpan<double> radii, double boundaryPressure = 0)
    {
        int iterations = 0;
        long inner = 0;
        int d = _inner.Lattice.Dimension;
        var force = new double[d];
        var stiffness = new double[d, d];
        var strain = new double[d];
        var lengths = new double[d];
        for (int step = 0; ; step++)
        {
            var outcome = _inner.Relax(positions, radii);
            iterations += outcome.Iterations;
            inner += outcome.InnerIterations;
            var lattice = _inner.Lattice;
            lattice.BoxLengths.CopyTo(lengths);
            double measure = lattice.BoxMeasure;
            Array.Fill(force, boundaryPressure * measure);
            Array.Clear(stiffness);
            foreach (ref readonly var s in lattice.Springs)
            {
                var (dx, dy, dz) = SpringNetwork.Vector(s, positions, d);
                double length2 = dx * dx + dy * dy + dz * dz;
                double length = Math.Sqrt(length2);
                double t = s.StiffnessKPerA2 * (length - s.RestFactor * (radii[s.First] + radii[s.Second])) / length;
                ReadOnlySpan<double> components = [dx, dy, dz];
                for (int a = 0; a < d; a++)
                {
                    double c2 = components[a] * components[a];
                    force[a] += t * c2;
                    for (int b = 0; b < d; b++)
                    {
                        stiffness[a, b] += s.StiffnessKPerA2 * c2 * components[b] * components[b] / length2;
                    }
                }
            }

            bool converged = true;
            for (int a = 0; a < d; a++)
            {
                converged &= Math.Abs(force[a]) < ForceTolerance * lengths[a];
            }

            if ((converged && outcome.Converged) || step == MaxBoxSteps)
            {
                return new RelaxationOutcome(iterations, inner, outcome.MaxForce, converged && outcome.Converged);
            }

            for (int a = 0; a < d; a++)
            {
                stiffness[a, a] += Math.Abs(boundaryPressure) * measure;
            }

            AffineStrain(stiffness, force, strain);
            for (int a = 0; a < d; a++)
            {
                lengths[a] *= 1 + strain[a];
            }

            for (int i = 0; i < positions.Length; i++)
            {
                positions[i] *= 1 + strain[i % d];
            }

            _inner = _create(lattice.WithBox(lengths));
        }
    }

    /// <summary>
    /// The affine strains ε solving S ε = −F over the axes that have springs along them (none along the others, as a
    /// ring's transverse one), by Gaussian elimination with partial pivoting. The axes are solved together: in a
    /// lattice whose bonds run obliquely (fcc's ⟨110⟩) straining one axis relaxes the others' force too, and updating
    /// each axis alone overshoots (by a factor 2 there, forever).
    /// </summary>
    private static void AffineStrain(double[,] stiffness, double[] force, double[] strain)
    {
        int d = force.Length;
        var axes = Enumerable.Range(0, d).Where(a => stiffness[a, a] > 0).ToArray();
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
