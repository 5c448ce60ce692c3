using SCOModel.Core.Configuration;
using SCOModel.Core.Lattices;

namespace SCOModel.MeanField;

/// <summary>
/// The mean-field coupling of an Ising-like model config (PHYSICS.md §1–2): a site feels its neighbours through
/// Σ_j J_ij ⟨s⟩ and the long-range term through 2G ⟨s⟩, so J_eff = Σ_j J_ij + 2G and Γ = 2 J_eff (kelvin).
/// </summary>
/// <remarks>
/// Σ_j J_ij is taken in the bulk (surfaces of open lattices are ignored, as mean field ignores them). A lattice kind
/// whose z neighbours fall into F bond families (directions) has z/F neighbours per family: square [x, y] 2 + 2,
/// triangular and cubic 2 + 2 + 2, honeycomb 1 + 1 + 1, chain 2. So Σ_j J_ij = (z/F) Σ_f J_f, which is z J for a
/// uniform J. The all-to-all lattice (every pair z J/(N − 1)) gives (N − 1) · z J/(N − 1) = z J exactly.
/// </remarks>
public static class MeanFieldCoupling
{
    /// <summary>Σ_j J_ij over the bulk neighbours of a site, in kelvin.</summary>
    public static double NeighbourSumK(IsingLikeModelConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        double z = config.Lattice.BulkCoordination;
        if (config.CouplingByDirectionK is not { } byDirection)
        {
            return z * config.CouplingK;
        }

        int families = LatticeSpec.BondFamilyCount(config.Lattice.Kind);
        if (byDirection.Count != families)
        {
            throw new ArgumentException(
                $"a {config.Lattice.Kind} lattice has {families} bond directions, got {byDirection.Count} couplings",
                nameof(config));
        }

        return z / families * byDirection.Sum();
    }

    /// <summary>J_eff = Σ_j J_ij + 2G, the coefficient of ⟨s⟩ in a site's mean field, in kelvin.</summary>
    public static double EffectiveCouplingK(IsingLikeModelConfig config) =>
        NeighbourSumK(config) + (2 * config.LongRangeK);
}
