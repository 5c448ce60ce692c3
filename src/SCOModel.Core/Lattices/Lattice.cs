namespace SCOModel.Core.Lattices;

/// <summary>
/// A lattice as data: a neighbour graph in compressed-sparse-row form whose directed entries carry a bond family
/// (the direction, for per-direction couplings), the site positions for pictures, and a colouring of the graph into
/// classes of mutually non-adjacent sites (the parallel sweep schedule). An all-to-all lattice has no explicit bonds:
/// its sites interact through the total magnetisation.
/// </summary>
public sealed class Lattice
{
    private readonly int[] _offsets;
    private readonly int[] _neighbours;
    private readonly byte[] _families;
    private readonly Func<int, SitePosition> _position;

    internal Lattice(LatticeSpec spec, int siteCount, int[] offsets, int[] neighbours, byte[] families,
        Func<int, SitePosition> position)
    {
        Spec = spec;
        SiteCount = siteCount;
        _offsets = offsets;
        _neighbours = neighbours;
        _families = families;
        _position = position;
        for (int i = 0; i < siteCount; i++)
        {
            MaxDegree = Math.Max(MaxDegree, offsets[i + 1] - offsets[i]);
        }

        Colouring = GraphColouring.Of(this);
    }

    /// <summary>The spec this lattice was built from.</summary>
    public LatticeSpec Spec { get; }

    /// <summary>Number of sites N.</summary>
    public int SiteCount { get; }

    /// <summary>True for the all-to-all (mean-field) lattice, which has no explicit bonds.</summary>
    public bool IsAllToAll => Spec.Kind == LatticeKind.AllToAll;

    /// <summary>Number of undirected bonds (each counted once).</summary>
    public int BondCount => _neighbours.Length / 2;

    /// <summary>The colouring used to schedule parallel sweeps.</summary>
    public GraphColouring Colouring { get; }

    /// <summary>CSR row offsets: the neighbours of site i are entries [Offsets[i], Offsets[i+1]).</summary>
    public ReadOnlySpan<int> Offsets => _offsets;

    /// <summary>CSR column indices: the neighbour site of each directed entry.</summary>
    public ReadOnlySpan<int> Neighbours => _neighbours;

    /// <summary>Bond family (direction index) of each directed entry.</summary>
    public ReadOnlySpan<byte> BondFamilies => _families;

    /// <summary>The neighbours of one site.</summary>
    public ReadOnlySpan<int> NeighboursOf(int site) =>
        _neighbours.AsSpan(_offsets[site], _offsets[site + 1] - _offsets[site]);

    /// <summary>The largest number of neighbours of any site.</summary>
    public int MaxDegree { get; }

    /// <summary>Number of neighbours of one site.</summary>
    public int Degree(int site) => _offsets[site + 1] - _offsets[site];

    /// <summary>Position of a site in units of the nearest-neighbour distance (for pictures).</summary>
    public SitePosition PositionOf(int site) => _position(site);
}

/// <summary>A site position in units of the nearest-neighbour distance.</summary>
public readonly record struct SitePosition(double X, double Y, double Z);
