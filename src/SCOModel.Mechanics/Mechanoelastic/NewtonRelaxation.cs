namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The fast elastic relaxation (the default; PHYSICS.md §4). Each Newton step solves K Δx = F, where K is the stiffness
/// of the current configuration: the material part k n nᵀ of every spring plus, for stretched springs, the geometric
/// part (k δ/ℓ)(1 − n nᵀ) (compressed springs' negative geometric part is left out, which keeps K positive
/// semi-definite; the step is then Gauss–Newton-like, exact in the limit of small elongations). K is applied spring by
/// spring (matrix-free, O(springs) per product) and the system solved by conjugate gradients on the complement of the
/// rigid-body modes (operator P K P, preconditioner P M⁻¹ P, P the projector that removes them), so that an open sample
/// needs no pinned molecule. For an open sample the preconditioner is the stiffness K0 of the lattice as built, factored
/// once (banded Cholesky, the sites being numbered row by row) and reused: the linearised stiffness does not depend on
/// the spins, only the forces do (PHYSICS.md §4), and K0 differs from the current K only by the small rotations of the
/// springs and the tension terms. (Used alone, as Δx = K0⁻¹ F, it converges slowly: in the soft long-wave modes the
/// tension terms are not small relative to K0; conjugate gradients correct for them in a few iterations.) A periodic
/// box uses the 2×2 diagonal blocks of K (block Jacobi). A step that raises the enthalpy (the energy plus Π A under a boundary pressure, whose own curvature is left out of
/// K) is halved. It stops when
/// the largest force is below the tolerance.
/// </summary>
public sealed class NewtonRelaxation : IElasticRelaxation
{
    private const int MaxNewtonSteps = 100;
    private const double LinearTolerance = 1e-3;

    private readonly MechanoelasticLattice _lattice;
    private readonly double[] _stiffness;
    private readonly double[] _forces;
    private readonly double[] _trial;
    private readonly double[] _step;
    private readonly double[] _residual;
    private readonly double[] _preconditioned;
    private readonly double[] _direction;
    private readonly double[] _product;
    private readonly double[] _blocks;
    private readonly double[] _nx;
    private readonly double[] _ny;
    private readonly double[] _tension;
    private readonly BandedCholesky? _reference;

    /// <summary>A relaxation of the lattice's springs to the given force tolerance (K/Å).</summary>
    public NewtonRelaxation(MechanoelasticLattice lattice, double forceTolerance)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(forceTolerance);
        _lattice = lattice;
        ForceTolerance = forceTolerance;
        int dof = 2 * lattice.SiteCount;
        _forces = new double[dof];
        _trial = new double[dof];
        _step = new double[dof];
        _residual = new double[dof];
        _preconditioned = new double[dof];
        _direction = new double[dof];
        _product = new double[dof];
        _blocks = new double[3 * lattice.SiteCount];
        int springs = lattice.Springs.Length;
        _nx = new double[springs];
        _ny = new double[springs];
        _tension = new double[springs];
        _stiffness = new double[springs];
        for (int b = 0; b < springs; b++)
        {
            _stiffness[b] = lattice.Springs[b].StiffnessKPerA2;
        }

