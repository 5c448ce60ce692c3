using System.Runtime.CompilerServices;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The fast elastic relaxation (the default; PHYSICS.md §4), in 2D or 3D (positions interleaved with stride d, the
/// lattice's dimension). Each Newton step solves H Δx = F, H the Hessian of the spring energy at the current
/// configuration: the material part k n nᵀ of every spring plus its geometric part t (1 − n nᵀ), t = k δ/ℓ (negative
/// for a compressed spring). H is applied spring by spring (matrix-free, O(springs) per product) and the system solved
/// by preconditioned conjugate gradients on the complement of the rigid-body modes (operator P H P, preconditioner
/// P M⁻¹ P, P the projector that removes them), so that an open sample needs no pinned molecule. Should the
/// curvature along a search direction not be positive (a strongly compressed, buckling configuration), the solve stops
/// there with the last descent step (the preconditioned force, if it is the first).
/// <para>
/// For an open sample the preconditioner M is the stiffness K0 = Σ k n nᵀ of the lattice as built, factored once by
/// banded Cholesky (the sites are numbered row by row, so the band is about two rows of degrees of freedom) and reused
/// by every relaxation: the linearised stiffness hardly depends on the spins, only the forces do (PHYSICS.md §4). K0 is
/// applied as its pseudo-inverse P0 K0⁻¹ P0, P0 the projector on the complement of K0's own rigid-body modes (those of
/// the lattice as built). Those are not exactly the current ones once the sample has deformed, and a solve with K0 plus
/// the small diagonal lift that makes it invertible would amplify the difference by the inverse of the lift: that cost
/// the earlier version of this class a Newton step or more per relaxation and made it no faster than the damped
/// dynamics. Each Newton step's conjugate gradients stop when the linear residual has fallen by a few per cent (an
/// inexact Newton method: the first step after a Monte Carlo step leaves a nonlinear residual of that order anyway) or
/// below half the force tolerance. After a Monte Carlo step that switched tens of molecules of a 64 × 64 sample, three
/// Newton steps with four to six preconditioned iterations in all relax it; an iteration costs about four force
/// evaluations (mostly the two triangular solves with the band factor, kept in single precision because a solve is
/// bound by memory bandwidth, and shared by all the relaxations of a sample), against the 300–400 force evaluations of
/// the damped dynamics (bench: MechanoelasticRelaxationBenchmarks). A periodic box uses the d×d diagonal blocks of the
/// stiffness (block Jacobi).
/// </para>
/// A step that raises the enthalpy (the energy plus Π A under a boundary pressure, whose own curvature is left out of
/// H) is halved. It stops when the largest force is below the tolerance.
/// </summary>
public sealed class NewtonRelaxation : IElasticRelaxation
{
    private const int MaxNewtonSteps = 100;

    /// <summary>
    /// The relative residual at which a Newton step's linear solve stops, if the force tolerance is not reached first
    /// (the forcing term of an inexact Newton method). After a Monte Carlo step the first Newton step leaves a
    /// nonlinear residual of about 1 % of the initial force (the switched molecules move by a fraction of δR), so
    /// solving further is wasted; over a full thermal loop of a 64 × 64 sample, 3·10⁻² costs 30 % fewer
    /// preconditioned iterations than 10⁻³ for 8 % more Newton steps, and 10⁻¹ saves no more.
    /// </summary>
    private const double LinearTolerance = 3e-2;

    /// <summary>The largest linear residual on one molecule at which a solve stops, over the force tolerance.</summary>
    private const double ResidualOverForceTolerance = 0.5;

    private readonly MechanoelasticLattice _lattice;
    private readonly int _d;
    private readonly double[] _stiffness;
    private readonly double[] _forces;
    private readonly double[] _trial;
    private readonly double[] _step;
    private readonly double[] _residual;
    private readonly double[] _preconditioned;
    private readonly double[] _direction;
    private readonly double[] _product;
    private readonly double[] _blocks;
    private readonly double[] _normals;
    private readonly double[] _tension;
    private readonly int _band;
    private readonly float[] _solveWork;
    private readonly BandedCholesky? _reference;
    private readonly RigidBodyModes? _referenceModes;
    private readonly RigidBodyModes _modes;

    /// <summary>
    /// The factored reference stiffness of each lattice and its rigid-body modes, shared by all relaxations of that
    /// sample (the walkers of a run): factored once per run, and one copy of the factor in the caches for all threads.
    /// </summary>
    private static readonly ConditionalWeakTable<MechanoelasticLattice, ReferenceStiffness> References = new();

    /// <summary>A relaxation of the lattice's springs to the given force tolerance (K/Å).</summary>
    public NewtonRelaxation(MechanoelasticLattice lattice, double forceTolerance)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(forceTolerance);
        _lattice = lattice;
        ForceTolerance = forceTolerance;
        _d = lattice.Dimension;
        int dof = _d * lattice.SiteCount;
        _forces = new double[dof];
        _trial = new double[dof];
        _step = new double[dof];
        _residual = new double[dof];
        _preconditioned = new double[dof];
        _direction = new double[dof];
        _product = new double[dof];
        _blocks = new double[_d * _d * lattice.SiteCount];
        int springs = lattice.Springs.Length;
        _normals = new double[_d * springs];
        _tension = new double[springs];
        _stiffness = new double[springs];
        for (int b = 0; b < springs; b++)
        {
            _stiffness[b] = lattice.Springs[b].StiffnessKPerA2;
            var s = lattice.Springs[b];
            _band = Math.Max(_band, _d * Math.Abs(s.First - s.Second) + _d - 1);
        }

        _modes = new RigidBodyModes(lattice);
        _solveWork = new float[dof];
        if (lattice.IsOpen && springs > 0 && _band <= MaxFactoredBandwidth && (long)dof * (_band + 1) <= MaxFactoredEntries)
        {
            var reference = References.GetValue(lattice, _ => new ReferenceStiffness(FactorReferenceStiffness(),
                RigidBodyModes.At(lattice, lattice.Positions)));
            if (reference.Factor is not null)
            {
                (_reference, _referenceModes) = (reference.Factor, reference.Modes);
            }
        }
    }

    /// <summary>The largest half bandwidth (degrees of freedom) for which the reference stiffness is factored.</summary>
    internal const int MaxFactoredBandwidth = 2000;

    /// <summary>
    /// The most band entries (degrees of freedom times the bandwidth plus one) factored: 400 MB in double precision
    /// while factoring, half that kept; a larger sample (a 2D square one beyond about 230 × 230 molecules) falls
    /// back to block Jacobi.
    /// </summary>
    internal const long MaxFactoredEntries = 50_000_000;

    /// <summary>Whether the preconditioner is a factored stiffness (else block Jacobi).</summary>
    internal bool UsesFactoredStiffness => _reference is not null;

    /// <summary>
    /// The Cholesky factor of the stiffness K0 = Σ k n nᵀ of the lattice as built, plus 10⁻⁵ of its mean diagonal on
    /// the diagonal to make its rigid-body modes invertible (they are projected out around every solve; the lift shifts
    /// the softest elastic modes of a 64 × 64 sample by about 1 %). Null if not positive definite.
    /// </summary>
    private BandedCholesky? FactorReferenceStiffness()
    {
        int d = _d, band = _band;
        int n = d * _lattice.SiteCount;
        var matrix = new double[n * (band + 1)];
        var positions = _lattice.Positions;
        Span<double> normal = stackalloc double[3];
        double trace = 0;
        foreach (var s in _lattice.Springs)
        {
            Direction(s, positions, d, normal);
            double k = s.StiffnessKPerA2;
            int i = Math.Min(s.First, s.Second), j = Math.Max(s.First, s.Second);
            for (int a = 0; a < d; a++)
            {
                for (int c = 0; c < d; c++)
                {
                    double entry = k * normal[a] * normal[c];

                    // Diagonal blocks (lower triangle only) and the off-diagonal block (row in j, column in i).
                    if (c <= a)
                    {
                        matrix[BandedCholesky.Slot(d * i + a, d * i + c, band)] += entry;
                        matrix[BandedCholesky.Slot(d * j + a, d * j + c, band)] += entry;
                    }

                    matrix[BandedCholesky.Slot(d * j + a, d * i + c, band)] -= entry;
                }
            }

            trace += 2 * k;
        }

        double lift = 1e-5 * trace / n;
        for (int r = 0; r < n; r++)
        {
            matrix[BandedCholesky.Slot(r, r, band)] += lift;
        }

        return BandedCholesky.Factor(matrix, n, band, singlePrecision: true);
    }

    /// <inheritdoc />
    public double ForceTolerance { get; }

    /// <inheritdoc />
    public MechanoelasticLattice Lattice => _lattice;

    /// <inheritdoc />
    public RelaxationOutcome Relax(Span<double> positions, ReadOnlySpan<double> radii, double boundaryPressure = 0)
    {
        double energy = ForcesAndLinearisation(positions, radii, boundaryPressure);
        double maxForce = SpringNetwork.MaxForce(_forces, _d);
        long inner = 0;
        int steps = 0;
        // The rigid-body modes at the start serve every step: the positions move by a small fraction of a spacing.
        if (maxForce >= ForceTolerance)
        {
            _modes.Update(positions);
        }

        while (maxForce >= ForceTolerance && steps < MaxNewtonSteps)
        {
            steps++;
            inner += Solve(_modes);

            // Backtrack along the step while the energy rises (never more than a few halvings near equilibrium).
            double scale = 1;
            for (int attempt = 0; ; attempt++)
            {
                for (int k = 0; k < positions.Length; k++)
                {
                    _trial[k] = positions[k] + scale * _step[k];
                }

                // The forces at the trial, and the stiffness there for the next step should it be accepted.
                double trialEnergy = ForcesAndLinearisation(_trial, radii, boundaryPressure);
                if (trialEnergy <= energy + 1e-12 * Math.Abs(energy) + 1e-300 || attempt == 30)
                {
                    energy = trialEnergy;
                    break;
                }

                scale *= 0.5;
            }

            _trial.CopyTo(positions);
            maxForce = SpringNetwork.MaxForce(_forces, _d);
        }

        return new RelaxationOutcome(steps, inner, maxForce, maxForce < ForceTolerance);
    }

    /// <summary>
    /// The forces −∂H/∂r into the force buffer and the enthalpy H = E + Π A (<see cref="BoundaryPressure"/>), and in the
    /// same pass over the springs the linearisation at these positions: the spring directions and tensions
    /// t = k δ/ℓ (one square root per spring serves both).
    /// </summary>
    private double ForcesAndLinearisation(ReadOnlySpan<double> positions, ReadOnlySpan<double> radii, double boundaryPressure)
    {
        int d = _d;
        var forces = _forces.AsSpan();
        forces.Clear();
        var springs = _lattice.Springs;
        double energy = 0;
        for (int b = 0; b < springs.Length; b++)
        {
            var s = springs[b];
            var normal = _normals.AsSpan(d * b, d);
            double length = Direction(s, positions, d, normal);
            double k = _stiffness[b];
            double delta = length - s.RestFactor * (radii[s.First] + radii[s.Second]);
            energy += 0.5 * k * delta * delta;
            _tension[b] = k * delta / length;

            // A stretched spring pulls its ends together.
            double pull = k * delta;
            for (int a = 0; a < d; a++)
            {
                forces[d * s.First + a] += pull * normal[a];
                forces[d * s.Second + a] -= pull * normal[a];
            }
        }

        return energy + BoundaryPressure.AddForces(_lattice, positions, boundaryPressure, forces);
    }

    /// <summary>
    /// For a periodic box, the inverted d×d diagonal blocks of the stiffness at the current linearisation, with the
    /// stretched springs' geometric part only (positive definite).
    /// </summary>
    private void InvertDiagonalBlocks()
    {
        int d = _d;
        var springs = _lattice.Springs;
        Array.Clear(_blocks);
        for (int b = 0; b < springs.Length; b++)
        {
            var s = springs[b];
            var normal = _normals.AsSpan(d * b, d);
            double k = _stiffness[b];

            // k n nᵀ + t⁺ (1 − n nᵀ), added to both ends' diagonal blocks.
            double stretched = Math.Max(0, _tension[b]);
            for (int a = 0; a < d; a++)
            {
                for (int c = 0; c < d; c++)
                {
                    double entry = (k - stretched) * normal[a] * normal[c] + (a == c ? stretched : 0);
                    _blocks[d * d * s.First + d * a + c] += entry;
                    _blocks[d * d * s.Second + d * a + c] += entry;
                }
            }
        }

        for (int i = 0; i < _lattice.SiteCount; i++)
        {
            InvertBlock(_blocks.AsSpan(d * d * i, d * d), d);
        }
    }

    /// <summary>
    /// Inverts a symmetric d×d block in place; a singular one (a molecule held along one line or plane only) gets the
    /// block over its squared trace, a pseudo-inverse on its range up to a factor of order one.
    /// </summary>
    private static void InvertBlock(Span<double> m, int d)
    {
        double trace = 0;
        for (int a = 0; a < d; a++)
        {
            trace += m[d * a + a];
        }

        if (d == 2)
        {
            double a = m[0], b = m[1], c = m[3];
            double det = a * c - b * b;
            if (det > 1e-10 * trace * trace)
            {
                (m[0], m[1], m[2], m[3]) = (c / det, -b / det, -b / det, a / det);
                return;
            }
        }
        else
        {
            double a = m[0], b = m[1], c = m[2], e = m[4], f = m[5], g = m[8];
            double c00 = e * g - f * f, c01 = c * f - b * g, c02 = b * f - c * e;
            double det = a * c00 + b * c01 + c * c02;
            if (det > 1e-10 * trace * trace * trace)
            {
                double c11 = a * g - c * c, c12 = b * c - a * f, c22 = a * e - b * b;
                (m[0], m[1], m[2]) = (c00 / det, c01 / det, c02 / det);
                (m[3], m[4], m[5]) = (c01 / det, c11 / det, c12 / det);
                (m[6], m[7], m[8]) = (c02 / det, c12 / det, c22 / det);
                return;
            }
        }

        double scale = trace > 0 ? 1 / (trace * trace) : 0;
        for (int k = 0; k < m.Length; k++)
        {
            m[k] *= scale;
        }
    }

    /// <summary>Solves K Δx = F (projected) into the step; returns the CG iterations.</summary>
    private int Solve(RigidBodyModes modes)
    {
        int dof = _forces.Length;
        if (_reference is null)
        {
            InvertDiagonalBlocks();
        }

        Array.Clear(_step);
        _forces.CopyTo(_residual, 0);
        modes.Project(_residual);
        double residualNorm2 = Dot(_residual, _residual);
        double target = LinearTolerance * Math.Sqrt(residualNorm2);
        if (Solved(residualNorm2, target))
        {
            return 0;
        }

        Precondition(modes);
        _preconditioned.CopyTo(_direction, 0);
        double rz = Dot(_residual, _preconditioned);
        int maxIterations = Math.Max(100, 4 * dof);
        int iteration = 0;
        while (iteration < maxIterations)
        {
            iteration++;
            Apply(_direction, _product);
            modes.Project(_product);
            double curvature = Dot(_direction, _product);
            if (!(curvature > 0))
            {
                // No positive curvature along the first direction: take the preconditioned force itself, the step the
                // preconditioner's stiffness would make (a descent direction; the line search scales it).
                if (iteration == 1)
                {
                    _direction.CopyTo(_step, 0);
                }

                break;
            }

            double alpha = rz / curvature;
            residualNorm2 = 0;
            for (int k = 0; k < dof; k++)
            {
                _step[k] += alpha * _direction[k];
                double r = _residual[k] - alpha * _product[k];
                _residual[k] = r;
                residualNorm2 += r * r;
            }

            if (Solved(residualNorm2, target))
            {
                break;
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

    /// <summary>
    /// Whether the linear residual is small enough: its 2-norm below the relative target, or its largest entry per
    /// molecule (the norm of the force tolerance; checked only when the 2-norm allows it) below half the tolerance, so
    /// that the last Newton step stops after as few iterations as the tolerance needs.
    /// </summary>
    private bool Solved(double residualNorm2, double target)
    {
        double floor = ResidualOverForceTolerance * ForceTolerance;
        return residualNorm2 <= target * target ||
            (residualNorm2 <= floor * floor * _lattice.SiteCount && SpringNetwork.MaxForce(_residual, _d) <= floor);
    }

    /// <summary>
    /// z = P M⁻¹ r, P the current rigid-body projector: M⁻¹ = P0 K0⁻¹ P0 with the factored reference stiffness (P0 its
    /// own rigid-body projector), or the inverted diagonal blocks.
    /// </summary>
    private void Precondition(RigidBodyModes modes)
    {
        if (_reference is { } reference)
        {
            _residual.CopyTo(_preconditioned, 0);
            _referenceModes!.Project(_preconditioned);
            reference.Solve(_preconditioned, _solveWork);
            _referenceModes.Project(_preconditioned);
            modes.Project(_preconditioned);
            return;
        }

        int d = _d;
        for (int i = 0; i < _lattice.SiteCount; i++)
        {
            for (int a = 0; a < d; a++)
            {
                double sum = 0;
                for (int c = 0; c < d; c++)
                {
                    sum += _blocks[d * d * i + d * a + c] * _residual[d * i + c];
                }

                _preconditioned[d * i + a] = sum;
            }
        }

        modes.Project(_preconditioned);
    }

    /// <summary>out = K v, spring by spring: k n (n · u) + t (u − n (n · u)), u the difference of the ends' v.</summary>
    private void Apply(ReadOnlySpan<double> v, Span<double> result)
    {
        result.Clear();
        var springs = _lattice.Springs;
        if (_d == 2)
        {
            for (int b = 0; b < springs.Length; b++)
            {
                int i = springs[b].First, j = springs[b].Second;
                double ux = v[2 * j] - v[2 * i], uy = v[2 * j + 1] - v[2 * i + 1];
                double nx = _normals[2 * b], ny = _normals[2 * b + 1], t = _tension[b];
                double along = nx * ux + ny * uy;
                double force = (_stiffness[b] - t) * along;
                double tx = force * nx + t * ux;
                double ty = force * ny + t * uy;
                result[2 * i] -= tx;
                result[2 * i + 1] -= ty;
                result[2 * j] += tx;
                result[2 * j + 1] += ty;
            }

            return;
        }

        for (int b = 0; b < springs.Length; b++)
        {
            int i = springs[b].First, j = springs[b].Second;
            double ux = v[3 * j] - v[3 * i], uy = v[3 * j + 1] - v[3 * i + 1], uz = v[3 * j + 2] - v[3 * i + 2];
            double nx = _normals[3 * b], ny = _normals[3 * b + 1], nz = _normals[3 * b + 2], t = _tension[b];
            double force = (_stiffness[b] - t) * (nx * ux + ny * uy + nz * uz);
            double tx = force * nx + t * ux, ty = force * ny + t * uy, tz = force * nz + t * uz;
            result[3 * i] -= tx;
            result[3 * i + 1] -= ty;
            result[3 * i + 2] -= tz;
            result[3 * j] += tx;
            result[3 * j + 1] += ty;
            result[3 * j + 2] += tz;
        }
    }

    /// <summary>
    /// The unit vector of a spring (r_second + shift − r_first, with the z shift in 3D) into <paramref name="normal"/>
    /// (d entries); returns its length.
    /// </summary>
    private static double Direction(in Spring spring, ReadOnlySpan<double> positions, int d, Span<double> normal)
    {
        int i = d * spring.First, j = d * spring.Second;
        double dx = positions[j] + spring.ShiftXA - positions[i];
        double dy = positions[j + 1] + spring.ShiftYA - positions[i + 1];
        double dz = d == 3 ? positions[j + 2] + spring.ShiftZA - positions[i + 2] : 0;
        double length = Math.Sqrt(dx * dx + dy * dy + dz * dz);
        normal[0] = dx / length;
        normal[1] = dy / length;
        if (d == 3)
        {
            normal[2] = dz / length;
        }

        return length;
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

    /// <summary>The factored reference stiffness of a lattice (null if not positive definite) and its rigid-body modes.</summary>
    private sealed record ReferenceStiffness(BandedCholesky? Factor, RigidBodyModes Modes);
}
