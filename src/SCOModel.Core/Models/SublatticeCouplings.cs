namespace SCOModel.Core.Models;

/// <summary>
/// J per pair of sublattices, in kelvin, replacing the uniform J: J_AA, J_BB and the inter-sublattice K = J_AB
/// (PHYSICS.md §2). K &lt; 0 (antiferro-like, elastic frustration) favours HS–LS pairs and makes the plateau of a
/// two-step transition.
/// </summary>
/// <param name="AA">J between two A sites.</param>
/// <param name="BB">J between two B sites.</param>
/// <param name="AB">K between an A and a B site.</param>
public sealed record SublatticeCouplings(double AA, double BB, double AB)
{
    /// <summary>The coupling of a bond between sites of sublattices a and b (0 = A, 1 = B).</summary>
    public double Between(byte a, byte b) => a != b ? AB : a == 0 ? AA : BB;
}
