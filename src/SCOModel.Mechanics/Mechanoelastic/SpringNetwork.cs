namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The elastic energy and forces of the springs (PHYSICS.md §4): E = ½ Σ_springs k δ², δ = |r_j − r_i| − (R_i + R_j)
/// (√2 (R_i + R_j) for a diagonal spring of stiffness k'), and the local pressure of a molecule p_i = Σ_j k_ij δ_ij
/// (stretched springs, p &gt; 0, favour HS). Lengths in Å, k in K/Å²: energies in K, forces and p in K/Å. Positions are
/// interleaved with the lattice's stride d (x, y in 2D; x, y, z in 3D); the overloads without a dimension are the 2D
/// ones.
/// </summary>
public static class SpringNetwork
{
    /// <summary>The vector of a spring of a 2D sample, r_second + shift − r_first.</summary>
    public static (double X, double Y) Vector(in Spring spring, ReadOnlySpan<double> positions) =>
        (positions[2 * spring.Second] + spring.ShiftXA - positions[2 * spring.First],
         positions[2 * spring.Second + 1] + spring.ShiftYA - positions[2 * spring.First + 1]);

    /// <summary>The vector of a spring, r_second + shift − r_first, for positions of stride d (Z = 0 in 2D).</summary>
    public static (double X, double Y, double Z) Vector(in Spring spring, ReadOnlySpan<double> positions, int dimension)
    {
        int i = dimension * spring.First, j = dimension * spring.Second;
        return (positions[j] + spring.ShiftXA - positions[i], positions[j + 1] + spring.ShiftYA - positions[i + 1],
            dimension == 3 ? positions[j + 2] + spring.ShiftZA - positions[i + 2] : 0);
    }

    /// <summary>The length of a spring, Å, for positions of stride d.</summary>
    public static double Length(in Spring spring, ReadOnlySpan<double> positions, int dimension)
    {
        var (dx, dy, dz) = Vector(spring, positions, dimension);
        return Math.Sqrt(dx * dx + dy * dy + dz * dz);
    }

    /// <summary>The elongation δ of a spring of a 2D sample (positive when stretched), Å.</summary>
    public static double Elongation(in Spring spring, ReadOnlySpan<double> positions, ReadOnlySpan<double> radii) =>
        Elongation(spring, positions, radii, 2);

    /// <summary>The elongation δ of a spring (positive when stretched), Å, for positions of stride d.</summary>
    public static double Elongation(in Spring spring, ReadOnlySpan<double> positions, ReadOnlySpan<double> radii, int dimension) =>
        Length(spring, positions, dimension) - spring.RestFactor * (radii[spring.First] + radii[spring.Second]);

    /// <summary>Writes the forces −∂E/∂r into <paramref name="forces"/> and returns the energy E, K.</summary>
    public static double Forces(MechanoelasticLattice lattice, ReadOnlySpan<double> positions,
        ReadOnlySpan<double> radii, Span<double> forces)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        forces.Clear();
        int d = lattice.Dimension;
        double energy = 0;
        foreach (ref readonly var s in lattice.Springs)
        {
            var (dx, dy, dz) = Vector(s, positions, d);
            double length = Math.Sqrt(dx * dx + dy * dy + dz * dz);
            double delta = length - s.RestFactor * (radii[s.First] + radii[s.Second]);
            energy += 0.5 * s.StiffnessKPerA2 * delta * delta;

            // A stretched spring pulls its ends together.
            double t = s.StiffnessKPerA2 * delta / length;
            int i = d * s.First, j = d * s.Second;
            forces[i] += t * dx;
            forces[i + 1] += t * dy;
            forces[j] -= t * dx;
            forces[j + 1] -= t * dy;
            if (d == 3)
            {
                forces[i + 2] += t * dz;
                forces[j + 2] -= t * dz;
            }
        }

        return energy;
    }

    /// <summary>The elastic energy E, K.</summary>
    public static double Energy(MechanoelasticLattice lattice, ReadOnlySpan<double> positions,
        ReadOnlySpan<double> radii)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        double energy = 0;
        foreach (ref readonly var s in lattice.Springs)
        {
            double delta = Elongation(s, positions, radii, lattice.Dimension);
            energy += 0.5 * s.StiffnessKPerA2 * delta * delta;
        }

        return energy;
    }

    /// <summary>The largest force on one molecule of a 2D sample, |F_i|, K/Å.</summary>
    public static double MaxForce(ReadOnlySpan<double> forces) => MaxForce(forces, 2);

    /// <summary>The largest force on one molecule, |F_i|, K/Å, for forces of stride d.</summary>
    public static double MaxForce(ReadOnlySpan<double> forces, int dimension)
    {
        double max = 0;
        for (int i = 0; i < forces.Length; i += dimension)
        {
            double square = forces[i] * forces[i] + forces[i + 1] * forces[i + 1];
            if (dimension == 3)
            {
                square += forces[i + 2] * forces[i + 2];
            }

            max = Math.Max(max, square);
        }

        return Math.Sqrt(max);
    }

    /// <summary>Writes every molecule's local pressure p_i = Σ_j k_ij δ_ij, K/Å.</summary>
    public static void LocalPressures(MechanoelasticLattice lattice, ReadOnlySpan<double> positions,
        ReadOnlySpan<double> radii, Span<double> pressures)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        pressures.Clear();
        foreach (ref readonly var s in lattice.Springs)
        {
            double p = s.StiffnessKPerA2 * Elongation(s, positions, radii, lattice.Dimension);
            pressures[s.First] += p;
            pressures[s.Second] += p;
        }
    }
}
