namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The reference elastic relaxation: the molecules (unit mass) follow damped equations of motion until the largest
/// force vanishes to the tolerance, as in the mechanoelastic literature (Enachescu et al., Phys. Rev. Lett. 102, 257204
/// (2009)). The damping is FIRE's (Bitzek et al., Phys. Rev. Lett. 97, 170201 (2006)): the velocity is turned towards
/// the force and the time step grows while the power F · v stays positive, and the motion stops when it turns negative.
/// The step never exceeds the stability limit 1/ω_max, ω_max² ≤ 2 Σ_j (k_ij + tension) by Gershgorin's bound. Slow
/// (thousands of steps for a few hundred molecules) but simple and independent of the Newton solver it checks. It
/// moves molecules in 2D or 3D alike (forces of stride d), under the boundary pressure of <see cref="BoundaryPressure"/>.
/// </summary>
public sealed class DampedDynamicsRelaxation : IElasticRelaxation
{
    private const int MinimumStepsBeforeSpeedUp = 5;
    private const double SpeedUp = 1.1;
    private const double SlowDown = 0.5;
    private const double InitialMixing = 0.1;
    private const double MixingDecay = 0.99;

    private readonly MechanoelasticLattice _lattice;
    private readonly double[] _forces;
    private readonly double[] _velocities;

    /// <summary>A relaxation of the lattice's springs to the given force tolerance (K/Å).</summary>
    public DampedDynamicsRelaxation(MechanoelasticLattice lattice, double forceTolerance)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(forceTolerance);
        _lattice = lattice;
        ForceTolerance = forceTolerance;
        _forces = new double[lattice.Dimension * lattice.SiteCount];
        _velocities = new double[lattice.Dimension * lattice.SiteCount];
    }

    /// <inheritdoc />
    public double ForceTolerance { get; }

    /// <inheritdoc />
    public MechanoelasticLattice Lattice => _lattice;

    /// <summary>The most time steps before giving up.</summary>
    public int MaxSteps { get; init; } = 5_000_000;

    /// <inheritdoc />
    public RelaxationOutcome Relax(Span<double> positions, ReadOnlySpan<double> radii, double boundaryPressure = 0)
    {
        // Tension adds to the stiffness of stretched springs; 1.5 k bounds it for elongations up to half a length.
        double maxStep = 1 / Math.Sqrt(2 * 1.5 * _lattice.MaxStiffnessPerSite);
        double dt = 0.1 * maxStep;
        double mixing = InitialMixing;
        int sincePowerTurned = 0;
        Array.Clear(_velocities);
        BoundaryPressure.Forces(_lattice, positions, radii, boundaryPressure, _forces);
        double maxForce = SpringNetwork.MaxForce(_forces, _lattice.Dimension);
        int steps = 0;
        while (maxForce >= ForceTolerance && steps < MaxSteps)
        {
            steps++;
            double power = 0, vv = 0, ff = 0;
            for (int k = 0; k < _forces.Length; k++)
            {
                power += _forces[k] * _velocities[k];
                vv += _velocities[k] * _velocities[k];
                ff += _forces[k] * _forces[k];
            }

            if (power > 0)
            {
                double turn = ff > 0 ? mixing * Math.Sqrt(vv / ff) : 0;
                for (int k = 0; k < _forces.Length; k++)
                {
                    _velocities[k] = (1 - mixing) * _velocities[k] + turn * _forces[k];
                }

                if (++sincePowerTurned > MinimumStepsBeforeSpeedUp)
                {
                    dt = Math.Min(dt * SpeedUp, maxStep);
                    mixing *= MixingDecay;
                }
            }
            else
            {
                Array.Clear(_velocities);
                dt *= SlowDown;
                mixing = InitialMixing;
                sincePowerTurned = 0;
            }

            // Semi-implicit Euler: v += F dt, r += v dt.
            for (int k = 0; k < _forces.Length; k++)
            {
                _velocities[k] += _forces[k] * dt;
                positions[k] += _velocities[k] * dt;
            }

            BoundaryPressure.Forces(_lattice, positions, radii, boundaryPressure, _forces);
            maxForce = SpringNetwork.MaxForce(_forces, _lattice.Dimension);
        }

        return new RelaxationOutcome(steps, 0, maxForce, maxForce < ForceTolerance);
    }
}
