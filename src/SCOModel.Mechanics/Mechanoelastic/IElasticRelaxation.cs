namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// Moves the molecules to mechanical equilibrium for the current radii (PHYSICS.md §4: after every Monte Carlo step
/// the positions relax until the forces vanish), minimising the enthalpy E + Π A (E + P V in 3D). Implementations keep work buffers: one instance per walker.
/// </summary>
public interface IElasticRelaxation
{
    /// <summary>The sample as it stands after the last relaxation (its box changes under constant pressure).</summary>
    MechanoelasticLattice Lattice { get; }

    /// <summary>The largest force on one molecule at which the positions count as relaxed, K/Å.</summary>
    double ForceTolerance { get; }

    /// <summary>
    /// Relaxes <paramref name="positions"/> (interleaved x, y, or x, y, z in 3D, Å) in place, under a pressure on the
    /// boundary of an open sample (<see cref="BoundaryPressure"/>).
    /// </summary>
    /// <param name="positions">The positions to relax, Å.</param>
    /// <param name="radii">The molecules' radii, Å.</param>
    /// <param name="boundaryPressure">Π, K/Å² on a 2D sample's boundary, or P, K/Å³ on a 3D one.</param>
    RelaxationOutcome Relax(Span<double> positions, ReadOnlySpan<double> radii, double boundaryPressure = 0);
}
