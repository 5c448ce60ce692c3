using System.Globalization;
using SCOModel.Core.Configuration;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The triangular (hexagonal close-packed) lattice of the mechanoelastic model (PHYSICS.md §4; Enachescu et al.,
/// Phys. Rev. B 82, 104114 (2010)), cut to an open hexagon, disc or rectangle, or wrapped in a periodic rectangular box.
/// Sites sit on rows y = j √3/2 a at x = (i + (j mod 2)/2) a; neighbours are the six sites at distance a. An open cut
/// keeps only molecules held rigidly: those with fewer than two springs, or exactly two whose ends are not joined (a
/// floppy hinge), are removed until none is left.
/// </summary>
public static class TriangularLattice
{
    private static readonly double RowHeight = Math.Sqrt(3) / 2;

    /// <summary>Neighbour offsets in (2x, row) keys: each bond once, from the lower key.</summary>
    private static readonly (int TwiceX, int Row)[] ForwardOffsets = [(2, 0), (1, 1), (-1, 1)];

    private static readonly (int TwiceX, int Row)[] AllOffsets = [(2, 0), (1, 1), (-1, 1), (-2, 0), (-1, -1), (1, -1)];

    /// <summary>
    /// Builds the sample of a lattice spec with nearest-neighbour spacing a (the box's, when periodic) and springs of
    /// stiffness k (K/Å²).
    /// </summary>
    public static MechanoelasticLattice Build(MechanoelasticLatticeSpec spec, double spacingA, double springConstant)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(spacingA);
        if (spec.Kind != MechanoelasticLatticeKind.Triangular)
        {
            throw new ArgumentException($"not a triangular lattice: {spec.Kind}", nameof(spec));
        }

        var size = spec.Size;
        return spec.Shape switch
        {
            MechanoelasticShape.Hexagon => Open(HexagonKeys(size[0]), spacingA, springConstant, $"open hexagon, side {size[0]}"),
            MechanoelasticShape.Disc => Open(DiscKeys(size[0]), spacingA, springConstant, $"open disc, radius {size[0]} a"),
            MechanoelasticShape.Rectangle => Open(RectangleKeys(size[0], size[1]), spacingA, springConstant, $"open rectangle {size[0]} x {size[1]}"),
            MechanoelasticShape.Periodic => Periodic(size[0], size[1], spacingA, springConstant),
            _ => throw new ArgumentOutOfRangeException(nameof(spec)),
        };
    }

    private static IEnumerable<(int TwiceX, int Row)> HexagonKeys(int side)
    {
        int n = side - 1;
        for (int r = -n; r <= n; r++)
        {
            for (int q = -n; q <= n; q++)
            {
                if (Math.Abs(q + r) <= n)
                {
                    yield return (2 * q + r, r);
                }
            }
        }
    }

    private static IEnumerable<(int TwiceX, int Row)> DiscKeys(int radius)
    {
        for (int row = -radius - 1; row <= radius + 1; row++)
        {
            for (int twiceX = -2 * radius - 2; twiceX <= 2 * radius + 2; twiceX++)
            {
                double x = twiceX / 2.0, y = row * RowHeight;
                if (((twiceX - row) & 1) == 0 && x * x + y * y <= radius * radius + 1e-9)
                {
                    yield return (twiceX, row);
                }
            }
        }
    }

    private static IEnumerable<(int TwiceX, int Row)> RectangleKeys(int perRow, int rows)
    {
        for (int row = 0; row < rows; row++)
        {
            for (int i = 0; i < perRow; i++)
            {
                yield return (2 * i + (row & 1), row);
            }
        }
    }

    private static MechanoelasticLattice Open(IEnumerable<(int TwiceX, int Row)> candidates, double spacingA, double springConstant,
        string description)
    {
        var present = new HashSet<(int, int)>(candidates);
        PruneFloppy(present);
        var (keys, index) = RowOrderedSites.Of(present);

        var positions = new double[2 * keys.Length];
        var springs = new List<Spring>();
        var triangles = new List<(int, int, int)>();
        for (int i = 0; i < keys.Length; i++)
        {
            var (tx, row) = keys[i];
            positions[2 * i] = tx / 2.0 * spacingA;
            positions[2 * i + 1] = row * RowHeight * spacingA;
            for (int direction = 0; direction < ForwardOffsets.Length; direction++)
            {
                var (dx, dr) = ForwardOffsets[direction];
                if (index.TryGetValue((tx + dx, row + dr), out int j))
                {
                    springs.Add(new Spring(i, j, springConstant, Direction: direction));
                }
            }

            // The up- and down-pointing triangles with this site at their left corner.
            if (index.TryGetValue((tx + 2, row), out int right))
            {
                if (index.TryGetValue((tx + 1, row + 1), out int up))
                {
                    triangles.Add((i, right, up));
                }

                if (index.TryGetValue((tx + 1, row - 1), out int down))
                {
                    triangles.Add((i, down, right));
                }
            }
        }

        return new MechanoelasticLattice(positions, springs, triangles, null,
            $"triangular lattice, {description}, {keys.Length} molecules");
    }

    /// <summary>Removes molecules that the springs do not hold rigidly, until none is left.</summary>
    private static void PruneFloppy(HashSet<(int TwiceX, int Row)> present)
    {
        bool removed = true;
        while (removed)
        {
            removed = false;
            foreach (var key in present.OrderBy(k => k.Row).ThenBy(k => k.TwiceX).ToArray())
            {
                var neighbours = AllOffsets.Select(o => (key.TwiceX + o.TwiceX, key.Row + o.Row)).Where(present.Contains).ToArray();
                bool hinge = neighbours.Length == 2 && !AllOffsets.Any(o =>
                    neighbours[0].Item1 + o.TwiceX == neighbours[1].Item1 && neighbours[0].Item2 + o.Row == neighbours[1].Item2);
                if (neighbours.Length < 2 || hinge)
                {
                    present.Remove(key);
                    removed = true;
                }
            }
        }

        if (present.Count < 3)
        {
            throw new ArgumentException("the cut leaves fewer than 3 rigidly held molecules");
        }
    }

    private static MechanoelasticLattice Periodic(int perRow, int rows, double spacingA, double springConstant)
    {
        int n = perRow * rows;
        double width = perRow * spacingA, height = rows * RowHeight * spacingA;
        var positions = new double[2 * n];
        var springs = new List<Spring>();
        for (int row = 0; row < rows; row++)
        {
            for (int i = 0; i < perRow; i++)
            {
                int site = row * perRow + i;
                int tx = 2 * i + (row & 1);
                positions[2 * site] = tx / 2.0 * spacingA;
                positions[2 * site + 1] = row * RowHeight * spacingA;
                for (int direction = 0; direction < ForwardOffsets.Length; direction++)
                {
                    var (dx, dr) = ForwardOffsets[direction];
                    int tx2 = tx + dx, row2 = row + dr;
                    int wrapsX = (int)Math.Floor(tx2 / (2.0 * perRow));
                    int wrapsY = (int)Math.Floor(row2 / (double)rows);
                    tx2 -= 2 * perRow * wrapsX;
                    row2 -= rows * wrapsY;
                    int other = row2 * perRow + (tx2 - (row2 & 1)) / 2;
                    springs.Add(new Spring(site, other, springConstant, ShiftXA: wrapsX * width, ShiftYA: wrapsY * height, Direction: direction));
                }
            }
        }

        return new MechanoelasticLattice(positions, springs, [], (width, height), string.Create(CultureInfo.InvariantCulture,
            $"triangular lattice, periodic box {perRow} x {rows}, {n} molecules, a_box = {spacingA:0.####} Å"));
    }
}
