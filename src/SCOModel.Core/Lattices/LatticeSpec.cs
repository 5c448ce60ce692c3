using System.Text.Json.Serialization;

namespace SCOModel.Core.Lattices;

/// <summary>
/// What the config says about the lattice: its kind, its size in unit cells along each axis, its boundary, and for
/// the all-to-all lattice the coordination number z that its mean field imitates.
/// </summary>
/// <param name="Kind">Lattice kind.</param>
/// <param name="Size">Cells per axis: [L] for a chain, [Lx, Ly] in 2D, [Lx, Ly, Lz] for cubic, [N] for all-to-all.
/// A honeycomb cell holds two sites.</param>
/// <param name="Boundary">Periodic or open.</param>
/// <param name="Coordination">All-to-all only: every pair couples with z J / (N − 1).</param>
public sealed record LatticeSpec(LatticeKind Kind, IReadOnlyList<int> Size, Boundary Boundary = Boundary.Periodic,
    double? Coordination = null)
{
    /// <summary>Number of axes the size must give for each kind.</summary>
    public static int Dimension(LatticeKind kind) => kind switch
    {
        LatticeKind.Chain or LatticeKind.AllToAll => 1,
        LatticeKind.Square or LatticeKind.Triangular or LatticeKind.Honeycomb => 2,
        LatticeKind.Cubic => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Sites per unit cell.</summary>
    public static int SitesPerCell(LatticeKind kind) => kind == LatticeKind.Honeycomb ? 2 : 1;

    /// <summary>Bulk coordination number z (for all-to-all, the configured one).</summary>
    [JsonIgnore]
    public double BulkCoordination => Kind switch
    {
        LatticeKind.Chain => 2,
        LatticeKind.Square => 4,
        LatticeKind.Triangular => 6,
        LatticeKind.Honeycomb => 3,
        LatticeKind.Cubic => 6,
        LatticeKind.AllToAll => Coordination ?? 0,
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };

    /// <summary>Total number of sites, computed without overflow.</summary>
    [JsonIgnore]
    public long SiteCount
    {
        get
        {
            long n = SitesPerCell(Kind);
            foreach (int l in Size)
            {
                n *= l;
            }

            return n;
        }
    }

    /// <summary>Number of directed neighbour entries the adjacency will hold (an upper bound for open lattices).</summary>
    [JsonIgnore]
    public long AdjacencyEntryCount => Kind == LatticeKind.AllToAll ? 0 : (long)(SiteCount * BulkCoordination);

    /// <summary>Bond families (directions) this kind distinguishes; per-family couplings index into them.</summary>
    public static int BondFamilyCount(LatticeKind kind) => kind switch
    {
        LatticeKind.Chain or LatticeKind.AllToAll => 1,
        LatticeKind.Square => 2,
        LatticeKind.Triangular or LatticeKind.Honeycomb or LatticeKind.Cubic => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A short human description, e.g. "square 64x64, periodic".</summary>
    public override string ToString() =>
        $"{Kind} {string.Join('x', Size)}, {Boundary}".ToLowerInvariant();
}
