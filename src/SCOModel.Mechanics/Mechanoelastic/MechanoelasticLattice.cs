namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The geometry of a mechanoelastic sample (PHYSICS.md §4): the molecules' starting positions (2D or 3D, Å, interleaved
/// with stride <see cref="Dimension"/>), the springs between them, and for an open sample its elementary triangles (2D)
/// or tetrahedra (3D), which give the area or volume per molecule and, in 3D, the volume on which a pressure acts; for a
/// periodic one its box, a general cell (<see cref="Cell"/>: rectangular as built, sheared once a constant-pressure
/// box has relaxed). Immutable; the positions that move live in the walker.
/// </summary>
public sealed class MechanoelasticLattice
{
    private readonly double[] _positions;
    private readonly Spring[] _springs;
    private readonly int[] _offsets;
    private readonly int[] _siteSprings;
    private readonly (int A, int B, int C)[] _triangles;
    private readonly (int A, int B, int C, int D)[] _tetrahedra;
    private readonly double[]? _box;
    private readonly double[]? _cell;
    private readonly Lazy<int[]> _boundary;

    /// <summary>A lattice from its positions (x0, y0, x1, y1, ...), springs and, for an open sample, its triangles.</summary>
    /// <param name="positions">Starting positions, interleaved x, y, Å.</param>
    /// <param name="springs">The springs, each once, with positive stiffness.</param>
    /// <param name="triangles">Elementary triangles of an open sample (empty for a periodic one or a chain).</param>
    /// <param name="box">The periodic box (width, height) in Å, or null for an open sample.</param>
    /// <param name="description">How reports name the sample.</param>
    /// <param name="dimension">2 (positions x, y) or 3 (x, y, z).</param>
    public MechanoelasticLattice(IReadOnlyList<double> positions, IReadOnlyList<Spring> springs,
        IReadOnlyList<(int A, int B, int C)> triangles, (double Width, double Height)? box, string description,
        int dimension = 2)
        : this(positions, springs, triangles, [], dimension == 3 && box is not null
            ? throw new ArgumentException("a 3D periodic box has three lengths: build it with Spatial", nameof(box))
            : box is { } b ? Diagonal([b.Width, b.Height]) : null, description, dimension)
    {
    }

