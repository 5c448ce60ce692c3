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
/// the elastic distortion of a mixed state.
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

    /// <summary>The names in results.csv order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [LatticeParameter, SecondLatticeParameter, Angle, NearestNeighbourDistance, AreaPerMolecule, MeanElongation, RmsElongation];

    /// <summary>The observables of a configuration, in <see cref="Names"/> order.</summary>
    public static double[] Measure(
        MechanoelasticLattice lattice, ReadOnlySpan<double> positions, ReadOnlySpan<double> radii)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        double lengths = 0, elongations = 0, squares = 0;
        double ax = 0, ay = 0, bx = 0, by = 0;
        int springs = 0, countA = 0, countB = 0;
        foreach (ref readonly var s in lattice.Springs)
        {
            if (s.Diagonal)
            {
                continue;
            }

            springs++;
            var (dx, dy) = SpringNetwork.Vector(s, positions);
            double length = Math.Sqrt(dx * dx + dy * dy);
            lengths += length;
            if (s.Direction == 0)
            {
                (ax, ay, countA) = (ax + dx, ay + dy, countA + 1);
            }
            else if (s.Direction == 1)
            {
                (bx, by, countB) = (bx + dx, by + dy, countB + 1);
            }

            double delta = length - radii[s.First] - radii[s.Second];
            elongations += delta;
            squares += delta * delta;
        }

        double area = double.NaN;
        if (lattice.Box is { } box)
        {
            area = box.Width * box.Height / lattice.SiteCount;
        }
        else if (lattice.Triangles.Length > 0)
        {
            double sum = 0;
            foreach (var (p, q, r) in lattice.Triangles)
            {
                double abx = positions[2 * q] - positions[2 * p], aby = positions[2 * q + 1] - positions[2 * p + 1];
                double acx = positions[2 * r] - positions[2 * p], acy = positions[2 * r + 1] - positions[2 * p + 1];
                sum += 0.5 * Math.Abs(abx * acy - aby * acx);
            }

            area = 2 * sum / lattice.Triangles.Length;
        }

        double a = Math.Sqrt(ax * ax + ay * ay) / countA;
        double b = countB > 0 ? Math.Sqrt(bx * bx + by * by) / countB : double.NaN;
        double gamma = countB > 0
            ? Math.Acos(Math.Clamp((ax * bx + ay * by) / (a * countA * b * countB), -1, 1)) * 180 / Math.PI
            : double.NaN;
        return [a, b, gamma, lengths / springs, area, elongations / springs, Math.Sqrt(squares / springs)];
    }

    /// <summary>The observables of a point from their estimates, in <see cref="Names"/> order.</summary>
    public static ModelObservables Of(IReadOnlyList<Estimate> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        return new(Names.Zip(estimates).ToArray());
    }
}
