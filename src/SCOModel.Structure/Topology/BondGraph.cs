using SCOModel.Structure.Crystal;

namespace SCOModel.Structure.Topology;

/// <summary>
/// The covalent (and coordinative) bonds of a crystal over its periodic images. Two atoms are bonded when
/// d ≤ (r_cov(i) + r_cov(j)) (1 + tolerance), with the covalent radii of Cordero et al., Dalton Trans. 2008, 2832;
/// metal–metal pairs are not bonds here (argentophilic and similar contacts would otherwise join complexes), and
/// neither are metal–hydrogen pairs (riding H atoms of a ligand can come close to the metal).
/// </summary>
public sealed class BondGraph
{
    private readonly List<Neighbour>[] _bonds;

    private BondGraph(List<Neighbour>[] bonds, double tolerance)
    {
        _bonds = bonds;
        Tolerance = tolerance;
    }

    /// <summary>The relative tolerance on the sum of covalent radii.</summary>
    public double Tolerance { get; }

    /// <summary>Builds the graph of a structure.</summary>
    public static BondGraph Build(CrystalStructure structure, PeriodicNeighbours search, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(search);
        var atoms = structure.Atoms;
        double largest = atoms.Count == 0 ? 0 : atoms.Max(a => a.Element.CovalentRadius);
        var bonds = new List<Neighbour>[atoms.Count];
        for (int i = 0; i < atoms.Count; i++)
        {
            var ei = atoms[i].Element;
            bonds[i] = search.Within(i, (ei.CovalentRadius + largest) * (1 + tolerance))
                .Where(n => IsBond(ei, atoms[n.Atom].Element, n.Distance, tolerance))
                .OrderBy(n => n.Distance)
                .ToList();
        }

        return new BondGraph(bonds, tolerance);
    }

    /// <summary>The bond criterion for two elements at distance d (Å).</summary>
    public static bool IsBond(Element a, Element b, double distance, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if ((a.IsMetal && b.IsMetal) || (a.IsMetal && b.Symbol == "H") || (b.IsMetal && a.Symbol == "H"))
        {
            return false;
        }

        return distance <= (a.CovalentRadius + b.CovalentRadius) * (1 + tolerance);
    }

    /// <summary>The bonds of an atom, nearest first.</summary>
    public IReadOnlyList<Neighbour> BondsOf(int atom) => _bonds[atom];

    /// <summary>
    /// True when atom <paramref name="j"/> in image <paramref name="image"/> is reached from atom <paramref name="i"/>
    /// (image 0) by a path of at most <paramref name="maxBonds"/> bonds: 1–2, 1–3 and 1–4 neighbours of one molecule
    /// are its geometry, not contacts.
    /// </summary>
    public bool IsWithinBonds(int i, int j, LatticeTranslation image, int maxBonds)
    {
        var frontier = new List<(int Atom, LatticeTranslation Image)> { (i, LatticeTranslation.Zero) };
        var seen = new HashSet<(int, LatticeTranslation)> { (i, LatticeTranslation.Zero) };
        for (int depth = 0; depth < maxBonds; depth++)
        {
            var next = new List<(int, LatticeTranslation)>();
            foreach (var (atom, at) in frontier)
            {
                foreach (var bond in _bonds[atom])
                {
                    var node = (bond.Atom, at + bond.Image);
                    if (node.Atom == j && node.Item2 == image)
                    {
                        return true;
                    }

                    if (seen.Add(node))
                    {
                        next.Add(node);
                    }
                }
            }

            frontier = next;
        }

        return false;
    }
}
