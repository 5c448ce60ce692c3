using SCOModel.Core.Lattices;

namespace SCOModel.Core.Models;

/// <summary>
/// Builds an <see cref="IsingLikeModel"/> with per-site Δ_i, ln g_i, ΔV_i, per-bond J_ij, trapped and inert sites
/// from the model's parameters and a <see cref="Heterogeneity"/> (see its order of construction).
/// </summary>
internal static class HeterogeneousSample
{
    public static IsingLikeModel Build(IsingLikeParameters parameters, LatticeSpec spec,
        IReadOnlyList<double>? couplingByFamilyK, Heterogeneity heterogeneity)
    {
        var full = LatticeBuilder.Build(spec);
        int n = full.SiteCount;
        int families = LatticeSpec.BondFamilyCount(spec.Kind);
        var byFamily = couplingByFamilyK?.ToArray() ?? Enumerable.Repeat(parameters.CouplingK, families).ToArray();
        ulong seed = heterogeneity.SampleSeed;

        // Sites: sublattice values, then the Δ disorder (drawn per original site index).
        bool dimers = heterogeneity.Sublattices?.Pattern == SublatticePattern.Dimers;
        if (dimers)
        {
            DinuclearMolecules.Validate(spec);
        }
        else if (heterogeneity.IntramolecularK is not null)
        {
            throw new ArgumentException("an intramolecular coupling needs the dimers sublattice pattern");
        }

        var sublattice = heterogeneity.Sublattices is { } split ? Labels(spec, split.Pattern, n) : null;
        var delta = new double[n];
        var lnG = new double[n];
        var volume = new double[n];
        for (int i = 0; i < n; i++)
        {
            var site = sublattice is null ? null : sublattice[i] == 0 ? heterogeneity.Sublattices!.A : heterogeneity.Sublattices!.B;
            delta[i] = (site?.DeltaK ?? parameters.DeltaK) + (heterogeneity.SiteDisorder?.OffsetK(seed, i) ?? 0);
            lnG[i] = site?.LnG ?? parameters.LnG;
            volume[i] = site?.DeltaVA3 ?? parameters.DeltaVA3;
        }

        // Bonds: per family or per sublattice pair, J_intra inside each dinuclear molecule, plus the halogen contacts.
        var offsets = full.Offsets;
        var neighbours = full.Neighbours;
        var entryFamilies = full.BondFamilies;
        var couplings = new double[neighbours.Length];
        for (int i = 0; i < n; i++)
        {
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                couplings[e] = heterogeneity.CouplingBySublatticeK is { } bySublattice
                    ? bySublattice.Between(sublattice![i], sublattice[neighbours[e]])
                    : byFamily[entryFamilies[e]];
                if (heterogeneity.IntramolecularK is { } intra && DinuclearMolecules.SameMolecule(spec, i, neighbours[e]))
                {
                    couplings[e] = intra;
                }
            }
        }

        AddHalogenContacts(heterogeneity, full, couplings, families);

        // Inert sites leave the graph; the others are renumbered in order.
        var keep = Chosen(seed, SamplePurpose.Dilution, n, heterogeneity.DilutionFraction, invert: true);
        var lattice = full;
        if (keep.Contains(false))
        {
            (lattice, couplings) = Diluted(full, couplings, keep);
            delta = Compact(delta, keep);
            lnG = Compact(lnG, keep);
            volume = Compact(volume, keep);
            sublattice = sublattice is null ? null : Compact(sublattice, keep);
        }

