using System.Globalization;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// What the two 3D lattices share (<see cref="CubicLattice"/>, <see cref="FccLattice"/>): molecules on the points of an
/// integer grid (x, y, z) scaled by a grid step, springs along a set of grid offsets, an open cut pruned of the
/// molecules the springs do not hold and tiled by tetrahedra, or a periodic box. The molecules are numbered layer by
/// layer (z, then y, then x), which keeps the stiffness banded as the 2D builders' row order does.
/// </summary>
internal static class SpatialLatticeBuilder
{
    /// <summary>A spring family: its grid offset (each bond once, from the lower end), number, kind and stiffness.</summary>
    public readonly record struct Bond(int X, int Y, int Z, int Direction, bool Diagonal, double Stiffness);

    /// <summary>
    /// An open sample from the candidate grid points: molecules with fewer than three springs, or whose springs all lie
    /// in one plane (free to move out of it), are removed until none is left (PHYSICS.md §4: a floppy molecule has no
    /// mechanical equilibrium). The tetrahedra come from <paramref name="tetrahedra"/>, given the points kept; a molecule
    /// in none of them is removed too (it would add nothing to the volume and feel no pressure), and the pruning starts
    /// over until every molecule is held and in a tetrahedron.
    /// </summary>
    /// <exception cref="ArgumentException">The cut leaves fewer than 4 such molecules: it has no volume.</exception>
    public static MechanoelasticLattice Open(IEnumerable<(int X, int Y, int Z)> candidates, IReadOnlyList<Bond> bonds, double step,
        Func<HashSet<(int X, int Y, int Z)>, IEnumerable<((int, int, int) A, (int, int, int) B, (int, int, int) C, (int, int, int) D)>> tetrahedra,
        string description, IReadOnlyList<(int Direction, double Weight)[]>? cellVectors)
    {
        var present = new HashSet<(int X, int Y, int Z)>(candidates);
        var offsets = bonds.Select(b => (b.X, b.Y, b.Z)).Concat(bonds.Select(b => (-b.X, -b.Y, -b.Z))).ToArray();
        ((int, int, int) A, (int, int, int) B, (int, int, int) C, (int, int, int) D)[] pieces;
        while (true)
        {
            bool removed = true;
            while (removed)
            {
                removed = false;
                foreach (var key in Ordered(present).ToArray())
                {
                    var held = offsets.Where(o => present.Contains((key.X + o.Item1, key.Y + o.Item2, key.Z + o.Item3))).ToArray();
                    if (held.Length < 3 || !Spans(held))
                    {
                        present.Remove(key);
                        removed = true;
                    }
                }
            }

            pieces = [.. tetrahedra(present)];
            var covered = pieces.SelectMany(t => new[] { t.A, t.B, t.C, t.D }).ToHashSet();
            if (present.RemoveWhere(key => !covered.Contains(key)) == 0)
            {
                break;
            }
        }

        if (present.Count < 4)
        {
            throw new ArgumentException("the cut leaves fewer than 4 rigidly held molecules in tetrahedra: it is too small to have a volume");
        }

        var keys = Ordered(present).ToArray();
        var index = new Dictionary<(int, int, int), int>(keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            index[keys[i]] = i;
        }

        var positions = new double[3 * keys.Length];
        var springs = new List<Spring>();
        for (int i = 0; i < keys.Length; i++)
        {
            var (x, y, z) = keys[i];
            (positions[3 * i], positions[3 * i + 1], positions[3 * i + 2]) = (x * step, y * step, z * step);
            foreach (var b in bonds)
            {
                if (index.TryGetValue((x + b.X, y + b.Y, z + b.Z), out int j))
                {
                    springs.Add(new Spring(i, j, b.Stiffness, b.Diagonal, Direction: b.Direction));
                }
            }
        }

        var cells = new List<(int, int, int, int)>();
        foreach (var (ka, kb, kc, kd) in pieces)
        {
            int a = index[ka], b = index[kb], c = index[kc], d = index[kd];

            // Positive orientation as built, so that the summed signed volumes are the sample's.
            cells.Add(BoundaryPressure.SignedVolume(positions, a, b, c, d) > 0 ? (a, b, c, d) : (a, c, b, d));
        }

        return MechanoelasticLattice.Spatial(positions, springs, cells, null, $"{description}, {keys.Length} molecules", cellVectors);
    }

