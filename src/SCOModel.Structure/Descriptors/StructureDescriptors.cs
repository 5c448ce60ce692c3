using SCOModel.Structure.Cif;
using SCOModel.Structure.Contacts;
using SCOModel.Structure.Coordination;
using SCOModel.Structure.Crystal;
using SCOModel.Structure.Topology;

namespace SCOModel.Structure.Descriptors;

/// <summary>
/// The structural descriptors of one crystal structure (PHYSICS.md §7): one <see cref="MetalCentreDescriptors"/> per
/// symmetry-independent d-block metal, the halogen contacts, the density and the dimensionality of the covalent
/// framework and of the network that the halogen contacts add to it.
/// </summary>
public sealed class StructureDescriptors
{
    /// <summary>g/cm³ per (g/mol)/Å³: 10²⁴ Å³/cm³ over Avogadro's number.</summary>
    private const double DensityFactor = 1e24 / 6.02214076e23;

    private StructureDescriptors(CrystalStructure structure, IReadOnlyList<MetalCentreDescriptors> metals,
        HalogenContactSearch contacts, double density, int frameworkDimensionality, int networkDimensionality)
    {
        Structure = structure;
        Metals = metals;
        Contacts = contacts;
        DensityGcm3 = density;
        FrameworkDimensionality = frameworkDimensionality;
        NetworkDimensionality = networkDimensionality;
    }

    public CrystalStructure Structure { get; }

    /// <summary>The symmetry-independent metal centres in the order of the atom sites.</summary>
    public IReadOnlyList<MetalCentreDescriptors> Metals { get; }

    public HalogenContactSearch Contacts { get; }

    /// <summary>
    /// Σ occupancy × atomic weight over the cell / (N_A V), g/cm³. Atoms absent from the file (unlocated H, squeezed
    /// solvent) are absent from this density too.
    /// </summary>
    public double DensityGcm3 { get; }

    /// <summary>The largest dimensionality of the covalent framework (0 for a molecular crystal).</summary>
    public int FrameworkDimensionality { get; }

    /// <summary>The largest dimensionality of bonds and halogen contacts together.</summary>
    public int NetworkDimensionality { get; }

    /// <summary>The symmetry-independent contacts between different molecules.</summary>
    public IReadOnlyList<HalogenContact> IntermolecularContacts => Contacts.Unique.Where(c => c.IsIntermolecular).ToList();

    /// <summary>The smallest R_XB of an intermolecular contact; NaN without any.</summary>
    public double MinRxb => IntermolecularContacts.Select(c => c.Rxb).DefaultIfEmpty(double.NaN).Min();

    /// <summary>Reads a CIF file and describes each structure in it.</summary>
    public static IReadOnlyList<StructureDescriptors> OfFile(string path, DescriptorOptions? options = null) =>
        OfDocument(CifReader.ReadFile(path), options);

    /// <summary>Describes each structure (data block with atom sites) of a CIF document.</summary>
    public static IReadOnlyList<StructureDescriptors> OfDocument(CifDocument document, DescriptorOptions? options = null) =>
        CrystalStructure.FromDocument(document).Select(s => Of(s, options)).ToList();

    /// <summary>Describes one structure.</summary>
    public static StructureDescriptors Of(CrystalStructure structure, DescriptorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(structure);
        options ??= new DescriptorOptions();
        var search = new PeriodicNeighbours(structure);
        var bonds = BondGraph.Build(structure, search, options.BondTolerance);
        var atoms = structure.Atoms;
        var framework = PeriodicComponents.Of(atoms.Count, i => bonds.BondsOf(i).Select(b => (b.Atom, b.Image)));
        var contacts = HalogenContactSearch.Run(structure, search, bonds, framework, options.ContactToleranceA);

        // Bonds and contacts as one periodic graph: each contact is an edge both ways.
        var contactEdges = atoms.Select(_ => new List<(int, LatticeTranslation)>()).ToArray();
        foreach (var c in contacts.CellContacts)
        {
            contactEdges[c.Halogen.Index].Add((c.Partner.Index, c.Image));
            contactEdges[c.Partner.Index].Add((c.Halogen.Index, -c.Image));
        }

        var network = PeriodicComponents.Of(atoms.Count,
            i => bonds.BondsOf(i).Select(b => (b.Atom, b.Image)).Concat(contactEdges[i]));

        double volume = structure.Cell.Volume;
        var metals = new List<MetalCentreDescriptors>();
        foreach (var atom in atoms.Where(a => a.IsAsymmetricUnit && a.Element.IsTransitionMetal))
        {
            var sphere = CoordinationSphere.Of(structure, bonds, atom.Index);
            var distortion = sphere.Distortion();
            double mean = sphere.CoordinationNumber == 0 ? double.NaN : sphere.Donors.Average(d => d.Distance);
            var spin = SpinStateGuess.For(atom.Element.Symbol, sphere.DonorAtoms.Select(d => d.Element.Symbol).ToList(), mean);
            double sameMetal = atoms.Where(a => a.Element == atom.Element).Sum(a => a.Occupancy);
            metals.Add(new MetalCentreDescriptors(atom.Label, atom.Element.Symbol, sphere, distortion, spin,
                volume / sameMetal, framework.DimensionalityOf(atom.Index), network.DimensionalityOf(atom.Index)));
        }

        double mass = atoms.Sum(a => a.Occupancy * a.Element.Mass);
        return new StructureDescriptors(structure, metals, contacts, mass / volume * DensityFactor,
            framework.MaxDimensionality, network.MaxDimensionality);
    }
}