    private MechanoelasticLattice(IReadOnlyList<double> positions, IReadOnlyList<Spring> springs,
        IReadOnlyList<(int A, int B, int C)> triangles, IReadOnlyList<(int A, int B, int C, int D)> tetrahedra, double[]? cell,
        string description, int dimension)
    {
        if (dimension is not (2 or 3))
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "a sample is 2D or 3D");
        }

        Dimension = dimension;
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(springs);
        ArgumentNullException.ThrowIfNull(triangles);
        ArgumentNullException.ThrowIfNull(tetrahedra);
        if (positions.Count % dimension != 0 || positions.Count == 0)
        {
            throw new ArgumentException($"positions are interleaved {(dimension == 2 ? "x, y pairs" : "x, y, z triples")}, at least one molecule", nameof(positions));
        }

        _positions = [.. positions];
        _springs = [.. springs];
        _triangles = [.. triangles];
        _tetrahedra = [.. tetrahedra];
        SiteCount = positions.Count / dimension;
        _cell = cell;
        _box = cell is null ? null : Enumerable.Range(0, dimension).Select(a => cell[a * dimension + a]).ToArray();
        Box = _box is null ? null : (_box[0], _box[1]);
        Description = description;
        foreach (var s in _springs)
        {
            if (s.First < 0 || s.First >= SiteCount || s.Second < 0 || s.Second >= SiteCount || s.First == s.Second)
            {
                throw new ArgumentException($"spring {s} does not join two distinct molecules of {SiteCount}", nameof(springs));
            }
        }

        // Springs per molecule (CSR), in spring order: the local pressure sums over them.
        _offsets = new int[SiteCount + 1];
        foreach (var s in _springs)
        {
            _offsets[s.First + 1]++;
            _offsets[s.Second + 1]++;
        }

        for (int i = 0; i < SiteCount; i++)
        {
            _offsets[i + 1] += _offsets[i];
        }

        _siteSprings = new int[_offsets[SiteCount]];
        var fill = _offsets[..SiteCount];
        for (int b = 0; b < _springs.Length; b++)
        {
            _siteSprings[fill[_springs[b].First]++] = b;
            _siteSprings[fill[_springs[b].Second]++] = b;
        }

        MaxCoordination = Enumerable.Range(0, SiteCount).Max(i => _offsets[i + 1] - _offsets[i]);
        var stiffness = new double[SiteCount];
        foreach (var s in _springs)
        {
            stiffness[s.First] += s.StiffnessKPerA2;
            stiffness[s.Second] += s.StiffnessKPerA2;
        }

        MaxStiffnessPerSite = stiffness.Max();
        _boundary = new Lazy<int[]>(FindBoundary);
        if (_springs.Any(s => !(s.StiffnessKPerA2 > 0)))
        {
            throw new ArgumentException("every spring needs a positive stiffness", nameof(springs));
        }
    }

    /// <summary>
    /// A 3D sample from its positions (x0, y0, z0, x1, ...), springs and, for an open sample, its elementary tetrahedra
    /// (each with a positive signed volume as built: (b − a) · ((c − a) × (d − a)) &gt; 0), or for a periodic one its box.
    /// </summary>
    /// <param name="positions">Starting positions, interleaved x, y, z, Å.</param>
    /// <param name="springs">The springs, each once, with positive stiffness.</param>
    /// <param name="tetrahedra">Elementary tetrahedra tiling an open sample (empty for a periodic one).</param>
    /// <param name="box">The periodic box lengths along x, y, z in Å, or null for an open sample.</param>
    /// <param name="description">How reports name the sample.</param>
    /// <param name="cellVectors">How a, b, c are made of the spring families (<see cref="CellVectors"/>); null for families 0, 1, 2.</param>
    public static MechanoelasticLattice Spatial(IReadOnlyList<double> positions, IReadOnlyList<Spring> springs,
        IReadOnlyList<(int A, int B, int C, int D)> tetrahedra, (double X, double Y, double Z)? box, string description,
        IReadOnlyList<(int Direction, double Weight)[]>? cellVectors = null) =>
        new(positions, springs, [], tetrahedra, box is { } b ? Diagonal([b.X, b.Y, b.Z]) : null, description, 3)
        {
            CellVectors = cellVectors,
        };

    /// <summary>The space dimension, 2 or 3: positions are interleaved with this stride (x, y or x, y, z).</summary>
    public int Dimension { get; }

    /// <summary>Number of molecules.</summary>
    public int SiteCount { get; }

    /// <summary>The starting positions, interleaved x, y (and z in 3D), Å.</summary>
    public ReadOnlySpan<double> Positions => _positions;

    /// <summary>The springs.</summary>
    public ReadOnlySpan<Spring> Springs => _springs;

    /// <summary>Elementary triangles of an open 2D sample.</summary>
    public ReadOnlySpan<(int A, int B, int C)> Triangles => _triangles;

    /// <summary>
    /// Elementary tetrahedra of an open 3D sample, tiling it without overlap, each positively oriented as built; six per
    /// molecule in the bulk of both cubic lattices.
    /// </summary>
    public ReadOnlySpan<(int A, int B, int C, int D)> Tetrahedra => _tetrahedra;

    /// <summary>
    /// The periodic box (width, height), Å: the diagonal of <see cref="Cell"/>, the box's lengths when it is rectangular;
    /// null for an open sample. A 3D box's depth is <see cref="BoxLengths"/>[2].
    /// </summary>
    public (double Width, double Height)? Box { get; }

    /// <summary>
    /// The periodic box's lengths along each axis (Dimension of them), Å: the diagonal of <see cref="Cell"/> (the
    /// extent of a sheared cell across the planes of the lower cell vectors); empty for an open sample.
    /// </summary>
    public ReadOnlySpan<double> BoxLengths => _box;

    /// <summary>
    /// The periodic cell matrix H, row-major d×d, Å, whose columns are the cell vectors (a box shift is H n, n integer):
    /// upper triangular, so that the first vector lies along x and the second in the xy plane (the rigid rotation is
    /// removed); diagonal, with the box lengths on it, as built. Empty for an open sample.
    /// </summary>
    public ReadOnlySpan<double> Cell => _cell;

    /// <summary>The box's area (2D, Å²) or volume (3D, Å³), det H; NaN for an open sample.</summary>
    public double BoxMeasure => _box is null ? double.NaN : _box.Aggregate(1.0, (product, length) => product * length);

    /// <summary>
    /// How the lattice parameters a, b (and c) are made of the mean bond vectors of the spring families (<see
    /// cref="Spring.Direction"/>): one weighted sum of families per parameter. Null for the default, a = family 0,
    /// b = family 1 (c = family 2 in 3D); an fcc lattice sums its ⟨110⟩ families into the cubic cell's edges.
    /// </summary>
    public IReadOnlyList<(int Direction, double Weight)[]>? CellVectors { get; init; }

    /// <summary>True for a sample with free boundaries (rigid-body motions cost nothing).</summary>
    public bool IsOpen => Box is null;

    /// <summary>The largest number of springs at one molecule (z).</summary>
    public int MaxCoordination { get; }

    /// <summary>The largest Σ_j k_ij over the springs of one molecule, K/Å².</summary>
    public double MaxStiffnessPerSite { get; }

    /// <summary>One line naming the sample.</summary>
    public string Description { get; }

    /// <summary>
    /// The boundary molecules of an open sample, counter-clockwise around the centroid (those with fewer springs than
    /// the most coordinated; all of them when every molecule has as many); empty for a periodic one. In 3D, the molecules
    /// with fewer springs than the most coordinated, in index order (the pressure acts through the tetrahedra's volume).
    /// </summary>
    public ReadOnlySpan<int> Boundary => _boundary.Value;

    /// <summary>The indices of the springs at molecule i.</summary>
    public ReadOnlySpan<int> SpringsOf(int site) => _siteSprings.AsSpan(_offsets[site], _offsets[site + 1] - _offsets[site]);

    /// <summary>How many springs molecule i has.</summary>
    public int CoordinationOf(int site) => _offsets[site + 1] - _offsets[site];

    /// <summary>
    /// The same periodic sample in a box of another size: the springs' box shifts scale with it (the molecules'
    /// positions are the caller's to rescale).
    /// </summary>
    public MechanoelasticLattice WithBox(double width, double height)
    {
        if (Dimension != 2)
        {
            throw new InvalidOperationException("a 3D box has three lengths");
        }

        return WithBox([width, height]);
    }

    /// <summary>
    /// The same periodic sample in a box of other lengths (one per axis): the cell is scaled along each axis,
    /// H' = diag(L'/L) H, and the springs' box shifts with it (the molecules' positions are the caller's to rescale).
    /// </summary>
    public MechanoelasticLattice WithBox(ReadOnlySpan<double> lengths)
    {
        if (_box is null || _cell is null)
        {
            throw new InvalidOperationException("an open sample has no box");
        }

        if (lengths.Length != Dimension)
        {
            throw new ArgumentException($"a {Dimension}D box has {Dimension} lengths, got {lengths.Length}", nameof(lengths));
        }

        int d = Dimension;
        var cell = new double[d * d];
        for (int a = 0; a < d; a++)
        {
            for (int b = 0; b < d; b++)
            {
                cell[a * d + b] = a == b ? lengths[a] : _cell[a * d + b] * (lengths[a] / _box[a]);
            }
        }

        return WithCell(cell);
    }

    /// <summary>
    /// The same periodic sample in another cell H' (row-major d×d, upper triangular with a positive diagonal, Å): the
    /// springs' box shifts H n map to H' n, i.e. by the affine map H' H⁻¹ (the molecules' positions are the caller's to
    /// map likewise).
    /// </summary>
    public MechanoelasticLattice WithCell(ReadOnlySpan<double> cell)
    {
        if (_cell is null)
        {
            throw new InvalidOperationException("an open sample has no box");
        }

        int d = Dimension;
        if (cell.Length != d * d)
        {
            throw new ArgumentException($"a {d}D cell has {d * d} entries, got {cell.Length}", nameof(cell));
        }

        for (int a = 0; a < d; a++)
        {
            if (!(cell[a * d + a] > 0) || !double.IsFinite(cell[a * d + a]))
            {
                throw new ArgumentException("a cell needs a positive, finite diagonal", nameof(cell));
            }

            for (int b = 0; b < a; b++)
            {
                if (cell[a * d + b] != 0)
                {
                    throw new ArgumentException("a cell is upper triangular (its rigid rotation removed)", nameof(cell));
                }
            }

            for (int b = a + 1; b < d; b++)
            {
                if (!double.IsFinite(cell[a * d + b]))
                {
                    throw new ArgumentException("a cell needs finite entries", nameof(cell));
                }
            }
        }

        // M = H' H⁻¹, column by column: M H = H' with H upper triangular.
        var map = new double[d * d];
        for (int c = 0; c < d; c++)
        {
            for (int r = 0; r < d; r++)
            {
                double sum = cell[r * d + c];
                for (int k = 0; k < c; k++)
                {
                    sum -= map[r * d + k] * _cell[k * d + c];
                }

                map[r * d + c] = sum / _cell[c * d + c];
            }
        }

        var springs = _springs.Select(s =>
        {
            double x = s.ShiftXA, y = s.ShiftYA, z = d == 3 ? s.ShiftZA : 0;
            return d == 2
                ? s with { ShiftXA = map[0] * x + map[1] * y, ShiftYA = map[2] * x + map[3] * y }
                : s with
                {
                    ShiftXA = map[0] * x + map[1] * y + map[2] * z,
                    ShiftYA = map[3] * x + map[4] * y + map[5] * z,
                    ShiftZA = map[6] * x + map[7] * y + map[8] * z,
                };
        }).ToArray();
        return new MechanoelasticLattice(_positions, springs, _triangles, _tetrahedra, cell.ToArray(), Description, Dimension)
        {
            CellVectors = CellVectors,
        };
    }

    private static double[] Diagonal(ReadOnlySpan<double> lengths)
    {
        int d = lengths.Length;
        var cell = new double[d * d];
        for (int a = 0; a < d; a++)
        {
            cell[a * d + a] = lengths[a];
        }

        return cell;
    }

    /// <summary>
    /// The molecule nearest the centroid of <paramref name="positions"/> (interleaved with stride
    /// <paramref name="dimension"/>; the first such one on a tie): where a lone defect sits and a 3D picture is sliced.
    /// </summary>
    internal static int CentralMolecule(ReadOnlySpan<double> positions, int dimension)
    {
        int n = positions.Length / dimension;
        Span<double> centroid = stackalloc double[dimension];
        for (int i = 0; i < n; i++)
        {
            for (int a = 0; a < dimension; a++)
            {
                centroid[a] += positions[dimension * i + a] / n;
            }
        }

        int centre = 0;
        double nearest = double.PositiveInfinity;
        for (int i = 0; i < n; i++)
        {
            double distance2 = 0;
            for (int a = 0; a < dimension; a++)
            {
                distance2 += Math.Pow(positions[dimension * i + a] - centroid[a], 2);
            }

            if (distance2 < nearest)
            {
                (centre, nearest) = (i, distance2);
            }
        }

        return centre;
    }

    private int[] FindBoundary()
    {
        if (!IsOpen)
        {
            return [];
        }

        if (Dimension == 3)
        {
            return Enumerable.Range(0, SiteCount).Where(i => CoordinationOf(i) < MaxCoordination).ToArray();
        }

        double cx = 0, cy = 0;
        for (int i = 0; i < SiteCount; i++)
        {
            cx += _positions[2 * i] / SiteCount;
            cy += _positions[2 * i + 1] / SiteCount;
        }

        var edge = Enumerable.Range(0, SiteCount).Where(i => CoordinationOf(i) < MaxCoordination).ToArray();
        return (edge.Length >= 3 ? edge : Enumerable.Range(0, SiteCount))
            .OrderBy(i => Math.Atan2(_positions[2 * i + 1] - cy, _positions[2 * i] - cx)).ToArray();
    }

    /// <summary>
    /// An open chain of n molecules along x, spacing a (the exact check of PHYSICS.md §4: strains equalise, no
    /// cooperativity).
    /// </summary>
    public static MechanoelasticLattice Chain(int molecules, double spacingA, double springConstant)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(molecules, 2);
        var positions = new double[2 * molecules];
        for (int i = 0; i < molecules; i++)
        {
            positions[2 * i] = i * spacingA;
        }

        var springs = Enumerable.Range(0, molecules - 1).Select(i => new Spring(i, i + 1, springConstant)).ToArray();
        return new MechanoelasticLattice(positions, springs, [], null, $"open chain of {molecules}");
    }

    /// <summary>
    /// A ring: n molecules along x in a periodic box of fixed length n a0 (PHYSICS.md §4: the fixed box adds the convex
    /// term A N (n − n0)², A = 2 k δR², n0 = (a0 − 2 R_LS)/(2 δR)).
    /// </summary>
    public static MechanoelasticLattice Ring(int molecules, double latticeConstantA, double springConstant)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(molecules, 3);
        var positions = new double[2 * molecules];
        for (int i = 0; i < molecules; i++)
        {
            positions[2 * i] = i * latticeConstantA;
        }

        double length = molecules * latticeConstantA;
        var springs = Enumerable.Range(0, molecules)
            .Select(i => i + 1 < molecules ? new Spring(i, i + 1, springConstant) : new Spring(i, 0, springConstant, ShiftXA: length))
            .ToArray();
        return new MechanoelasticLattice(positions, springs, [], (length, latticeConstantA), $"ring of {molecules}");
    }
}
