namespace SCOModel.Core.Models;

/// <summary>How the sites are split into sublattices A and B (PHYSICS.md §2, two-sublattice).</summary>
public enum SublatticePattern
{
    /// <summary>
    /// A where the cell coordinates sum to an even number (x + y + z), B where odd; on the honeycomb the two basis
    /// sites. On the chain, square and cubic lattices every nearest-neighbour bond is then A–B.
    /// </summary>
    Checkerboard,

    /// <summary>
    /// Alternating rows along the second axis (y; x for a chain): bonds within a row are A–A or B–B, bonds between
    /// rows A–B. On the square lattice z_AA = z_BB = 2 and z_AB = 2; on the triangular z_AA = 2, z_AB = 4.
    /// </summary>
    Stripes,

    /// <summary>
    /// Dinuclear molecules (PHYSICS.md §2, "for dinuclear molecules, an intramolecular coupling"): sites (2k, y, z) and
    /// (2k + 1, y, z) are the two irons of one molecule, A at even x and B at odd x; the bond between them is the
    /// intramolecular bond (<see cref="Heterogeneity.IntramolecularK"/>), every other bond is between molecules. Needs
    /// an even length along x on the chain, square, triangular or cubic lattice (<see cref="DinuclearMolecules"/>).
    /// </summary>
    Dimers,
}
