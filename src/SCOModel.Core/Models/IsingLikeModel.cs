using SCOModel.Core.Lattices;

namespace SCOModel.Core.Models;

/// <summary>
/// An Ising-like model ready for an engine: the parameters of PHYSICS.md §1 bound to a lattice, with the coupling of
/// every directed neighbour entry resolved (per bond family when the config gives per-direction couplings).
/// </summary>
public sealed class IsingLikeModel
{
    private readonly double[] _entryCouplings;
    private readonly SiteTerms? _siteTerms;
    private readonly sbyte[] _trapped = [];
    private readonly byte[] _sublattice = [];
    private readonly bool _explicitEntries;

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

    /// <summary>
    /// A heterogeneous sample (<see cref="Heterogeneity"/>): per-site Δ_i, ln g_i, ΔV_i, per-bond J_ij (already
    /// resolved for each directed entry of <paramref name="lattice"/>), trapped sites (+1 HS, −1 LS, 0 free; empty
    /// for none) and sublattice labels (empty for none).
    /// </summary>
    internal IsingLikeModel(IsingLikeParameters parameters, Lattice lattice, IReadOnlyList<double> couplingByFamilyK,
        double[] entryCouplingsK, SiteTerms siteTerms, sbyte[] trapped, byte[]? sublattice)
    {
        Parameters = parameters;
        Lattice = lattice;
        CouplingByFamilyK = couplingByFamilyK.ToArray();
        _entryCouplings = entryCouplingsK;
        _siteTerms = siteTerms;
        _trapped = trapped;
        _sublattice = sublattice ?? [];
        _explicitEntries = true;
    }

    /// <summary>Builds a heterogeneous sample of a lattice spec (see <see cref="Heterogeneity"/>).</summary>
    public static IsingLikeModel Heterogeneous(IsingLikeParameters parameters, LatticeSpec lattice,
        IReadOnlyList<double>? couplingByFamilyK, Heterogeneity heterogeneity)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(lattice);
        ArgumentNullException.ThrowIfNull(heterogeneity);
        return HeterogeneousSample.Build(parameters, lattice, couplingByFamilyK, heterogeneity);
    }

    /// <summary>
    /// True for a heterogeneous sample: the sites have their own fields h_i (and may be trapped), so engines must use
    /// <see cref="SiteFieldsK"/> and <see cref="TrappedStates"/> instead of the uniform field of
    /// <see cref="Parameters"/>; the tabulated and vector Monte Carlo kernels do not apply.
    /// </summary>
    public bool IsHeterogeneous => _siteTerms is not null;

    /// <summary>Per site: +1 trapped HS, −1 trapped LS, 0 switching; empty when no site is trapped.</summary>
    public ReadOnlySpan<sbyte> TrappedStates => _trapped;

    /// <summary>Per site: 0 for sublattice A, 1 for B; empty without sublattices.</summary>
    public ReadOnlySpan<byte> SublatticeLabels => _sublattice;

    /// <summary>Δ_i of every site in kelvin (heterogeneous samples only; empty otherwise).</summary>
    public ReadOnlySpan<double> SiteDeltaK => _siteTerms is null ? [] : _siteTerms.DeltaK;

    /// <summary>
    /// The field of every site, h_i(T, P) = (T ln g_i − Δ_i − P ΔV_i)/2 in kelvin (PHYSICS.md §1); for a homogeneous
    /// model every entry is <see cref="IsingLikeParameters.FieldK"/>.
    /// </summary>
    public void SiteFieldsK(double temperatureK, double pressureGPa, Span<double> fields)
    {
        if (_siteTerms is null)
        {
            fields[..Lattice.SiteCount].Fill(Parameters.FieldK(temperatureK, pressureGPa));
            return;
        }

        _siteTerms.FieldsK(temperatureK, pressureGPa, fields);
    }

    /// <summary>The coupling shared by every bond, or null when the bonds differ (per-direction couplings).</summary>
    public double? UniformCouplingK => _explicitEntries
        ? (_entryCouplings.Length > 0 && _entryCouplings.All(j => j == _entryCouplings[0]) ? _entryCouplings[0] : null)
        : CouplingByFamilyK.Distinct().Count() == 1 ? CouplingByFamilyK[0] : null;

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

    /// <summary>
    /// Energy per site of a configuration in kelvin: <see cref="EnergyPerSiteK(in ConfigurationMoments, double, double)"/>
    /// with the field term −Σ h_i s_i summed site by site in a heterogeneous sample (one pass over the sites).
    /// </summary>
    public double EnergyPerSiteK(in ConfigurationMoments moments, double temperatureK, double pressureGPa,
        ReadOnlySpan<sbyte> spins)
    {
        if (_siteTerms is null)
        {
            return EnergyPerSiteK(moments, temperatureK, pressureGPa);
        }

        var fields = new double[spins.Length];
        _siteTerms.FieldsK(temperatureK, pressureGPa, fields);
        double fieldSum = 0;
        for (int i = 0; i < spins.Length; i++)
        {
            fieldSum += fields[i] * spins[i];
        }

        double m = moments.Magnetisation;
        double global = 0.5 * GlobalCouplingK * ((m * m) - Lattice.SiteCount);
        return -(fieldSum + moments.WeightedBondSum + global) / Lattice.SiteCount;
    }

    /// <summary>Mean nearest-neighbour correlation ⟨s_i s_j⟩ over the bonds; NaN for a lattice without bonds.</summary>
    public double NearestNeighbourCorrelation(in ConfigurationMoments moments) =>
        Lattice.BondCount == 0 ? double.NaN : (double)moments.BondProductSum / Lattice.BondCount;

    /// <summary>n_HS = (1 + M/N)/2.</summary>
    public double HighSpinFraction(long magnetisation) => 0.5 * (1 + ((double)magnetisation / Lattice.SiteCount));
}

/// <summary>Sums over a configuration: M = Σ s_i, Σ_&lt;ij&gt; J_ij s_i s_j and Σ_&lt;ij&gt; s_i s_j.</summary>
public readonly record struct ConfigurationMoments(long Magnetisation, double WeightedBondSum, long BondProductSum);
