namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// Relaxation of a periodic sample whose box may change size (the constant-pressure ensemble of PHYSICS.md §4, where
/// periodic boundaries give homogeneous, mean-field-like switching): it minimises the enthalpy E + Π L_x L_y over the
/// positions and the box lengths. It alternates a relaxation of the positions in the current box (the inner method) with
/// an affine update of each box length, L → L (1 + ε), ε = −(∂H/∂ε)/(∂²H/∂ε²) from the virial:
/// ∂H/∂ε_x = Σ_springs k δ d_x²/ℓ + Π A and the affine stiffness Σ k d_x⁴/ℓ² (an overestimate, so the update never
/// overshoots), until the box force |∂H/∂ε| is below the force tolerance times the box length. The box stays
/// rectangular (no shear).
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
    public RelaxationOutcome Relax(Span<double> positions, ReadOnlySpan<double> radii, double pressure2D = 0)
    {
        int iterations = 0;
        long inner = 0;
        for (int step = 0; ; step++)
        {
            var outcome = _inner.Relax(positions, radii);
            iterations += outcome.Iterations;
            inner += outcome.InnerIterations;
            var lattice = _inner.Lattice;
            var (width, height) = lattice.Box!.Value;
            double forceX = pressure2D * width * height, forceY = forceX, stiffnessX = 0, stiffnessY = 0;
            foreach (ref readonly var s in lattice.Springs)
            {
                var (dx, dy) = SpringNetwork.Vector(s, positions);
                double length2 = dx * dx + dy * dy;
                double length = Math.Sqrt(length2);
                double t = s.StiffnessKPerA2 * SpringNetwork.Elongation(s, positions, radii) / length;
                forceX += t * dx * dx;
                forceY += t * dy * dy;
                stiffnessX += s.StiffnessKPerA2 * dx * dx * dx * dx / length2;
                stiffnessY += s.StiffnessKPerA2 * dy * dy * dy * dy / length2;
            }

            bool converged = Math.Abs(forceX) < ForceTolerance * width && Math.Abs(forceY) < ForceTolerance * height;
            if ((converged && outcome.Converged) || step == MaxBoxSteps)
            {
                return new RelaxationOutcome(iterations, inner, outcome.MaxForce, converged && outcome.Converged);
            }

            double ex = Update(forceX, stiffnessX + Math.Abs(pressure2D) * width * height);
            double ey = Update(forceY, stiffnessY + Math.Abs(pressure2D) * width * height);
            for (int i = 0; i < positions.Length; i += 2)
            {
                positions[i] *= 1 + ex;
                positions[i + 1] *= 1 + ey;
            }

            _inner = _create(lattice.WithBox(width * (1 + ex), height * (1 + ey)));
        }
    }

    /// <summary>The affine strain −force/stiffness, none along an axis without springs (a ring's transverse one).</summary>
    private static double Update(double force, double stiffness) => stiffness > 0 ? -force / stiffness : 0;
}
