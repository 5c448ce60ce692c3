using SCOModel.Core.Configuration;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The face-centred cubic (cubic close-packed) lattice of the 3D mechanoelastic model (issue #8; PHYSICS.md §4), the
/// triangular lattice's 3D counterpart: each molecule has twelve nearest neighbours at distance a, joined by springs k
/// at rest length R_i + R_j, and the lattice is rigid without further springs. The molecules sit on the grid points
/// (x, y, z) with x + y + z even, in steps of a/√2 (half the cubic cell's edge a_c = √2 a); the six bond directions are
/// the ⟨110⟩ ones, 0 (1, 1, 0), 1 (−1, 1, 0), 2 (1, 0, 1), 3 (−1, 0, 1), 4 (0, 1, 1), 5 (0, −1, 1), whose mean vectors
/// sum into the cubic cell's edges a = m0 − m1, b = m0 + m1, c = m2 + m3 (so a = b = c = a_c and the angles are 90° in
/// an undistorted lattice; the volume per molecule is a_c³/4). Cut to an open cube or sphere, or wrapped in a periodic
/// box; an open cut keeps only molecules with at least three springs spanning space and is tiled by the lattice's
/// tetrahedra (one in every small cube of edge a_c/2) and its octahedra (around the grid points with x + y + z odd),
/// each split into four tetrahedra along its x axis (and the half and quarter octahedra on the faces and edges of the
/// cut, so that an open cube's volume is exactly (L a_c)³): six tetrahedra of volume a_c³/24 per molecule in the bulk.
/// </summary>
public static class FccLattice
{
    private static readonly (int X, int Y, int Z)[] Offsets = [(1, 1, 0), (-1, 1, 0), (1, 0, 1), (-1, 0, 1), (0, 1, 1), (0, -1, 1)];

    /// <summary>The cubic cell's edges as sums of the families' mean bond vectors.</summary>
    private static readonly (int Direction, double Weight)[][] Cell = [[(0, 1), (1, -1)], [(0, 1), (1, 1)], [(2, 1), (3, 1)]];

    /// <summary>
    /// Builds the sample of a lattice spec with nearest-neighbour spacing a (the box's, when periodic) and springs of
    /// stiffness k (K/Å²). Size: a cube's edge in cubic cells, a sphere's radius in a, a box's cubic cells along x, y, z
    /// (four molecules each).
    /// </summary>
    public static MechanoelasticLattice Build(MechanoelasticLatticeSpec spec, double spacingA, double springConstant)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(spacingA);
        if (spec.Kind != MechanoelasticLatticeKind.Fcc)
        {
            throw new ArgumentException($"not an fcc lattice: {spec.Kind}", nameof(spec));
        }

        var bonds = Offsets.Select((o, direction) => new SpatialLatticeBuilder.Bond(o.X, o.Y, o.Z, direction, false, springConstant)).ToArray();
        double step = spacingA / Math.Sqrt(2);
        var size = spec.Size;
        return spec.Shape switch
        {
            MechanoelasticShape.Cube => SpatialLatticeBuilder.Open(Cube(size[0]), bonds, step, Tetrahedra,
                $"fcc lattice, open cube {size[0]} x {size[0]} x {size[0]} cubic cells", Cell),
            MechanoelasticShape.Sphere => SpatialLatticeBuilder.Open(Sphere(size[0]), bonds, step, Tetrahedra,
                $"fcc lattice, open sphere, radius {size[0]} a", Cell),
            MechanoelasticShape.Periodic => SpatialLatticeBuilder.Periodic((2 * size[0], 2 * size[1], 2 * size[2]),
                (x, y, z) => IsSite(x, y, z), bonds, step, $"fcc lattice, periodic box {size[0]} x {size[1]} x {size[2]} cubic cells", Cell),
            _ => throw new ArgumentException($"an fcc lattice has no {spec.Shape} shape", nameof(spec)),
        };
    }

    private static bool IsSite(int x, int y, int z) => ((x + y + z) & 1) == 0;

    private static IEnumerable<(int X, int Y, int Z)> Cube(int cells) =>
        from z in Enumerable.Range(0, 2 * cells + 1)
        from y in Enumerable.Range(0, 2 * cells + 1)
        from x in Enumerable.Range(0, 2 * cells + 1)
        where IsSite(x, y, z)
        select (x, y, z);

    /// <summary>The sites within radius r a of the origin: |key|² (a/√2)² ≤ r² a².</summary>
    private static IEnumerable<(int X, int Y, int Z)> Sphere(int radius)
    {
        int reach = (int)Math.Ceiling(radius * Math.Sqrt(2));
        return from z in Enumerable.Range(-reach, 2 * reach + 1)
               from y in Enumerable.Range(-reach, 2 * reach + 1)
               from x in Enumerable.Range(-reach, 2 * reach + 1)
               where IsSite(x, y, z) && x * x + y * y + z * z <= 2 * radius * radius
               select (x, y, z);
    }

    /// <summary>The whole tetrahedra and octahedra (four tetrahedra each) of the cut.</summary>
    private static IEnumerable<((int, int, int), (int, int, int), (int, int, int), (int, int, int))> Tetrahedra(
        HashSet<(int X, int Y, int Z)> present)
    {
        // A small cube of edge a_c/2 with corner (x, y, z) holds the tetrahedron of its four even corners; every such
        // cube touches a site, so the cubes with a corner at a site minus (0 or 1) along each axis cover them all.
        var cubes = new HashSet<(int, int, int)>();
        var holes = new HashSet<(int, int, int)>();
        foreach (var (x, y, z) in present)
        {
            for (int d = 0; d < 8; d++)
            {
                cubes.Add((x - (d & 1), y - ((d >> 1) & 1), z - ((d >> 2) & 1)));
            }

            holes.UnionWith([(x + 1, y, z), (x - 1, y, z), (x, y + 1, z), (x, y - 1, z), (x, y, z + 1), (x, y, z - 1)]);
        }

        foreach (var (x, y, z) in cubes)
        {
            var corners = Enumerable.Range(0, 8).Select(c => (x + (c & 1), y + ((c >> 1) & 1), z + ((c >> 2) & 1)))
                .Where(k => IsSite(k.Item1, k.Item2, k.Item3)).ToArray();
            if (corners.All(present.Contains))
            {
                yield return (corners[0], corners[1], corners[2], corners[3]);
            }
        }

        foreach (var (x, y, z) in holes)
        {
            // The octahedron's vertices in opposite pairs along x, y, z.
            (int, int, int)[] vertices = [(x - 1, y, z), (x + 1, y, z), (x, y - 1, z), (x, y + 1, z), (x, y, z - 1), (x, y, z + 1)];
            var missing = Enumerable.Range(0, 6).Where(v => !present.Contains(vertices[v])).ToArray();
            foreach (var piece in OctahedronPieces(vertices, missing))
            {
                yield return piece;
            }
        }
    }

    /// <summary>
    /// The part of an octahedron the cut holds, as tetrahedra: a whole one as four around its x axis; with one vertex
    /// missing (a hole on a face of the cut) the square pyramid on the opposite one, as two; with two neighbouring
    /// vertices missing (a hole on an edge) the quarter between the other four, as one; else nothing. Each piece lies
    /// inside its octahedron and its cut faces on the surface, so the pieces still tile the sample without overlap.
    /// </summary>
    private static IEnumerable<((int, int, int), (int, int, int), (int, int, int), (int, int, int))> OctahedronPieces(
        (int, int, int)[] vertices, int[] missing)
    {
        switch (missing.Length)
        {
            case 0:
                (int, int, int)[] ring = [vertices[3], vertices[5], vertices[2], vertices[4]];
                for (int k = 0; k < 4; k++)
                {
                    yield return (vertices[0], vertices[1], ring[k], ring[(k + 1) % 4]);
                }

                break;
            case 1:
                int axis = missing[0] / 2;
                var apex = vertices[missing[0] ^ 1];
                var (p, q) = ((axis + 1) % 3, (axis + 2) % 3);
                (int, int, int)[] baseRing = [vertices[2 * p], vertices[2 * q], vertices[2 * p + 1], vertices[2 * q + 1]];
                yield return (apex, baseRing[0], baseRing[1], baseRing[2]);
                yield return (apex, baseRing[0], baseRing[2], baseRing[3]);
                break;
            case 2 when missing[0] / 2 != missing[1] / 2:
                var left = Enumerable.Range(0, 6).Except(missing).Select(v => vertices[v]).ToArray();
                yield return (left[0], left[1], left[2], left[3]);
                break;
        }
    }
}
