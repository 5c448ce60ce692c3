using SCOModel.Core.Protocols;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The first replica's molecules at the end of one point: positions (interleaved x, y, or x, y, z in 3D, Å) and spin
/// states (+1 HS, −1 LS), for pictures of nucleation at the corners of an open sample (issue #8).
/// </summary>
/// <param name="Branch">The branch of the point.</param>
/// <param name="Point">The point.</param>
/// <param name="Positions">Interleaved x, y (x, y, z in 3D), Å.</param>
/// <param name="Spins">+1 HS, −1 LS.</param>
public sealed record MechanoelasticSnapshot(Branch Branch, ControlPoint Point, IReadOnlyList<double> Positions, IReadOnlyList<sbyte> Spins)
{
    /// <summary>The space dimension: the stride of <see cref="Positions"/>, 2 or 3.</summary>
    public int Dimension { get; init; } = 2;

    /// <summary>Whether the point was chosen for a snapshot pressure (snapshotsAtGPa) rather than a temperature.</summary>
    public bool AtPressure { get; init; }

    /// <summary>The high-spin fraction of the snapshot.</summary>
    public double HighSpinFraction => Spins.Count(s => s > 0) / (double)Spins.Count;

    /// <summary>The half thickness of <see cref="CentralSlice"/> over the nearest-neighbour distance.</summary>
    internal const double SliceHalfThickness = 0.3;

    /// <summary>
    /// The layer of a 3D sample through the molecule nearest its centroid, as a 2D picture draws it: the molecules
    /// within 0.3 nearest-neighbour distances of that molecule's z (layers of a cubic lattice are a apart, of an fcc one
    /// a/√2), with their x, y and spins. A 2D snapshot is its own slice.
    /// </summary>
    public (double[] Positions, sbyte[] Spins, double Z) CentralSlice()
    {
        if (Dimension == 2)
        {
            return ([.. Positions], [.. Spins], 0);
        }

        int n = Spins.Count;
        int centre = MechanoelasticLattice.CentralMolecule(Positions as double[] ?? [.. Positions], 3);
        double Distance2(int i, double x, double y, double z) =>
            Math.Pow(Positions[3 * i] - x, 2) + Math.Pow(Positions[3 * i + 1] - y, 2) + Math.Pow(Positions[3 * i + 2] - z, 2);
        double z0 = Positions[3 * centre + 2];
        double nearest = n > 1
            ? Math.Sqrt(Enumerable.Range(0, n).Where(i => i != centre)
                .Min(i => Distance2(i, Positions[3 * centre], Positions[3 * centre + 1], z0)))
            : 1;
        var kept = Enumerable.Range(0, n).Where(i => Math.Abs(Positions[3 * i + 2] - z0) < SliceHalfThickness * nearest).ToArray();
        return (kept.SelectMany(i => new[] { Positions[3 * i], Positions[3 * i + 1] }).ToArray(), kept.Select(i => Spins[i]).ToArray(), z0);
    }
}
