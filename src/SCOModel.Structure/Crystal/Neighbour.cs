namespace SCOModel.Structure.Crystal;

/// <summary>
/// Atom <paramref name="Atom"/> of the cell in periodic image <paramref name="Image"/>, seen from another atom:
/// <paramref name="Vector"/> points from that atom to this one (Å) and <paramref name="Distance"/> is its length.
/// </summary>
public readonly record struct Neighbour(int Atom, LatticeTranslation Image, double Distance, Vector3D Vector);
