namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// External pressure on an open sample (PHYSICS.md §4: "pressure acts as a force on boundary molecules"): the enthalpy
/// gains Π A, A the area of the polygon through the boundary molecules (counter-clockwise), so boundary molecule i
/// feels F_i = −Π ∂A/∂r_i = −(Π/2) (y_{i+1} − y_{i−1}, x_{i−1} − x_{i+1}), an inward force of Π times half the length
/// of its two boundary segments. Π is the 2D pressure, K/Å²: P c for a layer of thickness c (P in GPa times c in Å
/// times 72.4297 K/(GPa Å³)). At equilibrium the virial theorem gives Σ_springs k δ ℓ = −2 Π A exactly.
/// </summary>
public static class BoundaryPressure
{
    /// <summary>The 2D pressure Π (K/Å²) of a pressure P (GPa) on a layer of thickness c (Å).</summary>
    public static double TwoDimensional(double pressureGPa, double layerThicknessA) =>
        Core.Units.PhysicalUnits.KelvinFromPressureVolume(pressureGPa, layerThicknessA);

    /// <summary>The area of the boundary polygon, Å².</summary>
    public static double Area(MechanoelasticLattice lattice, ReadOnlySpan<double> positions)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        var boundary = lattice.Boundary;
        double twice = 0;
        for (int k = 0; k < boundary.Length; k++)
        {
            int i = boundary[k], j = boundary[(k + 1) % boundary.Length];
            twice += positions[2 * i] * positions[2 * j + 1] - positions[2 * j] * positions[2 * i + 1];
        }

        return 0.5 * twice;
    }

    /// <summary>Adds the boundary forces of Π to <paramref name="forces"/> and returns Π A, K.</summary>
    public static double AddForces(MechanoelasticLattice lattice, ReadOnlySpan<double> positions, double pressure2D, Span<double> forces)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        if (pressure2D == 0)
        {
            return 0;
        }

        var boundary = lattice.Boundary;
        int m = boundary.Length;
        for (int k = 0; k < m; k++)
        {
            int previous = boundary[(k + m - 1) % m], i = boundary[k], next = boundary[(k + 1) % m];
            forces[2 * i] -= 0.5 * pressure2D * (positions[2 * next + 1] - positions[2 * previous + 1]);
            forces[2 * i + 1] -= 0.5 * pressure2D * (positions[2 * previous] - positions[2 * next]);
        }

        return pressure2D * Area(lattice, positions);
    }

    /// <summary>The enthalpy E + Π A and its forces: the springs' and the boundary's.</summary>
    public static double Forces(MechanoelasticLattice lattice, ReadOnlySpan<double> positions, ReadOnlySpan<double> radii,
        double pressure2D, Span<double> forces) =>
        SpringNetwork.Forces(lattice, positions, radii, forces) + AddForces(lattice, positions, pressure2D, forces);
}
