using SCOModel.Core.Lattices;

namespace SCOModel.Core.Models;

/// <summary>
/// An Ising-like model ready for an engine: the parameters of PHYSICS.md §1 bound to a lattice, with the coupling of
/// every directed neighbour entry resolved (per bond family when the config gives per-direction couplings).
/// </summary>
public sealed class IsingLikeModel
{
    private readonly double[] _entryCouplings;

    /// <param name="parameters">Δ, ln g, J, G, ΔV.</param>
    /// <param name="lattice">The neighbour graph.</param>
    /// <param name="couplingByFamilyK">Optional J per bond family (direction), replacing the uniform J.</param>
    public IsingLikeModel(IsingLikeParameters parameters, Lattice lattice, IReadOnlyList<double>? couplingByFamilyK = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(lattice);
        Parameters = parameters;
        Lattice = lattice;
        int families = LatticeSpec.BondFamilyCount(lattice.Spec.Kind);
        if (couplingByFamilyK is not null && couplingByFamilyK.Count != families)
        {
            throw new ArgumentException(
                $"a {lattice.Spec.Kind} lattice has {families} bond families, got {couplingByFamilyK.Count} couplings",
                nameof(couplingByFamilyK));
        }

        CouplingByFamilyK = couplingByFamilyK?.ToArray() ?? Enumerable.Repeat(parameters.CouplingK, families).ToArray();
        var entryFamilies = lattice.BondFamilies;
        _entryCouplings = new double[entryFamilies.Length];
        for (int e = 0; e < entryFamilies.Length; e++)
        {
            _entryCouplings[e] = CouplingByFamilyK[entryFamilies[e]];
        }
    }

    /// <summary>The coupling shared by every bond, or null when the bonds differ (per-direction couplings).</summary>
    public double? UniformCouplingK => CouplingByFamilyK.Distinct().Count() == 1 ? CouplingByFamilyK[0] : null;

    /// <summary>The Hamiltonian's parameters.</summary>
    public IsingLikeParameters Parameters { get; }

    /// <summary>The lattice.</summary>
    public Lattice Lattice { get; }

    /// <summary>J per bond family, in kelvin.</summary>
    public IReadOnlyList<double> CouplingByFamilyK { get; }

    /// <summary>J of each directed CSR entry of the lattice, in kelvin.</summary>
    public ReadOnlySpan<double> EntryCouplingsK => _entryCouplings;

    /// <summary>
    /// Coefficient c of the global coupling: flipping s_k costs 2 s_k c (M − s_k) on top of the local terms, with M
    /// the total magnetisation. It collects the long-range term −G M^2/N (c = 2G/N, PHYSICS.md §1, G⟨s⟩Σs) and, for
    /// the all-to-all lattice, the pair coupling z J/(N − 1) of every pair.
    /// </summary>
    public double GlobalCouplingK
    {
        get
        {
            int n = Lattice.SiteCount;
            double c = 2 * Parameters.LongRangeK / n;
            if (Lattice.IsAllToAll)
            {
                c += Lattice.Spec.BulkCoordination * CouplingByFamilyK[0] / (n - 1);
            }

            return c;
        }
    }

    /// <summary>The sums every observable of a configuration is built from, in one pass over the bonds.</summary>
    public ConfigurationMoments Measure(ReadOnlySpan<sbyte> spins)
    {
        var offsets = Lattice.Offsets;
        var neighbours = Lattice.Neighbours;
        long m = 0;
        long products = 0;
        double weighted = 0;
        for (int i = 0; i < spins.Length; i++)
        {
            int s = spins[i];
            m += s;
            int plain = 0;
            double local = 0;
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                int sj = spins[neighbours[e]];
                plain += sj;
                local += _entryCouplings[e] * sj;
            }

            products += s * plain;
            weighted += s * local;
        }

        // Every bond was seen from both ends.
        return new ConfigurationMoments(m, weighted / 2, products / 2);
    }

    /// <summary>
    /// Energy per site in kelvin: H/N with H = −h M − Σ_&lt;ij&gt; J_ij s_i s_j − (c/2)(M^2 − N), c as in
    /// <see cref="GlobalCouplingK"/> (the constant G of −G M^2/N is dropped).
    /// </summary>
    public double EnergyPerSiteK(in ConfigurationMoments moments, double temperatureK, double pressureGPa)
    {
        double h = Parameters.FieldK(temperatureK, pressureGPa);
        double m = moments.Magnetisation;
        double global = 0.5 * GlobalCouplingK * ((m * m) - Lattice.SiteCount);
        return -((h * m) + moments.WeightedBondSum + global) / Lattice.SiteCount;
    }

    /// <summary>Mean nearest-neighbour correlation ⟨s_i s_j⟩ over the bonds; NaN for a lattice without bonds.</summary>
    public double NearestNeighbourCorrelation(in ConfigurationMoments moments) =>
        Lattice.BondCount == 0 ? double.NaN : (double)moments.BondProductSum / Lattice.BondCount;

    /// <summary>n_HS = (1 + M/N)/2.</summary>
    public double HighSpinFraction(long magnetisation) => 0.5 * (1 + ((double)magnetisation / Lattice.SiteCount));
}

/// <summary>Sums over a configuration: M = Σ s_i, Σ_&lt;ij&gt; J_ij s_i s_j and Σ_&lt;ij&gt; s_i s_j.</summary>
public readonly record struct ConfigurationMoments(long Magnetisation, double WeightedBondSum, long BondProductSum);
