using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// A mechanoelastic sample ready to run (PHYSICS.md §4): the parameters, the lattice (2D triangular or square, 3D
/// cubic or fcc; an open sample starts at the nearest-neighbour spacing of its initial state, 2 R_LS, 2 R_HS or
/// R_LS + R_HS for a random one, so it starts relaxed; a periodic box has the configured nearest-neighbour spacing, by
/// default R_LS + R_HS), and the relaxation method with its force tolerance.
/// </summary>
public sealed record MechanoelasticModel(MechanoelasticParameters Parameters, MechanoelasticLattice Lattice,
    MechanoelasticRelaxationMethod Relaxation)
{
    /// <summary>What a periodic box holds fixed.</summary>
    public MechanoelasticEnsemble Ensemble { get; init; } = MechanoelasticEnsemble.ConstantVolume;

    /// <summary>The force tolerance of the relaxation relative to k δR (the force of one spring carrying the misfit).</summary>
    public const double RelativeForceTolerance = 1e-4;

    /// <summary>The largest force on a relaxed molecule, K/Å.</summary>
    public double ForceTolerance => RelativeForceTolerance * Parameters.SpringConstantKPerA2 * Parameters.RadiusChangeA;

    /// <summary>The margin of <see cref="PressureScale"/> over the pressure on a lone defect.</summary>
    public const double PressureMargin = 1.25;

    /// <summary>
    /// The scale of the local pressure (K/Å) that fixes 1/τ (<see cref="ArrheniusSwitching"/>): 1.25 times the largest
    /// |p| in the relaxed sample with a lone defect at its centre, one HS molecule among LS ones or one LS among HS ones
    /// (the most strained environments a molecule meets; in a fixed periodic box the host's own strain counts too). (The unrelaxed bound z k δR would be about twice as large and
    /// slow the dynamics by e^(κ z k δR/(2T)).) Pressures beyond it are clamped and counted.
    /// </summary>
    public double PressureScale => PressureScaleUnder([0]);

    /// <summary>
    /// <see cref="PressureScale"/> over the boundary pressures of a run: the defects relaxed under each.
    /// </summary>
    /// <param name="boundaryPressures">Each Π, K/Å² on a 2D sample's boundary, or P, K/Å³ on a 3D one.</param>
    public double PressureScaleUnder(IEnumerable<double> boundaryPressures) =>
        PressureMargin * boundaryPressures.Distinct().Max(pi => Math.Max(DefectPressure(-1, pi), DefectPressure(1, pi)));

    /// <summary>The largest |p| with the central molecule in state −host among molecules in state host, relaxed under Π (P in 3D).</summary>
    private double DefectPressure(sbyte host, double boundaryPressure)
    {
        int n = Lattice.SiteCount;
        var positions = Lattice.Positions.ToArray();
        int centre = MechanoelasticLattice.CentralMolecule(positions, Lattice.Dimension);
        var radii = Enumerable.Range(0, n).Select(i => Parameters.RadiusOf(i == centre ? (sbyte)-host : host)).ToArray();
        var pressures = new double[n];
        var relaxation = CreateRelaxation();
        relaxation.Relax(positions, radii, boundaryPressure);
        var lattice = relaxation.Lattice;
        SpringNetwork.LocalPressures(lattice, positions, radii, pressures);
        return pressures.Max(Math.Abs);
    }

    /// <summary>Builds the sample of a config for paths starting from the given state.</summary>
    public static MechanoelasticModel Build(MechanoelasticModelConfig config, InitialState initial)
    {
        ArgumentNullException.ThrowIfNull(config);
        var parameters = MechanoelasticParameters.Of(config);
        double spacing = config.Lattice.Shape == MechanoelasticShape.Periodic
            ? config.BoxLatticeConstantA ?? config.RadiusLsA + config.RadiusHsA
            : initial switch
            {
                InitialState.Ls => 2 * config.RadiusLsA,
                InitialState.Hs => 2 * config.RadiusHsA,
                _ => config.RadiusLsA + config.RadiusHsA,
            };
        var lattice = config.Lattice.Kind switch
        {
            MechanoelasticLatticeKind.Square =>
                SquareLattice.Build(config.Lattice, spacing, config.SpringConstantKPerA2, config.NextNeighbourSpringConstantKPerA2),
            MechanoelasticLatticeKind.Cubic =>
                CubicLattice.Build(config.Lattice, spacing, config.SpringConstantKPerA2, config.NextNeighbourSpringConstantKPerA2),
            MechanoelasticLatticeKind.Fcc => FccLattice.Build(config.Lattice, spacing, config.SpringConstantKPerA2),
            _ => TriangularLattice.Build(config.Lattice, spacing, config.SpringConstantKPerA2),
        };
        return new MechanoelasticModel(parameters, lattice, config.Relaxation) { Ensemble = config.Ensemble ?? MechanoelasticEnsemble.ConstantVolume };
    }

    /// <summary>A new relaxation of this sample (one per walker: it holds work buffers).</summary>
    public IElasticRelaxation CreateRelaxation() =>
        !Lattice.IsOpen && Ensemble == MechanoelasticEnsemble.ConstantPressure
            ? new ConstantPressureBoxRelaxation(Lattice, FixedBoxRelaxation)
            : FixedBoxRelaxation(Lattice);

    private IElasticRelaxation FixedBoxRelaxation(MechanoelasticLattice lattice) => Relaxation switch
    {
        MechanoelasticRelaxationMethod.DampedDynamics => new DampedDynamicsRelaxation(lattice, ForceTolerance),
        _ => new NewtonRelaxation(lattice, ForceTolerance),
    };
}
