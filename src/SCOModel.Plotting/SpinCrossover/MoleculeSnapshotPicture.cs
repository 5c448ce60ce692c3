using System.Globalization;
using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.SpinCrossover;

/// <summary>
/// A snapshot of molecules at their actual (relaxed) positions, coloured by spin state as in
/// <see cref="SpinStatePicture"/>: HS vermillion, LS blue. For elastic models, whose molecules move off the lattice
/// (mechanoelastic model, PHYSICS.md §4), so that nucleation at corners and the lattice's distortion show.
/// </summary>
public static class MoleculeSnapshotPicture
{
    /// <summary>The picture of molecules at positions (interleaved x, y) in spin states +1 (HS) or −1 (LS).</summary>
    public static Figure Build(IReadOnlyList<double> positions, IReadOnlyList<sbyte> spins, string? title, string caption)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(spins);
        if (positions.Count != 2 * spins.Count || spins.Count == 0)
        {
            throw new ArgumentException(
                $"expected interleaved x, y for {spins.Count} molecules, got {positions.Count} coordinates", nameof(positions));
        }

        var sites = new LatticeSite[spins.Count];
        int highSpin = 0;
        for (int i = 0; i < spins.Count; i++)
        {
            if (spins[i] is not (1 or -1))
            {
                throw new ArgumentException($"spin {i} is {spins[i]}; spins are +1 (HS) or −1 (LS)", nameof(spins));
            }

            highSpin += spins[i] == 1 ? 1 : 0;
            sites[i] = new LatticeSite(positions[2 * i], positions[2 * i + 1], spins[i] == 1 ? 0 : 1);
        }

        double fraction = (double)highSpin / spins.Count;
        SiteState[] states =
        [
            new($"HS ({Percent(fraction)})", BranchStyles.ColourOf(Core.Protocols.Branch.Heating)),
            new($"LS ({Percent(1 - fraction)})", BranchStyles.ColourOf(Core.Protocols.Branch.Cooling)),
        ];
        return new Figure(new LatticePicture(sites, states) { Caption = caption }) { Title = title };
    }

    private static string Percent(double fraction) =>
        (100 * fraction).ToString("F1", CultureInfo.InvariantCulture) + " %";
}