        _reference = ReferenceFactor(lattice);
    }

    /// <summary>The largest half bandwidth (degrees of freedom) for which the reference stiffness is factored.</summary>
    public const int MaxFactoredBandwidth = 2000;

    /// <summary>Whether the preconditioner is the factored reference stiffness (else block Jacobi).</summary>
    public bool UsesFactoredStiffness => _reference is not null;

    /// <summary>
    /// The Cholesky factor of the stiffness Σ k n nᵀ of the lattice as built (a uniform lattice), plus 10⁻⁶ of its
    /// mean diagonal on the diagonal to lift the rigid-body modes: it differs from the stiffness of any relaxed
    /// configuration only by the small rotations of the springs and the tension terms, which makes it a nearly exact
    /// preconditioner, factored once. Null for a periodic box (its wrapping springs make the band as wide as the matrix)
    /// or too wide a band.
    /// </summary>
    private static BandedCholesky? ReferenceFactor(MechanoelasticLattice lattice)
    {
        var springs = lattice.Springs;
        if (!lattice.IsOpen || springs.Length == 0)
        {
            return null;
        }

        int band = 0;
        foreach (var s in springs)
        {
            band = Math.Max(band, 2 * Math.Abs(s.First - s.Second) + 1);
        }

        int n = 2 * lattice.SiteCount;
        if (band > MaxFactoredBandwidth)
        {
            return null;
        }

        int w = band + 1;
        var matrix = new double[n * w];
        var positions = lattice.Positions;
        double trace = 0;
        foreach (var s in springs)
        {
            var (dx, dy) = SpringNetwork.Vector(s, positions);
            double length = Math.Sqrt(dx * dx + dy * dy);
            double nx = dx / length, ny = dy / length, k = s.StiffnessKPerA2;
            double[,] block = { { k * nx * nx, k * nx * ny }, { k * nx * ny, k * ny * ny } };
            int i = Math.Min(s.First, s.Second), j = Math.Max(s.First, s.Second);
            for (int a = 0; a < 2; a++)
            {
                for (int c = 0; c < 2; c++)
                {
                    // Diagonal blocks (lower triangle only) and the off-diagonal block (row in j, column in i).
                    if (c <= a)
                    {
                        matrix[(2 * i + a) * w + (a - c)] += block[a, c];
                        matrix[(2 * j + a) * w + (a - c)] += block[a, c];
                    }

                    matrix[(2 * j + a) * w + (2 * j + a - (2 * i + c))] -= block[a, c];
                }
            }

            trace += 2 * k;
        }

        double lift = 1e-6 * trace / n;
        for (int r = 0; r < n; r++)
        {
            matrix[r * w] += lift;
        }

        return BandedCholesky.Factor(matrix, n, band);
    }

    /// <inheritdoc />
    public double ForceTolerance { get; }

    /// <inheritdoc />
    public MechanoelasticLattice Lattice => _lattice;

    /// <inheritdoc />
    public RelaxationOutcome Relax(Span<double> positions, ReadOnlySpan<double> radii, double pressure2D = 0)
    {
        double energy = BoundaryPressure.Forces(_lattice, positions, radii, pressure2D, _forces);
        double maxForce = SpringNetwork.MaxForce(_forces);
        long inner = 0;
        int steps = 0;
        // The rigid-body modes at the start serve every step: the positions move by a small fraction of a spacing.
        var modes = maxForce >= ForceTolerance ? RigidBodyModes.At(_lattice, positions) : null;
        while (maxForce >= ForceTolerance && steps < MaxNewtonSteps)
        {
            steps++;
            Linearise(positions, radii);
            inner += Solve(modes!);

            // Backtrack along the step while the energy rises (never more than a few halvings near equilibrium).
            double scale = 1;
            for (int attempt = 0; ; attempt++)
            {
                for (int k = 0; k < positions.Length; k++)
                {
                    _trial[k] = positions[k] + scale * _step[k];
                }

                double trialEnergy = BoundaryPressure.Forces(_lattice, _trial, radii, pressure2D, _forces);
                if (trialEnergy <= energy + 1e-12 * Math.Abs(energy) + 1e-300 || attempt == 30)
                {
                    energy = trialEnergy;
                    break;
                }

                scale *= 0.5;
            }

            _trial.CopyTo(positions);
            maxForce = SpringNetwork.MaxForce(_forces);
        }

        return new RelaxationOutcome(steps, inner, maxForce, maxForce < ForceTolerance);
    }

    /// <summary>The spring directions and tension terms of the current configuration, and the 2×2 diagonal blocks.</summary>
    private void Linearise(ReadOnlySpan<double> positions, ReadOnlySpan<double> radii)
    {
        Array.Clear(_blocks);
        var springs = _lattice.Springs;
        for (int b = 0; b < springs.Length; b++)
        {
            var s = springs[b];
            var (dx, dy) = SpringNetwork.Vector(s, positions);
            double length = Math.Sqrt(dx * dx + dy * dy);
            double nx = dx / length, ny = dy / length;
            double k = _stiffness[b];
            double delta = length - s.RestFactor * (radii[s.First] + radii[s.Second]);
            double tension = Math.Max(0, k * delta / length);
            _nx[b] = nx;
            _ny[b] = ny;
            _tension[b] = tension;

            // k n nᵀ + t (1 − n nᵀ), added to both ends' diagonal blocks (xx, xy, yy).
            double xx = k * nx * nx + tension * (1 - nx * nx);
            double xy = (k - tension) * nx * ny;
            double yy = k * ny * ny + tension * (1 - ny * ny);
            foreach (int i in (ReadOnlySpan<int>)[s.First, s.Second])
            {
                _blocks[3 * i] += xx;
                _blocks[3 * i + 1] += xy;
                _blocks[3 * i + 2] += yy;
            }
        }

        // Invert the blocks; a singular block (a molecule held along one line only) gets its pseudo-inverse.
        for (int i = 0; i < _lattice.SiteCount; i++)
        {
            double a = _blocks[3 * i], b = _blocks[3 * i + 1], c = _blocks[3 * i + 2];
            double trace = a + c, det = a * c - b * b;
            if (det > 1e-10 * trace * trace)
            {
                (_blocks[3 * i], _blocks[3 * i + 1], _blocks[3 * i + 2]) = (c / det, -b / det, a / det);
            }
            else if (trace > 0)
            {
                double t2 = trace * trace;
                (_blocks[3 * i], _blocks[3 * i + 1], _blocks[3 * i + 2]) = (a / t2, b / t2, c / t2);
            }
            else
            {
                (_blocks[3 * i], _blocks[3 * i + 1], _blocks[3 * i + 2]) = (0, 0, 0);
            }
        }
    }

    /// <summary>Solves K Δx = F (projected) into the step; returns the CG iterations.</summary>
    private int Solve(RigidBodyModes modes)
    {
        int dof = _forces.Length;
        Array.Clear(_step);
        _forces.CopyTo(_residual, 0);
        modes.Project(_residual);
        double target = LinearTolerance * Math.Sqrt(Dot(_residual, _residual));
        Precondition(modes);
        _preconditioned.CopyTo(_direction, 0);
        double rz = Dot(_residual, _preconditioned);
        int maxIterations = Math.Max(100, 4 * dof);
        int iteration = 0;
        while (iteration < maxIterations && Math.Sqrt(Dot(_residual, _residual)) > target)
        {
            iteration++;
            Apply(_direction, _product);
            modes.Project(_product);
            double curvature = Dot(_direction, _product);
            if (!(curvature > 0))
            {
                break;
            }

            double alpha = rz / curvature;
            for (int k = 0; k < dof; k++)
            {
                _step[k] += alpha * _direction[k];
                _residual[k] -= alpha * _product[k];
            }

            Precondition(modes);
            double rzNext = Dot(_residual, _preconditioned);
            double beta = rzNext / rz;
            rz = rzNext;
            for (int k = 0; k < dof; k++)
            {
                _direction[k] = _preconditioned[k] + beta * _direction[k];
            }
        }

        modes.Project(_step);
        return iteration;
    }

    /// <summary>z = P M⁻¹ r with the factored reference stiffness or the inverted diagonal blocks M, P the rigid-body projector.</summary>
    private void Precondition(RigidBodyModes modes)
    {
        if (_reference is { } reference)
        {
            _residual.CopyTo(_preconditioned, 0);
            reference.Solve(_preconditioned);
            modes.Project(_preconditioned);
            return;
        }

        for (int i = 0; i < _lattice.SiteCount; i++)
        {
            double rx = _residual[2 * i], ry = _residual[2 * i + 1];
            _preconditioned[2 * i] = _blocks[3 * i] * rx + _blocks[3 * i + 1] * ry;
            _preconditioned[2 * i + 1] = _blocks[3 * i + 1] * rx + _blocks[3 * i + 2] * ry;
        }

        modes.Project(_preconditioned);
    }

    /// <summary>out = K v, spring by spring.</summary>
    private void Apply(ReadOnlySpan<double> v, Span<double> result)
    {
        result.Clear();
        var springs = _lattice.Springs;
        for (int b = 0; b < springs.Length; b++)
        {
            int i = springs[b].First, j = springs[b].Second;
            double ux = v[2 * j] - v[2 * i], uy = v[2 * j + 1] - v[2 * i + 1];
            double nx = _nx[b], ny = _ny[b], t = _tension[b];
            double along = _stiffness[b] * (nx * ux + ny * uy);
            double tx = along * nx + t * (ux - nx * (nx * ux + ny * uy));
            double ty = along * ny + t * (uy - ny * (nx * ux + ny * uy));
            result[2 * i] -= tx;
            result[2 * i + 1] -= ty;
            result[2 * j] += tx;
            result[2 * j + 1] += ty;
        }
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int k = 0; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }
}
