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
    /// boundary of an open sample (<see cref="BoundaryPressure"/>): the 2D pressure Π (K/Å²) of a 2D sample, the
    /// pressure P (K/Å³) of a 3D one, which the parameter's name does not say.
    /// </summary>
    RelaxationOutcome Relax(Span<double> positions, ReadOnlySpan<double> radii, double pressure2D = 0);
}
