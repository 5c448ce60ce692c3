using System.Globalization;
using SCOModel.Core.Lattices;
using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.SpinCrossover;

/// <summary>
/// A snapshot of a lattice's spin states: HS sites vermillion, LS sites blue, at their lattice positions (domains and
/// nucleation show as patches). A 3D lattice shows its bottom layer; a lattice with more sites than fit legibly shows
/// a square window at its centre, and the caption says so.
/// </summary>
public static class SpinStatePicture
{
    /// <summary>The most sites drawn: 64 x 64 discs of several pixels each, and an SVG of a few hundred kilobytes.</summary>
    public const int DefaultMaxSites = 4096;

    /// <summary>The picture of a configuration: spins[i] is +1 (HS) or −1 (LS) for site i.</summary>
    public static Figure Build(Lattice lattice, ReadOnlySpan<sbyte> spins, string? title = null,
        int maxSites = DefaultMaxSites)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSites, 1);
        if (spins.Length != lattice.SiteCount)
        {
            throw new ArgumentException(
                $"the lattice has {lattice.SiteCount} sites but {spins.Length} spins were given", nameof(spins));
        }

        if (lattice.IsAllToAll)
        {
            throw new ArgumentException("an all-to-all lattice has no geometry to draw", nameof(lattice));
        }

        int highSpin = 0;
        for (int i = 0; i < spins.Length; i++)
        {
            if (spins[i] is not (1 or -1))
            {
                throw new ArgumentException($"spin {i} is {spins[i]}; spins are +1 (HS) or −1 (LS)", nameof(spins));
            }

            highSpin += spins[i] == 1 ? 1 : 0;
        }

        var positions = Enumerable.Range(0, lattice.SiteCount).Select(i => (Site: i, At: lattice.PositionOf(i))).ToList();
        double bottom = positions.Min(p => p.At.Z);
        bool layered = positions.Any(p => p.At.Z != bottom);
        var layer = positions.Where(p => Math.Abs(p.At.Z - bottom) < 1e-9).ToList();
        double centreX = layer.Average(p => p.At.X), centreY = layer.Average(p => p.At.Y);

        // The sites nearest the centre in the max-norm form a square window, whole even on a sheared (triangular,
        // honeycomb) lattice, whose corners are slanted.
        var shown = layer.Count <= maxSites
            ? layer
            : layer.OrderBy(p => Math.Max(Math.Abs(p.At.X - centreX), Math.Abs(p.At.Y - centreY)))
                .ThenBy(p => p.Site).Take(maxSites).ToList();

        var sites = new LatticeSite[shown.Count];
        for (int k = 0; k < shown.Count; k++)
        {
            sites[k] = new LatticeSite(shown[k].At.X, shown[k].At.Y, spins[shown[k].Site] == 1 ? 0 : 1);
        }

        double fraction = (double)highSpin / spins.Length;
        SiteState[] states =
        [
            new($"HS ({Percent(fraction)})", BranchStyles.ColourOf(Core.Protocols.Branch.Heating)),
            new($"LS ({Percent(1 - fraction)})", BranchStyles.ColourOf(Core.Protocols.Branch.Cooling)),
        ];
        var notes = new List<string>();
        if (layered)
        {
            notes.Add("bottom layer");
        }

        if (shown.Count < layer.Count)
        {
            notes.Add($"a central window of {shown.Count} of {layer.Count} sites");
        }

        string caption = $"{lattice.Spec.Kind} lattice, {lattice.SiteCount} sites" +
            (notes.Count > 0 ? "; showing " + string.Join(", ", notes) : string.Empty) +
            "; percentages over all sites";
        return new Figure(new LatticePicture(sites, states) { Caption = caption }) { Title = title };
    }

    private static string Percent(double fraction) =>
        (100 * fraction).ToString("F1", CultureInfo.InvariantCulture) + " %";
}
