using SCOModel.Core.Protocols;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The first replica's molecules at the end of one point: positions (interleaved x, y, Å) and spin states (+1 HS,
/// −1 LS), for pictures of nucleation at the corners of an open sample (issue #8).
/// </summary>
/// <param name="Branch">The branch of the point.</param>
/// <param name="Point">The point.</param>
/// <param name="Positions">Interleaved x, y, Å.</param>
/// <param name="Spins">+1 HS, −1 LS.</param>
public sealed record MechanoelasticSnapshot(Branch Branch, ControlPoint Point, IReadOnlyList<double> Positions, IReadOnlyList<sbyte> Spins)
{
    /// <summary>The high-spin fraction of the snapshot.</summary>
    public double HighSpinFraction => Spins.Count(s => s > 0) / (double)Spins.Count;
}
