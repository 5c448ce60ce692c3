namespace SCOModel.Structure.Crystal;

/// <summary>
/// An atom of the unit cell: the image of site <paramref name="Site"/> under symmetry operation
/// <paramref name="Operation"/>, moved by the lattice vector <paramref name="Shift"/> into [0, 1) so that
/// <c>Fractional = operation(site) + Shift</c>. Operation 0 is the identity, so an atom with operation 0 and no shift is
/// the site itself.
/// </summary>
public sealed record CellAtom(int Index, int Site, AtomSite Source, int Operation, LatticeTranslation Shift, Vector3D Fractional, Vector3D Cartesian)
{
    public Element Element => Source.Element;

    public string Label => Source.Label;

    public double Occupancy => Source.Occupancy;

    /// <summary>True for the site's own position (the asymmetric unit).</summary>
    public bool IsAsymmetricUnit => Operation == 0;

    /// <summary>
    /// The CIF symmetry code of this atom's image <paramref name="image"/> seen from an atom of the asymmetric unit:
    /// "n_klm" with n the 1-based operation and k, l, m the translation plus 5 (as in <c>_geom_bond_site_symmetry_2</c>);
    /// "." for the site itself.
    /// </summary>
    public string SymmetryCode(LatticeTranslation image)
    {
        var total = Shift + image;
        return Operation == 0 && total.IsZero ? "." : $"{Operation + 1}_{total.A + 5}{total.B + 5}{total.C + 5}";
    }
}
