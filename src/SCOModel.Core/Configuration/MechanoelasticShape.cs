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

    /// <summary>A periodic rectangular box of fixed size; size = [molecules per row, rows (even)].</summary>
    Periodic,
}
