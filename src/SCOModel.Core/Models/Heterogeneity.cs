namespace SCOModel.Core.Models;

/// <summary>
/// What makes the sites and bonds of an Ising-like sample differ (PHYSICS.md §1 Δ_i and J_ij, §2 two sublattices and
/// trapped sites, §6 halogen contacts). Every random choice is a pure function of <see cref="SampleSeed"/> and the
/// site (<see cref="SampleRandom"/>): one sample, shared by every replica and path of a run and independent of the
/// Monte Carlo seed. The order of construction: sublattice values, then Δ disorder, then bonds (per sublattice, plus
/// halogen contacts), then inert sites are removed, then trapped sites are chosen among the remaining ones.
/// </summary>
public sealed record Heterogeneity
{
    /// <summary>The seed of the sample's quenched randomness.</summary>
    public ulong SampleSeed { get; init; } = 1;

    /// <summary>Two sublattices with their own Δ, ln g, ΔV; null for one kind of site.</summary>
    public Sublattices? Sublattices { get; init; }

    /// <summary>J by sublattice pair (replaces J; needs <see cref="Sublattices"/>); null for the model's J.</summary>
    public SublatticeCouplings? CouplingBySublatticeK { get; init; }

    /// <summary>
    /// J_intra in kelvin on the bond inside each dinuclear molecule (needs the <see cref="SublatticePattern.Dimers"/>
    /// pattern; PHYSICS.md §2): it replaces, on that bond only, the coupling the bond would get from
    /// <see cref="CouplingBySublatticeK"/> or the model's J, which then couple the molecules. May be negative. Null
    /// for no intramolecular coupling of its own.
    /// </summary>
    public double? IntramolecularK { get; init; }

    /// <summary>Site-energy disorder of Δ; null for none.</summary>
    public SiteDisorder? SiteDisorder { get; init; }

    /// <summary>Trapped HS and LS fractions; null for none.</summary>
    public TrappedSites? Trapped { get; init; }

    /// <summary>Fraction of inert sites, removed from the graph with their bonds (exactly round(f N) sites).</summary>
    public double DilutionFraction { get; init; }

    /// <summary>Halogen-contact networks adding J_XB along a bond direction; null or empty for none.</summary>
    public IReadOnlyList<HalogenContactBonds>? HalogenContacts { get; init; }

    /// <summary>The law J_XB(R_XB, θ, X); required with <see cref="HalogenContacts"/>.</summary>
    public HalogenCouplingLaw? HalogenCoupling { get; init; }

    /// <summary>True when only the two sublattices (values and couplings) differ: the case mean field solves exactly.</summary>
    public bool IsTwoSublatticeOnly =>
        Sublattices is not null && SiteDisorder is null && DilutionFraction == 0 && HalogenContacts is not { Count: > 0 };
}
