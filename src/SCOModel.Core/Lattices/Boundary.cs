namespace SCOModel.Core.Lattices;

/// <summary>Boundary conditions of a lattice.</summary>
public enum Boundary
{
    Periodic,
    Open,
}
