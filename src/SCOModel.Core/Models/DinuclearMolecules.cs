using SCOModel.Core.Lattices;

namespace SCOModel.Core.Models;

/// <summary>
/// The molecules of the <see cref="SublatticePattern.Dimers"/> pattern (PHYSICS.md §2, dinuclear molecules): the sites
/// (2k, y, z) and (2k + 1, y, z) of a one-site-per-cell lattice form molecule (k, y, z), A the first and B the second;
/// the nearest-neighbour bond between them is the molecule's intramolecular bond.
/// </summary>
internal static class DinuclearMolecules
{
    /// <summary>Throws unless the lattice can be cut into such molecules: one site per cell and an even x length.</summary>
    public static void Validate(LatticeSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Kind is LatticeKind.AllToAll or LatticeKind.Honeycomb)
        {
            throw new ArgumentException(
                $"the dimers pattern pairs neighbouring sites along x on the chain, square, triangular or cubic " +
                $"lattice, not on the {ConfigurationName(spec.Kind)} lattice");
        }

        if (spec.Size[0] % 2 != 0)
        {
            throw new ArgumentException(
                $"the dimers pattern needs an even number of sites along x to pair them into molecules, got {spec.Size[0]}");
        }
    }

    /// <summary>True when sites i and j (indices of the full lattice) are the two irons of one molecule.</summary>
    public static bool SameMolecule(LatticeSpec spec, int i, int j)
    {
        int lx = spec.Size[0];
        var (rowI, xI) = Math.DivRem(i, lx);
        var (rowJ, xJ) = Math.DivRem(j, lx);
        return i != j && rowI == rowJ && xI / 2 == xJ / 2;
    }

    private static string ConfigurationName(LatticeKind kind) => kind == LatticeKind.AllToAll ? "all-to-all" : "honeycomb";
}
