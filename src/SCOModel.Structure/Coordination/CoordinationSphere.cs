using System.Text;
using SCOModel.Structure.Crystal;
using SCOModel.Structure.Topology;

namespace SCOModel.Structure.Coordination;

/// <summary>
/// A metal centre and its donors: the non-metal, non-hydrogen atoms, over all periodic images, within
/// (r_cov(M) + r_cov(X)) (1 + tolerance) of the metal (covalent radii of Cordero et al., Dalton Trans. 2008, 2832;
/// high-spin radii for Mn, Fe, Co), nearest first.
/// </summary>
public sealed class CoordinationSphere
{
    private CoordinationSphere(CellAtom metal, IReadOnlyList<Neighbour> donors, IReadOnlyList<CellAtom> donorAtoms)
    {
        Metal = metal;
        Donors = donors;
        DonorAtoms = donorAtoms;
    }

    public CellAtom Metal { get; }

    /// <summary>The donors as seen from the metal, nearest first.</summary>
    public IReadOnlyList<Neighbour> Donors { get; }

    /// <summary>The cell atoms of <see cref="Donors"/>, in the same order.</summary>
    public IReadOnlyList<CellAtom> DonorAtoms { get; }

    public int CoordinationNumber => Donors.Count;

    /// <summary>
    /// The donor set in the usual notation: N first, then O, then the others alphabetically, each with its count
    /// ("N6", "N4O2", "N2O2S2", "C6").
    /// </summary>
    public string DonorSet
    {
        get
        {
            var counts = DonorAtoms.GroupBy(a => a.Element.Symbol)
                .OrderBy(g => g.Key switch { "N" => 0, "O" => 1, _ => 2 })
                .ThenBy(g => g.Key, StringComparer.Ordinal);
            var text = new StringBuilder();
            foreach (var group in counts)
            {
                text.Append(group.Key).Append(group.Count());
            }

            return text.ToString();
        }
    }

    /// <summary>The sphere of a metal atom from the structure's bonds.</summary>
    public static CoordinationSphere Of(CrystalStructure structure, BondGraph bonds, int metal)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(bonds);
        var donors = bonds.BondsOf(metal).Where(n => structure.Atoms[n.Atom].Element.IsDonor).ToList();
        return new CoordinationSphere(structure.Atoms[metal], donors, donors.Select(n => structure.Atoms[n.Atom]).ToList());
    }

    /// <summary>The octahedral distortion parameters; null unless the centre is six-coordinate.</summary>
    public OctahedralDistortion? Distortion() => CoordinationNumber == 6
        ? OctahedralDistortion.Of(Vector3D.Zero, Donors.Select(d => d.Vector).ToList())
        : null;
}
