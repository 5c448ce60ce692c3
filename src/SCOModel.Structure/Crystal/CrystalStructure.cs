using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Structure.Cif;

namespace SCOModel.Structure.Crystal;

/// <summary>
/// A crystal structure read from one CIF data block: the cell, the symmetry operations, the asymmetric unit and the
/// atoms of the whole cell generated from it. Symmetry images of a site that fall within
/// <see cref="MergeToleranceA"/> of each other (a site on a special position) are one atom.
/// </summary>
public sealed class CrystalStructure
{
    /// <summary>Images of one site closer than this (Å) are the same atom: coordinates rounded in the file differ by less.</summary>
    public const double MergeToleranceA = 0.1;

    /// <summary>The least spacing between opposite cell faces accepted from a CIF, Å (real cells have several).</summary>
    public const double MinimumCellWidth = 1.0;

    private static readonly string[] CellTags =
        ["_cell_length_a", "_cell_length_b", "_cell_length_c", "_cell_angle_alpha", "_cell_angle_beta", "_cell_angle_gamma"];

    private static readonly string[] SymmetryTags = ["_space_group_symop_operation_xyz", "_symmetry_equiv_pos_as_xyz"];

    private CrystalStructure(string source, string block, UnitCell cell, IReadOnlyList<SymmetryOperation> operations,
        IReadOnlyList<AtomSite> sites, IReadOnlyList<CellAtom> atoms)
    {
        Source = source;
        Block = block;
        Cell = cell;
        Operations = operations;
        Sites = sites;
        Atoms = atoms;
    }

    /// <summary>The file.</summary>
    public string Source { get; }

    /// <summary>The data block's name.</summary>
    public string Block { get; }

    public UnitCell Cell { get; }

    /// <summary>The symmetry operations; the first is the identity.</summary>
    public IReadOnlyList<SymmetryOperation> Operations { get; }

    /// <summary>The asymmetric unit.</summary>
    public IReadOnlyList<AtomSite> Sites { get; }

    /// <summary>Every atom of the cell, fractional coordinates in [0, 1).</summary>
    public IReadOnlyList<CellAtom> Atoms { get; }

    /// <summary>True when the block lists atom sites (journal CIFs often carry a first block of text only).</summary>
    public static bool HasAtomSites(CifDataBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Loop("_atom_site_fract_x") is not null || block.Value("_atom_site_fract_x") is not null;
    }

    /// <summary>
    /// The structures of a CIF document: one per block with atom sites. A document without any is bad input.
    /// </summary>
    public static IReadOnlyList<CrystalStructure> FromDocument(CifDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var structures = document.Blocks.Where(HasAtomSites).Select(b => FromBlock(b, document.Source)).ToList();
        if (structures.Count == 0)
        {
            throw new ConfigException(document.Source, $"line {document.Blocks[0].Line}",
                $"no data block lists atom sites; expected a loop with _atom_site_label and _atom_site_fract_x/y/z " +
                $"(blocks: {string.Join(", ", document.Blocks.Select(b => "data_" + b.Name))})");
        }

        return structures;
    }

    /// <summary>Reads the cell, the symmetry and the atom sites of one block, then fills the cell.</summary>
    public static CrystalStructure FromBlock(CifDataBlock block, string source)
    {
        ArgumentNullException.ThrowIfNull(block);
        var cell = ReadCell(block, source);
        var operations = ReadOperations(block, source);
        var sites = ReadSites(block, source);
        var atoms = Expand(cell, operations, sites);
        return new CrystalStructure(source, block.Name, cell, operations, sites, atoms);
    }

