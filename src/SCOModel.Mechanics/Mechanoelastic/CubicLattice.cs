using SCOModel.Core.Configuration;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The simple cubic lattice of the 3D mechanoelastic model (issue #8; PHYSICS.md §4), the square lattice's 3D
/// counterpart: nearest-neighbour springs k along the axes at rest length R_i + R_j (bond directions 0, 1, 2 along x,
/// y, z) and face-diagonal springs k' at √2 (R_i + R_j) (directions 3 to 8), without which the cubic lattice has no
/// shear rigidity. Cut to an open cube or sphere, or wrapped in a periodic box. An open cut keeps only molecules with
/// at least three springs spanning space, removing the others until none is left; it is tiled by the tetrahedra of the
/// Freudenthal triangulation (six per cube, split along its main diagonal, matching across neighbouring cubes) whose
/// four corners it holds, and a molecule in none of them is removed as well. A sphere of radius 1 a has no such
/// tetrahedron and is refused.
/// </summary>
public static class CubicLattice
{
    private static readonly (int X, int Y, int Z)[] Offsets =
    [
        (1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0), (-1, 1, 0), (1, 0, 1), (-1, 0, 1), (0, 1, 1), (0, -1, 1),
    ];

    /// <summary>The six orders in which a Freudenthal tetrahedron walks from a cube's corner to the opposite one.</summary>
    private static readonly int[][] Orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];

    /// <summary>
    /// Builds the sample of a lattice spec with nearest-neighbour spacing a (the box's, when periodic), springs k and
    /// face diagonals k' (K/Å²). Size: a cube's edge in cells (L + 1 molecules along it), a sphere's radius in a, a
    /// box's cells along x, y, z.
    /// </summary>
    public static MechanoelasticLattice Build(MechanoelasticLatticeSpec spec, double spacingA, double springConstant,
        double diagonalSpringConstant)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(spacingA);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(diagonalSpringConstant);
        if (spec.Kind != MechanoelasticLatticeKind.Cubic)
        {
            throw new ArgumentException($"not a cubic lattice: {spec.Kind}", nameof(spec));
        }

        var bonds = Offsets.Select((o, direction) => new SpatialLatticeBuilder.Bond(o.X, o.Y, o.Z, direction, direction >= 3,
            direction >= 3 ? diagonalSpringConstant : springConstant)).ToArray();
        var size = spec.Size;
        const string Name = "simple cubic lattice with face diagonals";
        return spec.Shape switch
        {
            MechanoelasticShape.Cube => SpatialLatticeBuilder.Open(Cube(size[0]), bonds, spacingA, Tetrahedra,
                $"{Name}, open cube {size[0]} x {size[0]} x {size[0]} cells", null),
            MechanoelasticShape.Sphere => SpatialLatticeBuilder.Open(Sphere(size[0]), bonds, spacingA, Tetrahedra,
                $"{Name}, open sphere, radius {size[0]} a", null),
            MechanoelasticShape.Periodic => SpatialLatticeBuilder.Periodic((size[0], size[1], size[2]), (_, _, _) => true, bonds,
                spacingA, $"{Name}, periodic box {size[0]} x {size[1]} x {size[2]}", null),
            _ => throw new ArgumentException($"a cubic lattice has no {spec.Shape} shape", nameof(spec)),
        };
    }

    private static IEnumerable<(int X, int Y, int Z)> Cube(int cells) =>
        from z in Enumerable.Range(0, cells + 1)
        from y in Enumerable.Range(0, cells + 1)
        from x in Enumerable.Range(0, cells + 1)
        select (x, y, z);

    private static IEnumerable<(int X, int Y, int Z)> Sphere(int radius) =>
        from z in Enumerable.Range(-radius, 2 * radius + 1)
        from y in Enumerable.Range(-radius, 2 * radius + 1)
        from x in Enumerable.Range(-radius, 2 * radius + 1)
        where x * x + y * y + z * z <= radius * radius
        select (x, y, z);

    /// <summary>
    /// The tetrahedra of the lattice's one Freudenthal (Kuhn) triangulation whose four corners the cut holds: in every
    /// unit cube the six paths from its lowest corner to the opposite one, one axis step at a time. They come from a
    /// triangulation of all space, so they never overlap, and taking them in cubes the cut holds only in part too (not
    /// only whole cubes) puts the surface molecules of a sphere (its poles) in tetrahedra that a whole cube lacks.
    /// </summary>
    private static IEnumerable<((int, int, int), (int, int, int), (int, int, int), (int, int, int))> Tetrahedra(
        HashSet<(int X, int Y, int Z)> present)
    {
        // Every cube with a corner at a molecule: its lowest corner is that molecule minus 0 or 1 along each axis.
        var cubes = new HashSet<(int X, int Y, int Z)>();
        foreach (var (x, y, z) in present)
        {
            for (int c = 0; c < 8; c++)
            {
                cubes.Add((x - (c & 1), y - ((c >> 1) & 1), z - ((c >> 2) & 1)));
            }
        }

        foreach (var (x, y, z) in cubes.OrderBy(k => k.Z).ThenBy(k => k.Y).ThenBy(k => k.X))
        {
            foreach (var order in Orders)
            {
                var path = new (int, int, int)[4];
                path[0] = (x, y, z);
                int[] walk = [x, y, z];
                for (int k = 0; k < 3; k++)
                {
                    walk[order[k]]++;
                    path[k + 1] = (walk[0], walk[1], walk[2]);
                }

                if (path.All(present.Contains))
                {
                    yield return (path[0], path[1], path[2], path[3]);
                }
            }
        }
    }
}
