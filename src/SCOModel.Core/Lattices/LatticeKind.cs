namespace SCOModel.Core.Lattices;

/// <summary>The lattices SCOModel can build. Config names are kebab-case: chain, square, ..., all-to-all.</summary>
public enum LatticeKind
{
    Chain,
    Square,
    Triangular,
    Honeycomb,
    Cubic,
    AllToAll,
}
