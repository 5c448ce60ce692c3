using SCOModel.Core.Lattices;

namespace SCOModel.Validation.Tests.References;

/// <summary>
/// Bond lists of small periodic lattices, written out by hand (textbook geometry), so that the exact references do
/// not depend on the engine's <see cref="LatticeBuilder"/>; <see cref="Of"/> reads a built lattice's bonds so a test
/// can check that the two agree.
/// </summary>
internal static class PeriodicBonds
{
    /// <summary>A periodic ring of n sites: bonds (i, i + 1 mod n).</summary>
    public static IReadOnlyList<(int A, int B)> Ring(int n) =>
        Enumerable.Range(0, n).Select(i => (i, (i + 1) % n)).ToArray();

    /// <summary>
    /// A periodic Lx × Ly square lattice, site index x + Lx y: bonds to (x + 1, y) and (x, y + 1), wrapped; for
    /// Lx, Ly ≥ 3 these are 2 Lx Ly distinct bonds and every site has 4 distinct neighbours.
    /// </summary>
    public static IReadOnlyList<(int A, int B)> Torus(int lx, int ly)
    {
        var bonds = new List<(int, int)>();
        for (int y = 0; y < ly; y++)
        {
            for (int x = 0; x < lx; x++)
            {
                int site = x + (lx * y);
                bonds.Add((site, ((x + 1) % lx) + (lx * y)));
                bonds.Add((site, x + (lx * ((y + 1) % ly))));
            }
        }

        return bonds;
    }

    /// <summary>The undirected bonds of a built lattice, each once, as (smaller, larger) site index.</summary>
    public static IReadOnlyList<(int A, int B)> Of(Lattice lattice)
    {
        var bonds = new List<(int, int)>();
        for (int i = 0; i < lattice.SiteCount; i++)
        {
            foreach (int j in lattice.NeighboursOf(i))
            {
                if (i < j)
                {
                    bonds.Add((i, j));
                }
            }
        }

        return bonds;
    }

    /// <summary>Bonds as a canonical sorted list of (smaller, larger) pairs, for comparing two descriptions.</summary>
    public static IReadOnlyList<(int A, int B)> Canonical(IEnumerable<(int A, int B)> bonds) =>
        bonds.Select(b => b.A < b.B ? b : (b.B, b.A)).OrderBy(b => b.Item1).ThenBy(b => b.Item2).ToArray();
}
