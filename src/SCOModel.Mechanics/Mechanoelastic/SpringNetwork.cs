namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The elastic energy and forces of the springs (PHYSICS.md §4): E = ½ Σ_springs k δ², δ = |r_j − r_i| − (R_i + R_j)
/// (√2 (R_i + R_j) for a diagonal spring of stiffness k'), and the local pressure of a molecule p_i = Σ_j k_ij δ_ij
/// (stretched springs, p &gt; 0, favour HS). Lengths in Å, k in K/Å²: energies in K, forces and p in K/Å. Positions are
/// interleaved x, y.
/// </summary>
public static class SpringNetwork
{
    /// <summary>The vector of a spring, r_second + shift − r_first.</summary>
    public static (double X, double Y) Vector(in Spring spring, ReadOnlySpan<double> positions) =>
        (positions[2 * spring.Second] + spring.ShiftXA - positions[2 * spring.First],
         positions[2 * spring.Second + 1] + spring.ShiftYA - positions[2 * spring.First + 1]);

    /// <summary>The elongation δ of a spring (positive when stretched), Å.</summary>
    public static double Elongation(in Spring spring, ReadOnlySpan<double> positions, ReadOnlySpan<double> radii)
    {
        var (dx, dy) = Vector(spring, positions);
        return Math.Sqrt(dx * dx + dy * dy) - spring.RestFactor * (radii[spring.First] + radii[spring.Second]);
    }

    /// <summary>Writes the forces −∂E/∂r into <paramref name="forces"/> and returns the energy E, K.</summary>
    public static double Forces(MechanoelasticLattice lattice, ReadOnlySpan<double> positions,
        ReadOnlySpan<double> radii, Span<double> forces)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        forces.Clear();
        double energy = 0;
        foreach (ref readonly var s in lattice.Springs)
        {
            var (dx, dy) = Vector(s, positions);
            double length = Math.Sqrt(dx * dx + dy * dy);
            double delta = length - s.RestFactor * (radii[s.First] + radii[s.Second]);
            energy += 0.5 * s.StiffnessKPerA2 * delta * delta;

            // A stretched spring pulls its ends together.
            double t = s.StiffnessKPerA2 * delta / length;
            forces[2 * s.First] += t * dx;
            forces[2 * s.First + 1] += t * dy;
            forces[2 * s.Second] -= t * dx;
            forces[2 * s.Second + 1] -= t * dy;
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
            double delta = Elongation(s, positions, radii);
            energy += 0.5 * s.StiffnessKPerA2 * delta * delta;
        }

        return energy;
    }

    /// <summary>The largest force on one molecule, |F_i|, K/Å.</summary>
    public static double MaxForce(ReadOnlySpan<double> forces)
    {
        double max = 0;
        for (int i = 0; i < forces.Length; i += 2)
        {
            max = Math.Max(max, forces[i] * forces[i] + forces[i + 1] * forces[i + 1]);
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
            double p = s.StiffnessKPerA2 * Elongation(s, positions, radii);
            pressures[s.First] += p;
            pressures[s.Second] += p;
        }
    }
}
