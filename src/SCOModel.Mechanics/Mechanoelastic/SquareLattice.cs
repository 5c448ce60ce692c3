using System.Globalization;
using SCOModel.Core.Configuration;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The square lattice of the elastic models (PHYSICS.md §4; Nishino, Miyashita, Boukheddaden): nearest-neighbour
/// springs k along the axes at rest length R_i + R_j, and diagonal springs k' at √2 (R_i + R_j), without which the
/// square lattice has no shear rigidity (bond directions 0 along x, 1 along y, 2 and 3 the diagonals). Cut to an open rectangle or disc, or wrapped in a periodic box of fixed size.
/// An open cut keeps only molecules with at least three springs (two of them, at least, not collinear), removing the
/// others until none is left.
/// </summary>
public static class SquareLattice
{
    private static readonly (int X, int Y)[] Axes = [(1, 0), (0, 1)];
    private static readonly (int X, int Y)[] Diagonals = [(1, 1), (-1, 1)];
    private static readonly (int X, int Y)[] AllOffsets = [(1, 0), (0, 1), (-1, 0), (0, -1), (1, 1), (-1, 1), (-1, -1), (1, -1)];

    /// <summary>
    /// Builds the sample of a lattice spec with nearest-neighbour spacing a (the box's, when periodic), springs k and
    /// diagonals k' (K/Å²).
    /// </summary>
    public static MechanoelasticLattice Build(MechanoelasticLatticeSpec spec, double spacingA, double springConstant,
        double diagonalSpringConstant)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(spacingA);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(diagonalSpringConstant);
        if (spec.Kind != MechanoelasticLatticeKind.Square)
        {
            throw new ArgumentException($"not a square lattice: {spec.Kind}", nameof(spec));
        }

        var size = spec.Size;
        return spec.Shape switch
        {
            MechanoelasticShape.Rectangle => Open(Rectangle(size[0], size[1]), spacingA, springConstant, diagonalSpringConstant,
                $"open rectangle {size[0]} x {size[1]}"),
            MechanoelasticShape.Disc => Open(Disc(size[0]), spacingA, springConstant, diagonalSpringConstant,
                $"open disc, radius {size[0]} a"),
            MechanoelasticShape.Periodic => Periodic(size[0], size[1], spacingA, springConstant, diagonalSpringConstant),
            _ => throw new ArgumentException($"a square lattice has no {spec.Shape} shape", nameof(spec)),
        };
    }

    private static IEnumerable<(int X, int Y)> Rectangle(int width, int height) =>
        Enumerable.Range(0, height).SelectMany(y => Enumerable.Range(0, width).Select(x => (x, y)));

    private static IEnumerable<(int X, int Y)> Disc(int radius) =>
        Enumerable.Range(-radius, 2 * radius + 1)
            .SelectMany(y => Enumerable.Range(-radius, 2 * radius + 1).Select(x => (x, y)))
            .Where(k => k.x * k.x + k.y * k.y <= radius * radius);

    private static MechanoelasticLattice Open(IEnumerable<(int X, int Y)> candidates, double spacingA, double k, double diagonalK,
        string description)
    {
        var present = new HashSet<(int X, int Y)>(candidates);
        bool removed = true;
        while (removed)
        {
            removed = false;
            foreach (var key in present.OrderBy(p => p.Y).ThenBy(p => p.X).ToArray())
            {
                if (AllOffsets.Count(o => present.Contains((key.X + o.X, key.Y + o.Y))) < 3)
                {
                    present.Remove(key);
                    removed = true;
                }
            }
        }

        if (present.Count < 4)
        {
            throw new ArgumentException("the cut leaves fewer than 4 rigidly held molecules");
        }

        var (keys, index) = RowOrderedSites.Of(present);

        var positions = new double[2 * keys.Length];
        var springs = new List<Spring>();
        var triangles = new List<(int, int, int)>();
        for (int i = 0; i < keys.Length; i++)
        {
            var (x, y) = keys[i];
            positions[2 * i] = x * spacingA;
            positions[2 * i + 1] = y * spacingA;
            for (int direction = 0; direction < 4; direction++)
            {
                var (dx, dy) = direction < 2 ? Axes[direction] : Diagonals[direction - 2];
                if (index.TryGetValue((x + dx, y + dy), out int j))
                {
                    springs.Add(new Spring(i, j, direction < 2 ? k : diagonalK, Diagonal: direction >= 2, Direction: direction));
                }
            }

            // A whole cell to the upper right: its two triangles (area a² per molecule in a uniform lattice).
            if (index.TryGetValue((x + 1, y), out int right) && index.TryGetValue((x, y + 1), out int up) &&
                index.TryGetValue((x + 1, y + 1), out int corner))
            {
                triangles.Add((i, right, corner));
                triangles.Add((i, corner, up));
            }
        }

        return new MechanoelasticLattice(positions, springs, triangles, null,
            $"square lattice with diagonals, {description}, {keys.Length} molecules");
    }

    private static MechanoelasticLattice Periodic(int width, int height, double spacingA, double k, double diagonalK)
    {
        int n = width * height;
        double boxX = width * spacingA, boxY = height * spacingA;
        var positions = new double[2 * n];
        var springs = new List<Spring>();
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int site = y * width + x;
                positions[2 * site] = x * spacingA;
                positions[2 * site + 1] = y * spacingA;
                for (int direction = 0; direction < 4; direction++)
                {
                    var (dx, dy) = direction < 2 ? Axes[direction] : Diagonals[direction - 2];
                    bool diagonal = direction >= 2;
                    int x2 = x + dx, y2 = y + dy;
                    int wrapsX = (int)Math.Floor(x2 / (double)width), wrapsY = (int)Math.Floor(y2 / (double)height);
                    int other = (y2 - wrapsY * height) * width + (x2 - wrapsX * width);
                    springs.Add(new Spring(site, other, diagonal ? diagonalK : k, diagonal, wrapsX * boxX, wrapsY * boxY, direction));
                }
            }
        }

        return new MechanoelasticLattice(positions, springs, [], (boxX, boxY), string.Create(CultureInfo.InvariantCulture,
            $"square lattice with diagonals, periodic box {width} x {height}, {n} molecules, a_box = {spacingA:0.####} Å"));
    }
}
