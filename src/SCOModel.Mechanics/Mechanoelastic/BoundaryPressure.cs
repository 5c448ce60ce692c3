namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// External pressure on an open sample (PHYSICS.md §4: "pressure acts as a force on boundary molecules"): the enthalpy
/// gains Π A, A the area of the polygon through the boundary molecules (counter-clockwise), so boundary molecule i
/// feels F_i = −Π ∂A/∂r_i = −(Π/2) (y_{i+1} − y_{i−1}, x_{i−1} − x_{i+1}), an inward force of Π times half the length
/// of its two boundary segments. Π is the 2D pressure, K/Å²: P c for a layer of thickness c (P in GPa times c in Å
/// times 72.4297 K/(GPa Å³)). At equilibrium the virial theorem gives Σ_springs k δ ℓ = −2 Π A exactly.
/// In 3D the enthalpy gains P V, V the volume of the sample as the sum of its elementary tetrahedra (which tile it, so
/// that V is the volume inside the surface they leave and only surface molecules feel a net force), with the exact
/// gradient: a tetrahedron (a, b, c, d) of volume (1/6) (b − a) · ((c − a) × (d − a)) pushes d with −(P/6)
/// (b − a) × (c − a), and likewise its other corners. P is in K/Å³ there; the virial theorem reads
/// Σ_springs k δ ℓ = −3 P V.
/// </summary>
public static class BoundaryPressure
{
    /// <summary>The 2D pressure Π (K/Å²) of a pressure P (GPa) on a layer of thickness c (Å).</summary>
    public static double TwoDimensional(double pressureGPa, double layerThicknessA) =>
        Core.Units.PhysicalUnits.KelvinFromPressureVolume(pressureGPa, layerThicknessA);

    /// <summary>The pressure P (GPa) in K/Å³, as it acts on a 3D sample.</summary>
    public static double ThreeDimensional(double pressureGPa) =>
        Core.Units.PhysicalUnits.KelvinFromPressureVolume(pressureGPa, 1);

    /// <summary>The area of the boundary polygon of a 2D sample, Å².</summary>
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

    /// <summary>The volume of a 3D sample, the sum of the signed volumes of its tetrahedra, Å³.</summary>
    public static double Volume(MechanoelasticLattice lattice, ReadOnlySpan<double> positions)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        double sum = 0;
        foreach (var (a, b, c, d) in lattice.Tetrahedra)
        {
            sum += SignedVolume(positions, a, b, c, d);
        }

        return sum;
    }

    /// <summary>What the pressure acts on: the boundary polygon's area (2D) or the tetrahedra's volume (3D).</summary>
    public static double Enclosed(MechanoelasticLattice lattice, ReadOnlySpan<double> positions)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        return lattice.Dimension == 3 ? Volume(lattice, positions) : Area(lattice, positions);
    }

    /// <summary>The signed volume (1/6) (b − a) · ((c − a) × (d − a)) of a tetrahedron, Å³.</summary>
    internal static double SignedVolume(ReadOnlySpan<double> positions, int a, int b, int c, int d)
    {
        var u = Edge(positions, a, b);
        var v = Edge(positions, a, c);
        var w = Edge(positions, a, d);
        return (u.X * (v.Y * w.Z - v.Z * w.Y) + u.Y * (v.Z * w.X - v.X * w.Z) + u.Z * (v.X * w.Y - v.Y * w.X)) / 6;
    }

    /// <summary>
    /// Adds the boundary forces of the pressure to <paramref name="forces"/> and returns Π A or P V, K.
    /// </summary>
    /// <param name="lattice">The sample.</param>
    /// <param name="positions">Its positions, Å.</param>
    /// <param name="boundaryPressure">Π, K/Å² on a 2D sample's boundary, or P, K/Å³ on a 3D one.</param>
    /// <param name="forces">The forces to add to, K/Å.</param>
    public static double AddForces(MechanoelasticLattice lattice, ReadOnlySpan<double> positions, double boundaryPressure, Span<double> forces)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        if (boundaryPressure == 0)
        {
            return 0;
        }

        if (lattice.Dimension == 3)
        {
            return AddVolumeForces(lattice, positions, boundaryPressure, forces);
        }

        var boundary = lattice.Boundary;
        int m = boundary.Length;
        for (int k = 0; k < m; k++)
        {
            int previous = boundary[(k + m - 1) % m], i = boundary[k], next = boundary[(k + 1) % m];
            forces[2 * i] -= 0.5 * boundaryPressure * (positions[2 * next + 1] - positions[2 * previous + 1]);
            forces[2 * i + 1] -= 0.5 * boundaryPressure * (positions[2 * previous] - positions[2 * next]);
        }

        return boundaryPressure * Area(lattice, positions);
    }

    /// <summary>The enthalpy E + Π A (E + P V in 3D) and its forces: the springs' and the boundary's.</summary>
    /// <param name="lattice">The sample.</param>
    /// <param name="positions">Its positions, Å.</param>
    /// <param name="radii">The molecules' radii, Å.</param>
    /// <param name="boundaryPressure">Π, K/Å² on a 2D sample's boundary, or P, K/Å³ on a 3D one.</param>
    /// <param name="forces">The forces, overwritten, K/Å.</param>
    public static double Forces(MechanoelasticLattice lattice, ReadOnlySpan<double> positions, ReadOnlySpan<double> radii,
        double boundaryPressure, Span<double> forces) =>
        SpringNetwork.Forces(lattice, positions, radii, forces) + AddForces(lattice, positions, boundaryPressure, forces);

    /// <summary>F = −P ∂V/∂r over the tetrahedra; returns P V.</summary>
    private static double AddVolumeForces(MechanoelasticLattice lattice, ReadOnlySpan<double> positions, double pressure, Span<double> forces)
    {
        double volume = 0, scale = -pressure / 6;
        foreach (var (a, b, c, d) in lattice.Tetrahedra)
        {
            var u = Edge(positions, a, b);
            var v = Edge(positions, a, c);
            var w = Edge(positions, a, d);

            // ∂V/∂b = (v × w)/6, ∂V/∂c = (w × u)/6, ∂V/∂d = (u × v)/6, ∂V/∂a = −(their sum).
            var gb = Cross(v, w);
            var gc = Cross(w, u);
            var gd = Cross(u, v);
            volume += (u.X * gb.X + u.Y * gb.Y + u.Z * gb.Z) / 6;
            Add(forces, b, gb, scale);
            Add(forces, c, gc, scale);
            Add(forces, d, gd, scale);
            Add(forces, a, (gb.X + gc.X + gd.X, gb.Y + gc.Y + gd.Y, gb.Z + gc.Z + gd.Z), -scale);
        }

        return pressure * volume;
    }

    private static (double X, double Y, double Z) Edge(ReadOnlySpan<double> positions, int from, int to) =>
        (positions[3 * to] - positions[3 * from], positions[3 * to + 1] - positions[3 * from + 1],
         positions[3 * to + 2] - positions[3 * from + 2]);

    private static (double X, double Y, double Z) Cross((double X, double Y, double Z) p, (double X, double Y, double Z) q) =>
        (p.Y * q.Z - p.Z * q.Y, p.Z * q.X - p.X * q.Z, p.X * q.Y - p.Y * q.X);

    private static void Add(Span<double> forces, int site, (double X, double Y, double Z) g, double scale)
    {
        forces[3 * site] += scale * g.X;
        forces[3 * site + 1] += scale * g.Y;
        forces[3 * site + 2] += scale * g.Z;
    }
}
