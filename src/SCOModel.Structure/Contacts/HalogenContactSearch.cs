using System.Globalization;
using SCOModel.Structure.Crystal;
using SCOModel.Structure.Topology;

namespace SCOModel.Structure.Contacts;

/// <summary>
/// Finds the halogen contacts of a structure (PHYSICS.md §6): every X···X′ (X, X′ ∈ F, Cl, Br, I) and X···D
/// (D ∈ N, O, S, Se, P) pair, over all periodic images, with d ≤ r_vdW(X) + r_vdW(Y) + tolerance (Bondi radii, J. Phys.
/// Chem. 1964, 68, 441), except pairs joined by three bonds or fewer (the molecule's own geometry).
/// </summary>
public sealed class HalogenContactSearch
{
    /// <summary>The default tolerance on the sum of van der Waals radii, Å.</summary>
    public const double DefaultToleranceA = 0.2;

    /// <summary>Pairs this many bonds apart or closer are not contacts.</summary>
    public const int ExcludedBondPath = 3;

    private HalogenContactSearch(IReadOnlyList<HalogenContact> cellContacts, IReadOnlyList<HalogenContact> unique)
    {
        CellContacts = cellContacts;
        Unique = unique;
    }

    /// <summary>Every contact of the unit cell, each pair once.</summary>
    public IReadOnlyList<HalogenContact> CellContacts { get; }

    /// <summary>
    /// The symmetry-independent contacts, each seen from a halogen of the asymmetric unit, with its multiplicity in the
    /// cell; ordered by R_XB.
    /// </summary>
    public IReadOnlyList<HalogenContact> Unique { get; }

    /// <summary>Searches a structure.</summary>
    public static HalogenContactSearch Run(CrystalStructure structure, PeriodicNeighbours search, BondGraph bonds,
        PeriodicComponents molecules, double toleranceA = DefaultToleranceA)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(bonds);
        ArgumentNullException.ThrowIfNull(molecules);
        var atoms = structure.Atoms;
        double widest = atoms.Where(a => IsPartner(a.Element)).Select(a => a.Element.VdwRadius!.Value).DefaultIfEmpty(0).Max();
        var contacts = new List<HalogenContact>();
        foreach (var x in atoms.Where(a => a.Element.IsHalogen))
        {
            double rx = x.Element.VdwRadius!.Value;
            foreach (var n in search.Within(x.Index, rx + widest + toleranceA))
            {
                var y = atoms[n.Atom];
                if (!IsPartner(y.Element)
                    || (y.Element.IsHalogen && !(x.Index < y.Index || (x.Index == y.Index && n.Image.IsPositive)))
                    || n.Distance > rx + y.Element.VdwRadius!.Value + toleranceA
                    || bonds.IsWithinBonds(x.Index, y.Index, n.Image, ExcludedBondPath))
                {
                    continue;
                }

                contacts.Add(Describe(structure, bonds, molecules, x, y, n));
            }
        }

        return new HalogenContactSearch(contacts, Independent(contacts));
    }

    private static bool IsPartner(Element e) => e.IsHalogen || e.IsHalogenBondAcceptor;

    private static HalogenContact Describe(CrystalStructure structure, BondGraph bonds, PeriodicComponents molecules,
        CellAtom x, CellAtom y, Neighbour n)
    {
        // θ1 at X between its bonded neighbour and Y; θ2 at Y between X and Y's bonded neighbour. The bond vectors are
        // relative to each atom, so the images do not matter.
        var xBonds = bonds.BondsOf(x.Index);
        var yBonds = bonds.BondsOf(y.Index);
        bool xBonded = xBonds.Count > 0, yBonded = yBonds.Count > 0;
        var xBond = xBonded ? xBonds[0] : default;
        var yBond = yBonded ? yBonds[0] : default;
        double theta1 = xBonded ? xBond.Vector.AngleDegTo(n.Vector) : double.NaN;
        double theta2 = yBonded ? yBond.Vector.AngleDegTo(-n.Vector) : double.NaN;
        double rxb = n.Distance / (x.Element.VdwRadius!.Value + y.Element.VdwRadius!.Value);
        var geometry = y.Element.IsHalogen ? HalogenContact.Classify(theta1, theta2) : ContactGeometry.NotApplicable;
        return new HalogenContact(x, y, n.Image, n.Distance, theta1, theta2,
            xBonded ? structure.Atoms[xBond.Atom] : null, yBonded ? structure.Atoms[yBond.Atom] : null,
            rxb, geometry, !molecules.AreConnected(x.Index, y.Index, n.Image));
    }

    /// <summary>
    /// One representative per set of symmetry-equivalent contacts: equivalent contacts join the same two sites with the
    /// same distance and angles. The representative starts at an atom of the asymmetric unit, so that its partner's
    /// symmetry code reads as CIF writes one.
    /// </summary>
    private static List<HalogenContact> Independent(List<HalogenContact> contacts)
    {
        var groups = new Dictionary<string, (HalogenContact? Representative, int Count)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var contact in contacts)
        {
            string key = Key(contact);
            if (!groups.TryGetValue(key, out var group))
            {
                order.Add(key);
                group = (null, 0);
            }

            var oriented = contact.Halogen.IsAsymmetricUnit ? contact
                : contact.IsHalogenHalogen && contact.Partner.IsAsymmetricUnit ? contact.Reversed() : null;
            groups[key] = (group.Representative ?? oriented, group.Count + 1);
        }

        return order.Select(k => groups[k])
            .Where(g => g.Representative is not null)
            .Select(g => g.Representative! with { Multiplicity = g.Count })
            .OrderBy(c => c.Rxb)
            .ThenBy(c => c.Halogen.Label, StringComparer.Ordinal)
            .ToList();
    }

    private static string Key(HalogenContact c)
    {
        int s1 = c.Halogen.Site, s2 = c.Partner.Site;
        double t1 = c.Theta1Deg, t2 = c.Theta2Deg;
        if (c.IsHalogenHalogen && s2 < s1)
        {
            (s1, s2, t1, t2) = (s2, s1, t2, t1);
        }

        if (c.IsHalogenHalogen && s1 == s2 && t2 < t1)
        {
            (t1, t2) = (t2, t1);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{s1}|{s2}|{c.Distance:F3}|{t1:F1}|{t2:F1}");
    }
}
