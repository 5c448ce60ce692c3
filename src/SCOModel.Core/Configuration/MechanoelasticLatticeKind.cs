namespace SCOModel.Core.Configuration;

/// <summary>The lattices of the mechanoelastic model (PHYSICS.md §4).</summary>
public enum MechanoelasticLatticeKind
{
    /// <summary>The 2D triangular (hexagonal close-packed) lattice, z = 6, rigid with nearest-neighbour springs alone.</summary>
    Triangular,

    /// <summary>
    /// The 2D square lattice, z = 4, with diagonal (next-nearest) springs k' at rest length √2 (R_i + R_j), which give
    /// it its shear rigidity.
    /// </summary>
    Square,

    /// <summary>
    /// The 3D simple cubic lattice, z = 6, with face-diagonal (next-nearest) springs k' at rest length √2 (R_i + R_j),
    /// which give it its shear rigidity, as the square lattice's diagonals do in 2D.
    /// </summary>
    Cubic,

    /// <summary>The 3D face-centred cubic (cubic close-packed) lattice, z = 12, rigid with nearest-neighbour springs alone.</summary>
    Fcc,
}