    private static UnitCell ReadCell(CifDataBlock block, string source)
    {
        var values = new double[6];
        for (int i = 0; i < 6; i++)
        {
            var value = block.Value(CellTags[i]) ?? throw new ConfigException(source, $"line {block.Line}",
                $"data block 'data_{block.Name}' has no {CellTags[i]}; expected the cell: {string.Join(", ", CellTags)}");
            values[i] = value.RequireNumber(source, CellTags[i]);
        }

        if (UnitCell.Problem(values[0], values[1], values[2], values[3], values[4], values[5]) is string problem)
        {
            throw new ConfigException(source, $"line {block.Value(CellTags[0])!.Line}", problem);
        }

        var cell = new UnitCell(values[0], values[1], values[2], values[3], values[4], values[5]);
        double thinnest = 1 / cell.ReciprocalLengths.Max();
        if (!(thinnest >= MinimumCellWidth))
        {
            // A cell thinner than an atom is a typo (0.0129 for 12.9); the neighbour search would never finish.
            throw new ConfigException(source, $"line {block.Value(CellTags[0])!.Line}", string.Create(
                CultureInfo.InvariantCulture,
                $"the cell is {thinnest:G3} Å thin between opposite faces; expected at least {MinimumCellWidth} Å " +
                $"(a = {values[0]}, b = {values[1]}, c = {values[2]} Å, α = {values[3]}, β = {values[4]}, γ = {values[5]}°)"));
        }

        return cell;
    }

    private static List<SymmetryOperation> ReadOperations(CifDataBlock block, string source)
    {
        var values = new List<CifValue>();
        foreach (string tag in SymmetryTags)
        {
            if (block.Loop(tag) is CifLoop loop)
            {
                values.AddRange(Enumerable.Range(0, loop.Rows.Count).Select(r => loop.Value(r, tag)!));
                break;
            }

            if (block.Value(tag) is CifValue single)
            {
                values.Add(single);
                break;
            }
        }

        if (values.Count == 0)
        {
            // Without operations only P1 can be expanded; a named other space group would silently lose atoms.
            var name = block.Value("_space_group_name_h-m_alt") ?? block.Value("_symmetry_space_group_name_h-m");
            if (name is { IsMissing: false } && name.Text.Replace(" ", string.Empty, StringComparison.Ordinal) != "P1")
            {
                throw new ConfigException(source, $"line {name.Line}",
                    $"space group '{name.Text}' without symmetry operations; expected a loop of " +
                    "_space_group_symop_operation_xyz (or _symmetry_equiv_pos_as_xyz)");
            }

            return [SymmetryOperation.Identity];
        }

        var operations = new List<SymmetryOperation>();
        foreach (var value in values)
        {
            try
            {
                operations.Add(SymmetryOperation.Parse(value.Text));
            }
            catch (FormatException e)
            {
                throw new ConfigException(source, $"line {value.Line}", $"bad symmetry operation: {e.Message}");
            }
        }

        // The identity first, so that operation 0 of every site is the site itself; a list without it gets it.
        int identity = operations.FindIndex(o => o.IsIdentity);
        if (identity < 0)
        {
            operations.Insert(0, SymmetryOperation.Identity);
        }
        else if (identity > 0)
        {
            var op = operations[identity];
            operations.RemoveAt(identity);
            operations.Insert(0, op);
        }

        return operations;
    }