        var trapped = Trapped(seed, lattice.SiteCount, heterogeneity.Trapped);
        return new IsingLikeModel(parameters, lattice, byFamily, couplings, new SiteTerms(delta, lnG, volume), trapped,
            sublattice);
    }

    /// <summary>The sublattice (0 = A, 1 = B) of every site of the full lattice.</summary>
    public static byte[] Labels(LatticeSpec spec, SublatticePattern pattern, int siteCount)
    {
        int basis = LatticeSpec.SitesPerCell(spec.Kind);
        int lx = spec.Size[0];
        int ly = spec.Size.Count > 1 ? spec.Size[1] : 1;
        var labels = new byte[siteCount];
        for (int site = 0; site < siteCount; site++)
        {
            var (cell, b) = Math.DivRem(site, basis);
            var (yz, x) = Math.DivRem(cell, lx);
            var (z, y) = Math.DivRem(yz, ly);
            int parity = pattern switch
            {
                _ when spec.Kind == LatticeKind.AllToAll => site,
                SublatticePattern.Checkerboard when spec.Kind == LatticeKind.Honeycomb => b,
                SublatticePattern.Checkerboard => x + y + z,
                SublatticePattern.Stripes => spec.Kind == LatticeKind.Chain ? x : y,
                SublatticePattern.Dimers => x,
                _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, null),
            };
            labels[site] = (byte)(parity & 1);
        }

        return labels;
    }

    private static void AddHalogenContacts(Heterogeneity heterogeneity, Lattice lattice, double[] couplings, int families)
    {
        var contacts = heterogeneity.HalogenContacts ?? [];
        if (contacts.Count == 0)
        {
            return;
        }

        var law = heterogeneity.HalogenCoupling
            ?? throw new ArgumentException("halogen contacts need a coupling law (halogenCoupling)");
        int n = lattice.SiteCount;
        for (int k = 0; k < contacts.Count; k++)
        {
            var bonds = contacts[k];
            if (bonds.Direction < 0 || bonds.Direction >= families)
            {
                throw new ArgumentException(
                    $"halogen contact {k}: direction {bonds.Direction} is not one of the lattice's {families} bond directions");
            }

            // Each contact network has its own stream of molecule choices.
            var purpose = (SamplePurpose)((ulong)SamplePurpose.HalogenContact + (16UL * (ulong)k));
            var makes = Chosen(heterogeneity.SampleSeed, purpose, n, bonds.Fraction, invert: false);
            double j = law.CouplingK(bonds.Contact);
            var offsets = lattice.Offsets;
            var neighbours = lattice.Neighbours;
            var entryFamilies = lattice.BondFamilies;
            for (int i = 0; i < n; i++)
            {
                for (int e = offsets[i]; e < offsets[i + 1]; e++)
                {
                    if (entryFamilies[e] == bonds.Direction && makes[i] && makes[neighbours[e]])
                    {
                        couplings[e] += j;
                    }
                }
            }
        }
    }

    /// <summary>Exactly round(f N) sites marked true (or, inverted, all but those), chosen by the seeded permutation.</summary>
    private static bool[] Chosen(ulong seed, SamplePurpose purpose, int n, double fraction, bool invert)
    {
        var marks = new bool[n];
        int count = (int)Math.Round(fraction * n, MidpointRounding.AwayFromZero);
        if (invert)
        {
            Array.Fill(marks, true);
        }

        if (count == 0)
        {
            return marks;
        }

        var order = SampleRandom.Permutation(seed, purpose, n);
        for (int k = 0; k < count; k++)
        {
            marks[order[k]] = !invert;
        }

        return marks;
    }

    private static sbyte[] Trapped(ulong seed, int n, TrappedSites? trapped)
    {
        if (trapped is null)
        {
            return [];
        }

        int high = (int)Math.Round(trapped.HighSpinFraction * n, MidpointRounding.AwayFromZero);
        int low = (int)Math.Round(trapped.LowSpinFraction * n, MidpointRounding.AwayFromZero);
        if (high + low > n)
        {
            throw new ArgumentException("the trapped HS and LS fractions add up to more than 1");
        }

        var states = new sbyte[n];
        var order = SampleRandom.Permutation(seed, SamplePurpose.Trapping, n);
        for (int k = 0; k < high + low; k++)
        {
            states[order[k]] = k < high ? (sbyte)1 : (sbyte)-1;
        }

        return states;
    }

    private static (Lattice Lattice, double[] Couplings) Diluted(Lattice full, double[] couplings, bool[] keep)
    {
        int n = full.SiteCount;
        var index = new int[n];
        var original = new List<int>();
        for (int i = 0; i < n; i++)
        {
            index[i] = keep[i] ? original.Count : -1;
            if (keep[i])
            {
                original.Add(i);
            }
        }

        var offsets = new int[original.Count + 1];
        var neighbours = new List<int>();
        var families = new List<byte>();
        var kept = new List<double>();
        var fullOffsets = full.Offsets;
        var fullNeighbours = full.Neighbours;
        var fullFamilies = full.BondFamilies;
        for (int k = 0; k < original.Count; k++)
        {
            int i = original[k];
            for (int e = fullOffsets[i]; e < fullOffsets[i + 1]; e++)
            {
                int j = index[fullNeighbours[e]];
                if (j >= 0)
                {
                    neighbours.Add(j);
                    families.Add(fullFamilies[e]);
                    kept.Add(couplings[e]);
                }
            }

            offsets[k + 1] = neighbours.Count;
        }

        var sites = original.ToArray();
        var lattice = new Lattice(full.Spec, sites.Length, offsets, neighbours.ToArray(), families.ToArray(),
            site => full.PositionOf(sites[site]));
        return (lattice, kept.ToArray());
    }

    private static T[] Compact<T>(T[] values, bool[] keep) => values.Where((_, i) => keep[i]).ToArray();
}
