namespace SCOModel.Core.Configuration;

/// <summary>
/// How a mechanoelastic lattice is cut (PHYSICS.md §4, "Boundary conditions matter"): open samples of a given shape,
/// whose free corners and edges nucleate the transition, or a periodic box without edges.
/// </summary>
public enum MechanoelasticShape
{
    /// <summary>An open hexagon; size = [molecules per side] (3 L (L − 1) + 1 molecules).</summary>
    Hexagon,

    /// <summary>An open disc; size = [radius in lattice constants].</summary>
    Disc,

    /// <summary>An open rectangle of offset rows; size = [molecules per row, rows].</summary>
    Rectangle,

    /// <summary>
    /// A periodic box: for a 2D lattice rectangular, size = [molecules per row, rows (even for a triangular one)]; for a
    /// 3D lattice a rectangular cuboid, size = [cubic cells along x, y, z] (one molecule per cell for a cubic lattice,
    /// four for an fcc one).
    /// </summary>
    Periodic,

    /// <summary>An open cube of a 3D lattice; size = [cubic cells per edge] (L + 1 molecules per edge).</summary>
    Cube,

    /// <summary>An open sphere of a 3D lattice; size = [radius in nearest-neighbour distances].</summary>
    Sphere,
}
