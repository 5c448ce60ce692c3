using SCOModel.Core.Lattices;

namespace SCOModel.Core.Tests.Lattices;

/// <summary>Small lattices of every kind and boundary, with their site and bond counts worked out by hand.</summary>
public static class LatticeCases
{
    private static readonly double Sqrt3 = Math.Sqrt(3);

    /// <summary>kind, size, boundary, sites, bonds, bulk coordination.</summary>
    public static TheoryData<LatticeKind, int[], Boundary, int, int, int> Counts => new()
    {
        { LatticeKind.Chain, [6], Boundary.Periodic, 6, 6, 2 },
        { LatticeKind.Chain, [7], Boundary.Periodic, 7, 7, 2 },
        { LatticeKind.Chain, [6], Boundary.Open, 6, 5, 2 },
        { LatticeKind.Square, [4, 5], Boundary.Periodic, 20, 40, 4 },
        { LatticeKind.Square, [4, 5], Boundary.Open, 20, (3 * 5) + (4 * 4), 4 },
        { LatticeKind.Triangular, [4, 5], Boundary.Periodic, 20, 60, 6 },
        { LatticeKind.Triangular, [4, 5], Boundary.Open, 20, (3 * 5) + (4 * 4) + (3 * 4), 6 },
        { LatticeKind.Honeycomb, [3, 4], Boundary.Periodic, 24, 36, 3 },
        { LatticeKind.Honeycomb, [3, 4], Boundary.Open, 24, 12 + (2 * 3) + (3 * 3), 3 },
        { LatticeKind.Cubic, [3, 4, 5], Boundary.Periodic, 60, 180, 6 },
        { LatticeKind.Cubic, [3, 4, 5], Boundary.Open, 60, (2 * 4 * 5) + (3 * 3 * 5) + (3 * 4 * 4), 6 },
    };

    /// <summary>Every regular kind with both boundaries (no all-to-all: it has no bonds).</summary>
    public static TheoryData<LatticeKind, int[], Boundary> Regular
    {
        get
        {
            var data = new TheoryData<LatticeKind, int[], Boundary>();
            foreach (var row in Counts)
            {
                data.Add((LatticeKind)row[0], (int[])row[1], (Boundary)row[2]);
            }

            return data;
        }
    }

    public static Lattice Build(LatticeKind kind, int[] size, Boundary boundary) =>
        LatticeBuilder.Build(new LatticeSpec(kind, size, boundary));

    /// <summary>The primitive cell vectors, in nearest-neighbour units, written out independently of the builder.</summary>
    public static SitePosition[] CellVectors(LatticeKind kind) => kind switch
    {
        LatticeKind.Chain => [new(1, 0, 0)],
        LatticeKind.Square => [new(1, 0, 0), new(0, 1, 0)],
        LatticeKind.Triangular => [new(1, 0, 0), new(-0.5, Sqrt3 / 2, 0)],
        LatticeKind.Honeycomb => [new(Sqrt3, 0, 0), new(Sqrt3 / 2, 1.5, 0)],
        LatticeKind.Cubic => [new(1, 0, 0), new(0, 1, 0), new(0, 0, 1)],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// The distance between two sites; with periodic boundaries the shortest over the images shifted by -1, 0, +1
    /// box vectors along each axis.
    /// </summary>
    public static double Distance(Lattice lattice, int i, int j)
    {
        var a = lattice.PositionOf(i);
        var b = lattice.PositionOf(j);
        double dx = b.X - a.X, dy = b.Y - a.Y, dz = b.Z - a.Z;
        if (lattice.Spec.Boundary == Boundary.Open)
        {
            return Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz));
        }

        var cell = CellVectors(lattice.Spec.Kind);
        var size = lattice.Spec.Size;
        double best = double.PositiveInfinity;
        int images = (int)Math.Pow(3, cell.Length);
        for (int code = 0; code < images; code++)
        {
            double x = dx, y = dy, z = dz;
            int rest = code;
            for (int axis = 0; axis < cell.Length; axis++)
            {
                int n = (rest % 3) - 1;
                rest /= 3;
                x += n * size[axis] * cell[axis].X;
                y += n * size[axis] * cell[axis].Y;
                z += n * size[axis] * cell[axis].Z;
            }

            best = Math.Min(best, Math.Sqrt((x * x) + (y * y) + (z * z)));
        }

        return best;
    }

    /// <summary>Every undirected bond (i &lt; j) of the lattice's neighbour lists.</summary>
    public static HashSet<(int, int)> Bonds(Lattice lattice)
    {
        var bonds = new HashSet<(int, int)>();
        for (int i = 0; i < lattice.SiteCount; i++)
        {
            foreach (int j in lattice.NeighboursOf(i))
            {
                bonds.Add((Math.Min(i, j), Math.Max(i, j)));
            }
        }

        return bonds;
    }
}
