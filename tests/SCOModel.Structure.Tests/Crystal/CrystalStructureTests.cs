using SCOModel.Core.Configuration;
using SCOModel.Structure.Cif;
using SCOModel.Structure.Crystal;
using SCOModel.Structure.Tests.Support;

namespace SCOModel.Structure.Tests.Crystal;

/// <summary>From a CIF block to the atoms of the cell: symmetry expansion, special positions, elements, and bad input.</summary>
public sealed class CrystalStructureTests
{
    private static readonly double[] Monoclinic = [8, 9, 10, 90, 100, 90];
    private static readonly string[] P21c = ["x, y, z", "-x, y+1/2, -z+1/2", "-x, -y, -z", "x, -y+1/2, z+1/2"];

    [Fact]
    public void AGeneralPositionHasFourImagesAndACentreOfInversionTwo()
    {
        var s = CifText.Read(CifText.Structure("p21c", Monoclinic, P21c,
        [
            ("Fe1", "Fe", new Vector3D(0.0001, 0, 0)), // on the inversion centre, written slightly off it
            ("N1", "N", new Vector3D(0.2, 0.1, 0.05)),
        ]));

        Assert.Equal(2, s.Atoms.Count(a => a.Label == "Fe1"));
        Assert.Equal(4, s.Atoms.Count(a => a.Label == "N1"));
        Assert.All(s.Atoms, a => Assert.InRange(a.Fractional.X, 0, 1));
        Assert.Contains(s.Atoms, a => a.Label == "N1" && Near(a.Fractional, new Vector3D(0.8, 0.6, 0.45)));
        Assert.Contains(s.Atoms, a => a.Label == "N1" && Near(a.Fractional, new Vector3D(0.2, 0.4, 0.55)));
        Assert.Equal(8 * 9 * 10 * Math.Sin(100 * Math.PI / 180), s.Cell.Volume, 9);
        Assert.All(s.Atoms.Where(a => a.Operation == 0), a => Assert.True(a.IsAsymmetricUnit));
    }

    [Fact]
    public void TheIdentityComesFirstEvenWhenTheFileListsItLater()
    {
        var s = CifText.Read(CifText.Structure("order", Monoclinic, ["-x, -y, -z", "x, y, z"], [("C1", "C", new Vector3D(0.1, 0.2, 0.3))]));
        Assert.True(s.Operations[0].IsIdentity);
        Assert.True(Near(s.Atoms[0].Fractional, new Vector3D(0.1, 0.2, 0.3)));
    }

    [Fact]
    public void ElementsComeFromTheTypeSymbolOrTheLabelAndMissingOccupancyIsOne()
    {
        const string cif = """
            data_labels
            _cell_length_a 10 _cell_length_b 10 _cell_length_c 10
            _cell_angle_alpha 90 _cell_angle_beta 90 _cell_angle_gamma 90
            loop_
            _atom_site_label
            _atom_site_type_symbol
            _atom_site_fract_x
            _atom_site_fract_y
            _atom_site_fract_z
            _atom_site_occupancy
            _atom_site_calc_flag
            Fe1  Fe2+  0.1 0.1 0.1  ?   d
            CL1  ?     0.2 0.2 0.2  0.5 d
            N12A .     0.3 0.3 0.3  .   d
            Cg1  ?     0.4 0.4 0.4  1   dum
            """;
        var s = CifText.Read(cif);
        Assert.Equal(["Fe", "Cl", "N"], s.Atoms.Select(a => a.Element.Symbol));
        Assert.Equal([1.0, 0.5, 1.0], s.Atoms.Select(a => a.Occupancy));
        Assert.Single(s.Operations); // no operations and no space group name: P1
    }

