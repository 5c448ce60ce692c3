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
}