    /// <summary>
    /// A periodic box of the grid points in [0, periods) along each axis that <paramref name="isSite"/> accepts, the
    /// springs wrapping across the box with its lengths as shifts.
    /// </summary>
    public static MechanoelasticLattice Periodic((int X, int Y, int Z) periods, Func<int, int, int, bool> isSite,
        IReadOnlyList<Bond> bonds, double step, string description, IReadOnlyList<(int Direction, double Weight)[]>? cellVectors)
    {
        var keys = new List<(int X, int Y, int Z)>();
        for (int z = 0; z < periods.Z; z++)
        {
            for (int y = 0; y < periods.Y; y++)
            {
                for (int x = 0; x < periods.X; x++)
                {
                    if (isSite(x, y, z))
                    {
                        keys.Add((x, y, z));
                    }
                }
            }
        }

        var index = new Dictionary<(int, int, int), int>(keys.Count);
        for (int i = 0; i < keys.Count; i++)
        {
            index[keys[i]] = i;
        }

        (double X, double Y, double Z) box = (periods.X * step, periods.Y * step, periods.Z * step);
        var positions = new double[3 * keys.Count];
        var springs = new List<Spring>();
        for (int i = 0; i < keys.Count; i++)
        {
            var (x, y, z) = keys[i];
            (positions[3 * i], positions[3 * i + 1], positions[3 * i + 2]) = (x * step, y * step, z * step);
            foreach (var b in bonds)
            {
                int wx = Wraps(x + b.X, periods.X), wy = Wraps(y + b.Y, periods.Y), wz = Wraps(z + b.Z, periods.Z);
                int j = index[(x + b.X - wx * periods.X, y + b.Y - wy * periods.Y, z + b.Z - wz * periods.Z)];
                springs.Add(new Spring(i, j, b.Stiffness, b.Diagonal, wx * box.X, wy * box.Y, b.Direction, wz * box.Z));
            }
        }

        return MechanoelasticLattice.Spatial(positions, springs, [], box, string.Create(CultureInfo.InvariantCulture,
            $"{description}, {keys.Count} molecules, box {box.X:0.####} x {box.Y:0.####} x {box.Z:0.####} Å"), cellVectors);
    }

    /// <summary>The grid points in layer order: z, then y, then x.</summary>
    private static IEnumerable<(int X, int Y, int Z)> Ordered(IEnumerable<(int X, int Y, int Z)> keys) =>
        keys.OrderBy(k => k.Z).ThenBy(k => k.Y).ThenBy(k => k.X);

    private static int Wraps(int coordinate, int period) => (int)Math.Floor(coordinate / (double)period);

    /// <summary>Whether the spring directions span space (Σ n nᵀ is not singular): the molecule cannot slide off a plane.</summary>
    private static bool Spans(IEnumerable<(int X, int Y, int Z)> directions)
    {
        double xx = 0, xy = 0, xz = 0, yy = 0, yz = 0, zz = 0;
        foreach (var (x, y, z) in directions)
        {
            double n2 = x * x + y * y + z * z;
            xx += x * x / n2;
            xy += x * y / n2;
            xz += x * z / n2;
            yy += y * y / n2;
            yz += y * z / n2;
            zz += z * z / n2;
        }

        double det = xx * (yy * zz - yz * yz) - xy * (xy * zz - yz * xz) + xz * (xy * yz - yy * xz);
        return det > 1e-9;
    }
}