    [Fact]
    public void MinimumImageDistancesCrossTheCellEdges()
    {
        var cell = new UnitCell(10, 10, 10, 90, 90, 90);
        Assert.Equal(0.3, CrystalStructure.MinimumImageDistance(cell, new Vector3D(0.99, 0.5, 0.5), new Vector3D(0.02, 0.5, 0.5)), 12);
        var oblique = new UnitCell(5, 5, 12, 90, 90, 120);
        double expected = oblique.ToCartesian(new Vector3D(0.1, 0.1, 0)).Length; // (0.55,0.55) − (0.45,0.45)
        Assert.Equal(expected, CrystalStructure.MinimumImageDistance(oblique, new Vector3D(0.45, 0.45, 0), new Vector3D(0.55, 0.55, 0)), 12);
    }

    [Fact]
    public void AMissingCellParameterNamesTheBlockLineAndTheTag()
    {
        const string cif = "# header\ndata_nocell\n_cell_length_a 10\n_cell_length_c 10\n_cell_angle_alpha 90\n" +
            "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nFe1 0 0 0\n";
        var e = Assert.Throws<ConfigException>(() => CifText.Read(cif));
        Assert.Equal("test.cif", e.Source);
        Assert.Equal("line 2", e.Location);
        Assert.Contains("_cell_length_b", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadSymmetryStringNamesItsLine()
    {
        string cif = CifText.Structure("badop", Monoclinic, ["x, y, z", "-x, y+1/2"], [("C1", "C", new Vector3D(0.1, 0.2, 0.3))]);
        int line = Array.FindIndex(cif.Split('\n'), l => l.Contains("y+1/2", StringComparison.Ordinal)) + 1;
        var e = Assert.Throws<ConfigException>(() => CifText.Read(cif));
        Assert.Equal($"line {line}", e.Location);
        Assert.Contains("bad symmetry operation", e.Problem, StringComparison.Ordinal);
        Assert.Contains("three", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ANonNumericCoordinateNamesItsLineAndAtom()
    {
        string cif = CifText.Structure("badxyz", Monoclinic, ["x, y, z"], [("C1", "C", new Vector3D(0.1, 0.2, 0.3))])
            .Replace("0.2 0.3", "0.2 0.3x", StringComparison.Ordinal);
        int line = cif.Split('\n').Length - 1;
        var e = Assert.Throws<ConfigException>(() => CifText.Read(cif));
        Assert.Equal($"line {line}", e.Location);
        Assert.Contains("_atom_site_fract_z of atom 'C1' is '0.3x'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ANamedSpaceGroupWithoutOperationsIsRefusedRatherThanReadAsP1()
    {
        const string cif = "data_sg\n_cell_length_a 5 _cell_length_b 5 _cell_length_c 5\n_cell_angle_alpha 90 _cell_angle_beta 90 " +
            "_cell_angle_gamma 90\n_symmetry_space_group_name_H-M 'P 21/c'\nloop_\n_atom_site_label\n_atom_site_fract_x\n" +
            "_atom_site_fract_y\n_atom_site_fract_z\nFe1 0 0 0\n";
        var e = Assert.Throws<ConfigException>(() => CifText.Read(cif));
        Assert.Equal("line 4", e.Location);
        Assert.Contains("without symmetry operations", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentWithoutAtomSitesIsBadInputAndTextBlocksAreSkipped()
    {
        var e = Assert.Throws<ConfigException>(() => CrystalStructure.FromDocument(CifReader.Parse("data_a\n_title x\n", "t.cif")));
        Assert.Contains("no data block lists atom sites", e.Problem, StringComparison.Ordinal);

        string two = "data_text\n_publ_section_title 'x'\n" +
            CifText.Structure("one", Monoclinic, ["x,y,z"], [("C1", "C", new Vector3D(0.1, 0.2, 0.3))]);
        Assert.Equal("one", CrystalStructure.FromDocument(CifReader.Parse(two, "t.cif")).Single().Block);
    }

    private static bool Near(Vector3D a, Vector3D b) => (a - b).Length < 1e-9;
}