    private static List<AtomSite> ReadSites(CifDataBlock block, string source)
    {
        var loop = block.Loop("_atom_site_fract_x");
        int rows = loop?.Rows.Count ?? 1;
        CifValue? Get(int row, string tag) => loop is null ? block.Value(tag) : loop.Value(row, tag);
        var sites = new List<AtomSite>(rows);
        int line = loop?.Line ?? block.Line;
        foreach (string tag in new[] { "_atom_site_fract_y", "_atom_site_fract_z" })
        {
            if (Get(0, tag) is null)
            {
                throw new ConfigException(source, $"line {line}", $"the atom sites have no {tag}; expected _atom_site_fract_x, _y and _z");
            }
        }

        for (int r = 0; r < rows; r++)
        {
            var label = Get(r, "_atom_site_label");
            var type = Get(r, "_atom_site_type_symbol");
            var x = Get(r, "_atom_site_fract_x")!;
            if (Get(r, "_atom_site_calc_flag") is { Text: var flag } && flag.Equals("dum", StringComparison.OrdinalIgnoreCase))
            {
                continue; // dummy atoms (ring centroids and the like) are not atoms
            }

            string name = label is { IsMissing: false } ? label.Text : type?.Text ?? $"atom{r + 1}";
            var element = (type is { IsMissing: false } ? Element.FromLabel(type.Text) : null)
                ?? (label is { IsMissing: false } ? Element.FromLabel(label.Text) : null)
                ?? throw new ConfigException(source, $"line {x.Line}",
                    $"cannot tell the element of atom '{name}' (type symbol '{type?.Text ?? "none"}'); " +
                    "expected _atom_site_type_symbol or a label starting with an element symbol, such as Fe1 or N3");
            string what = $"atom '{name}'";
            var fractional = new Vector3D(
                x.RequireNumber(source, $"_atom_site_fract_x of {what}"),
                Get(r, "_atom_site_fract_y")!.RequireNumber(source, $"_atom_site_fract_y of {what}"),
                Get(r, "_atom_site_fract_z")!.RequireNumber(source, $"_atom_site_fract_z of {what}"));
            if (!(Math.Max(Math.Abs(fractional.X), Math.Max(Math.Abs(fractional.Y), Math.Abs(fractional.Z)))
                    <= SymmetryOperation.MaxTranslation))
            {
                throw new ConfigException(source, $"line {x.Line}", string.Create(CultureInfo.InvariantCulture,
                    $"the fractional coordinates of {what} are ({fractional.X:G6}, {fractional.Y:G6}, {fractional.Z:G6}); " +
                    $"expected numbers within ±{SymmetryOperation.MaxTranslation} cells, such as 0.25"));
            }

            double occupancy = 1;
            if (Get(r, "_atom_site_occupancy") is { IsMissing: false } occ)
            {
                occupancy = occ.RequireNumber(source, $"_atom_site_occupancy of {what}");
                if (!(occupancy is > 0 and <= 1.0001))
                {
                    throw new ConfigException(source, $"line {occ.Line}",
                        $"_atom_site_occupancy of {what} is {occupancy}; expected a number in (0, 1]");
                }
            }

            sites.Add(new AtomSite(name, element, fractional, occupancy, x.Line));
        }

        return sites;
    }

    private static List<CellAtom> Expand(UnitCell cell, IReadOnlyList<SymmetryOperation> operations, IReadOnlyList<AtomSite> sites)
    {
        var atoms = new List<CellAtom>(sites.Count * operations.Count);
        for (int s = 0; s < sites.Count; s++)
        {
            int first = atoms.Count;
            for (int o = 0; o < operations.Count; o++)
            {
                var image = operations[o].Apply(sites[s].Fractional);
                var shift = new LatticeTranslation(-(int)Math.Floor(image.X), -(int)Math.Floor(image.Y), -(int)Math.Floor(image.Z));
                var wrapped = image + shift.ToVector();
                bool duplicate = false;
                for (int k = first; k < atoms.Count && !duplicate; k++)
                {
                    duplicate = MinimumImageDistance(cell, atoms[k].Fractional, wrapped) < MergeToleranceA;
                }

                if (!duplicate)
                {
                    atoms.Add(new CellAtom(atoms.Count, s, sites[s], o, shift, wrapped, cell.ToCartesian(wrapped)));
                }
            }
        }

        return atoms;
    }

    /// <summary>
    /// The shortest distance (Å) between two points over the periodic images: each fractional difference is brought to
    /// [−½, ½], then the neighbouring images are tried, since in an oblique cell the shortest image need not be that one.
    /// </summary>
    public static double MinimumImageDistance(UnitCell cell, Vector3D f1, Vector3D f2)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var d = f2 - f1;
        d = new Vector3D(d.X - Math.Round(d.X), d.Y - Math.Round(d.Y), d.Z - Math.Round(d.Z));
        double best = double.PositiveInfinity;
        for (int a = -1; a <= 1; a++)
        {
            for (int b = -1; b <= 1; b++)
            {
                for (int c = -1; c <= 1; c++)
                {
                    best = Math.Min(best, cell.ToCartesian(d + new Vector3D(a, b, c)).Length);
                }
            }
        }

        return best;
    }
}
