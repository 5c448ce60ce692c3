namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// Moves the molecules to mechanical equilibrium for the current radii (PHYSICS.md §4: after every Monte Carlo step
/// the positions relax until the forces vanish), minimising the enthalpy E + Π A. Implementations keep work buffers: one instance per walker.
/// </summary>
public interface IElasticRelaxation
{
    /// <summary>The sample as it stands after the last relaxation (its box changes under constant pressure).</summary>
    MechanoelasticLattice Lattice { get; }

    /// <summary>The largest force on one molecule at which the positions count as relaxed, K/Å.</summary>
    double ForceTolerance { get; }

    /// <summary>
    /// Relaxes <paramref name="positions"/> (interleaved x, y, Å) in place, under a 2D pressure Π (K/Å²) on the boundary
    /// of an open sample (<see cref="BoundaryPressure"/>).
    /// </summary>
    RelaxationOutcome Relax(Span<double> positions, ReadOnlySpan<double> radii, double pressure2D = 0);
}
