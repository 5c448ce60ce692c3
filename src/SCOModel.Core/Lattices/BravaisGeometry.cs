namespace SCOModel.Core.Lattices;

/// <summary>
/// A lattice kind described as a Bravais lattice with a basis: the cell vectors, the positions of the sites of one
/// cell, and the bonds as (from-basis-site, to-basis-site, cell offset, family). Every regular lattice of SCOModel is
/// one table here; <see cref="LatticeBuilder"/> turns a table and a size into a neighbour graph.
/// Lengths are in units of the nearest-neighbour distance.
/// </summary>
internal sealed record BravaisGeometry(SitePosition[] CellVectors, SitePosition[] Basis, BravaisBond[] Bonds)
{
    private static readonly double Sqrt3 = Math.Sqrt(3);

    public static BravaisGeometry For(LatticeKind kind) => kind switch
    {
        LatticeKind.Chain => new([new(1, 0, 0)], [new(0, 0, 0)], [new(0, 0, 1, 0, 0, 0)]),
        LatticeKind.Square => new(
            [new(1, 0, 0), new(0, 1, 0)],
            [new(0, 0, 0)],
            [new(0, 0, 1, 0, 0, 0), new(0, 0, 0, 1, 0, 1)]),

        // a1 = (1, 0), a2 = (-1/2, √3/2): the third neighbour direction is a1 + a2 = (1/2, √3/2).
        LatticeKind.Triangular => new(
            [new(1, 0, 0), new(-0.5, Sqrt3 / 2, 0)],
            [new(0, 0, 0)],
            [new(0, 0, 1, 0, 0, 0), new(0, 0, 0, 1, 0, 1), new(0, 0, 1, 1, 0, 2)]),

        // a1 = (√3, 0), a2 = (√3/2, 3/2); A at (0, 0), B at (0, 1). A's neighbours: B in its own cell, in cell
        // (+1, −1) at (√3/2, −1/2) and in cell (0, −1) at (−√3/2, −1/2).
        LatticeKind.Honeycomb => new(
            [new(Sqrt3, 0, 0), new(Sqrt3 / 2, 1.5, 0)],
            [new(0, 0, 0), new(0, 1, 0)],
            [new(0, 1, 0, 0, 0, 0), new(0, 1, 1, -1, 0, 1), new(0, 1, 0, -1, 0, 2)]),
        LatticeKind.Cubic => new(
            [new(1, 0, 0), new(0, 1, 0), new(0, 0, 1)],
            [new(0, 0, 0)],
            [new(0, 0, 1, 0, 0, 0), new(0, 0, 0, 1, 0, 1), new(0, 0, 0, 0, 1, 2)]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a Bravais lattice"),
    };
}

/// <summary>A bond from basis site <c>From</c> of cell c to basis site <c>To</c> of cell c + (Dx, Dy, Dz).</summary>
internal readonly record struct BravaisBond(int From, int To, int Dx, int Dy, int Dz, byte Family);
