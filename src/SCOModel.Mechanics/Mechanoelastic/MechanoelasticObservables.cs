using SCOModel.Core.Results;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The geometric observables of a mechanoelastic configuration (issue #8), as results.csv names them, over the
/// nearest-neighbour springs (not the diagonals of a square lattice): the lattice parameters a and b, the lengths of the
/// mean bond vectors of directions 0 and 1 (<see cref="Spring.Direction"/>), and the angle γ between them (60° for an
/// undistorted triangular lattice, 90° for a square one); the mean nearest-neighbour distance; the area per molecule (twice the mean area of the elementary
/// triangles of an open sample, which is √3/2 a² for a uniform triangular lattice and a² for a square one, whose cells
/// are split in two; the box area over N for a periodic one), the
/// mean spring elongation δ (zero in a relaxed open sample at zero pressure by the virial theorem, Σ_springs k δ ℓ = 0,
/// up to the spread of ℓ; the fixed box's strain in a periodic one) and the root-mean-square elongation, which measures
/// the elastic distortion of a mixed state. A 3D sample has a, b, c (families 0, 1, 2 of a cubic lattice; the cubic
/// cell's edges from the ⟨110⟩ families of an fcc one, <see cref="MechanoelasticLattice.CellVectors"/>), the angles
/// α (b, c), β (a, c), γ (a, b), all 90° for an undistorted cubic lattice, and the volume per molecule (a³ for simple
/// cubic, a³/4 for fcc) in place of the area.
/// </summary>
public static class MechanoelasticObservables
{
    /// <summary>The lattice parameter a, Å.</summary>
    public const string LatticeParameter = "a_A";

    /// <summary>The lattice parameter b, Å.</summary>
    public const string SecondLatticeParameter = "b_A";

    /// <summary>The angle γ between a and b, degrees.</summary>
    public const string Angle = "gamma_deg";

    /// <summary>The mean nearest-neighbour distance, Å.</summary>
    public const string NearestNeighbourDistance = "nn_distance_A";

    /// <summary>The area per molecule, Å².</summary>
    public const string AreaPerMolecule = "area_per_molecule_A2";

    /// <summary>The mean spring elongation, Å.</summary>
    public const string MeanElongation = "mean_elongation_A";

    /// <summary>The root-mean-square spring elongation, Å.</summary>
    public const string RmsElongation = "rms_elongation_A";

    /// <summary>The lattice parameter c, Å (3D).</summary>
    public const string ThirdLatticeParameter = "c_A";

    /// <summary>The angle α between b and c, degrees (3D).</summary>
    public const string AngleAlpha = "alpha_deg";

    /// <summary>The angle β between a and c, degrees (3D).</summary>
    public const string AngleBeta = "beta_deg";

    /// <summary>The volume per molecule, Å³ (3D).</summary>
    public const string VolumePerMolecule = "volume_per_molecule_A3";

    /// <summary>The names of a 2D sample's observables in results.csv order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [LatticeParameter, SecondLatticeParameter, Angle, NearestNeighbourDistance, AreaPerMolecule, MeanElongation, RmsElongation];

    /// <summary>The names of a 3D sample's observables in results.csv order.</summary>
    public static IReadOnlyList<string> SpatialNames { get; } =
    [
        LatticeParameter, SecondLatticeParameter, ThirdLatticeParameter, AngleAlpha, AngleBeta, Angle, NearestNeighbourDistance,
        VolumePerMolecule, MeanElongation, RmsElongation,
    ];

    /// <summary>The names of a sample's observables in results.csv order, for its dimension (2 or 3).</summary>
    public static IReadOnlyList<string> NamesFor(int dimension) => dimension == 3 ? SpatialNames : Names;

    /// <summary>The observables of a configuration, in <see cref="NamesFor"/> order for its dimension.</summary>
    public static double[] Measure(
        MechanoelasticLattice lattice, ReadOnlySpan<double> positions, ReadOnlySpan<double> radii)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        int d = lattice.Dimension;
        double lengths = 0, elongations = 0, squares = 0;
        int springs = 0;
        int families = 0;
        foreach (ref readonly var s in lattice.Springs)
        {
            families = Math.Max(families, s.Direction + 1);
        }

        var sums = new (double X, double Y, double Z)[Math.Max(families, d)];
        var counts = new int[sums.Length];
        foreach (ref readonly var s in lattice.Springs)
        {
            if (s.Diagonal)
            {
                continue;
            }

            springs++;
            var (dx, dy, dz) = SpringNetwork.Vector(s, positions, d);
            double length = Math.Sqrt(dx * dx + dy * dy + dz * dz);
            lengths += length;
            var sum = sums[s.Direction];
            sums[s.Direction] = (sum.X + dx, sum.Y + dy, sum.Z + dz);
            counts[s.Direction]++;
            double delta = length - radii[s.First] - radii[s.Second];
            elongations += delta;
            squares += delta * delta;
        }

        var means = sums.Select((v, f) => counts[f] > 0 ? (v.X / counts[f], v.Y / counts[f], v.Z / counts[f]) : (double.NaN, double.NaN, double.NaN)).ToArray();
        var cell = lattice.CellVectors ?? Enumerable.Range(0, d).Select(f => new[] { (f, 1.0) }).ToArray();
        var vectors = cell.Select(combination => combination.Aggregate((X: 0.0, Y: 0.0, Z: 0.0), (v, term) =>
            (v.X + term.Weight * means[term.Direction].Item1, v.Y + term.Weight * means[term.Direction].Item2,
             v.Z + term.Weight * means[term.Direction].Item3))).ToArray();
        double a = Norm(vectors[0]), b = Norm(vectors[1]);
        double gamma = AngleBetween(vectors[0], vectors[1]);
        double nn = lengths / springs, mean = elongations / springs, rms = Math.Sqrt(squares / springs);
        if (d == 2)
        {
            return [a, b, gamma, nn, MeasurePerMolecule(lattice, positions), mean, rms];
        }

        return
        [
            a, b, Norm(vectors[2]), AngleBetween(vectors[1], vectors[2]), AngleBetween(vectors[0], vectors[2]), gamma, nn,
            MeasurePerMolecule(lattice, positions), mean, rms,
        ];
    }

    /// <summary>
    /// The area (2D) or volume (3D) per molecule: the box's over N when periodic; for an open sample twice the mean area
    /// of its triangles, or six times the mean volume of its tetrahedra (both cubic lattices have six per molecule in
    /// the bulk: a simple cubic cell splits into six, an fcc cell of four molecules into 8 tetrahedra and 4 octahedra of
    /// four each), which measures the bulk and not the surface.
    /// </summary>
    public static double MeasurePerMolecule(MechanoelasticLattice lattice, ReadOnlySpan<double> positions)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        if (!lattice.IsOpen)
        {
            return lattice.BoxMeasure / lattice.SiteCount;
        }

        if (lattice.Dimension == 3)
        {
            if (lattice.Tetrahedra.Length == 0)
            {
                return double.NaN;
            }

            double volume = 0;
            foreach (var (p, q, r, t) in lattice.Tetrahedra)
            {
                volume += Math.Abs(BoundaryPressure.SignedVolume(positions, p, q, r, t));
            }

            return 6 * volume / lattice.Tetrahedra.Length;
        }

        if (lattice.Triangles.Length == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        foreach (var (p, q, r) in lattice.Triangles)
        {
            double abx = positions[2 * q] - positions[2 * p], aby = positions[2 * q + 1] - positions[2 * p + 1];
            double acx = positions[2 * r] - positions[2 * p], acy = positions[2 * r + 1] - positions[2 * p + 1];
            sum += 0.5 * Math.Abs(abx * acy - aby * acx);
        }

        return 2 * sum / lattice.Triangles.Length;
    }

    private static double Norm((double X, double Y, double Z) v) => Math.Sqrt(v.X * v.X + v.Y * v.Y + v.Z * v.Z);

    private static double AngleBetween((double X, double Y, double Z) u, (double X, double Y, double Z) v) =>
        Math.Acos(Math.Clamp((u.X * v.X + u.Y * v.Y + u.Z * v.Z) / (Norm(u) * Norm(v)), -1, 1)) * 180 / Math.PI;

    /// <summary>The observables of a 2D point from their estimates, in <see cref="Names"/> order.</summary>
    public static ModelObservables Of(IReadOnlyList<Estimate> estimates) => Of(estimates, 2);

    /// <summary>The observables of a point from their estimates, in <see cref="NamesFor"/> order for the dimension.</summary>
    public static ModelObservables Of(IReadOnlyList<Estimate> estimates, int dimension)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        return new(NamesFor(dimension).Zip(estimates).ToArray());
    }
}
