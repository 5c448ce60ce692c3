namespace SCOModel.Structure.Crystal;

/// <summary>
/// Finds every atom, in every periodic image, within a distance of an atom of the cell. For a cut-off r the images
/// searched along axis k are those with |Δf_k + n_k| ≤ r |a*_k|: a point within r of the origin has fractional
/// coordinate at most r |a*_k| in magnitude, because 1/|a*_k| is the spacing of the lattice planes. Small cells and long
/// cut-offs therefore get as many images as they need, not just the 27 nearest.
/// </summary>
public sealed class PeriodicNeighbours
{
    private readonly CrystalStructure _structure;
    private readonly Vector3D[] _axes;

    public PeriodicNeighbours(CrystalStructure structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        _structure = structure;
        var cell = structure.Cell;
        _axes = [cell.ToCartesian(new Vector3D(1, 0, 0)), cell.ToCartesian(new Vector3D(0, 1, 0)), cell.ToCartesian(new Vector3D(0, 0, 1))];
    }

    /// <summary>The Cartesian vector of a lattice translation, Å.</summary>
    public Vector3D Translate(LatticeTranslation n) => (n.A * _axes[0]) + (n.B * _axes[1]) + (n.C * _axes[2]);

    /// <summary>Every image of every atom within <paramref name="maxDistance"/> of atom <paramref name="atom"/> (not itself).</summary>
    public List<Neighbour> Within(int atom, double maxDistance)
    {
        var atoms = _structure.Atoms;
        var reciprocal = _structure.Cell.ReciprocalLengths;
        var centre = atoms[atom];
        var found = new List<Neighbour>();
        double r2 = maxDistance * maxDistance;
        for (int j = 0; j < atoms.Count; j++)
        {
            var df = atoms[j].Fractional - centre.Fractional;
            var dc = atoms[j].Cartesian - centre.Cartesian;
            var lo = new int[3];
            var hi = new int[3];
            for (int k = 0; k < 3; k++)
            {
                double reach = maxDistance * reciprocal[k];
                lo[k] = (int)Math.Ceiling(-reach - df[k]);
                hi[k] = (int)Math.Floor(reach - df[k]);
            }

            for (int a = lo[0]; a <= hi[0]; a++)
            {
                for (int b = lo[1]; b <= hi[1]; b++)
                {
                    for (int c = lo[2]; c <= hi[2]; c++)
                    {
                        var n = new LatticeTranslation(a, b, c);
                        if (j == atom && n.IsZero)
                        {
                            continue;
                        }

                        var v = dc + Translate(n);
                        double d2 = v.Dot(v);
                        if (d2 <= r2)
                        {
                            found.Add(new Neighbour(j, n, Math.Sqrt(d2), v));
                        }
                    }
                }
            }
        }

        return found;
    }
}
