namespace SCOModel.Core.Models;

/// <summary>
/// Two sublattices A and B (binuclear or two-site compounds, two-step transitions; PHYSICS.md §2), each with its own
/// Δ, ln g and ΔV where given.
/// </summary>
/// <param name="Pattern">How sites are assigned to A and B.</param>
/// <param name="A">Sublattice A's values.</param>
/// <param name="B">Sublattice B's values.</param>
public sealed record Sublattices(SublatticePattern Pattern, SublatticeSite A, SublatticeSite B)
{
    /// <summary>A split with no site differences (only the pattern, e.g. for per-sublattice couplings).</summary>
    public static Sublattices Plain(SublatticePattern pattern) => new(pattern, new SublatticeSite(), new SublatticeSite());
}
