using System.Globalization;
using System.Text;
using SCOModel.Structure.Cif;
using SCOModel.Structure.Crystal;

namespace SCOModel.Structure.Tests.Support;

/// <summary>Writes small CIFs for the tests: a cell, symmetry operations and atoms given in fractional coordinates.</summary>
internal static class CifText
{
    public static string Structure(string block, double[] cell, string[] operations, IEnumerable<(string Label, string Type, Vector3D Fractional)> atoms)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"data_{block}\n");
        string[] names = ["length_a", "length_b", "length_c", "angle_alpha", "angle_beta", "angle_gamma"];
        for (int i = 0; i < 6; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"_cell_{names[i]} {cell[i]:R}\n");
        }

        text.Append("loop_\n_space_group_symop_operation_xyz\n");
        foreach (string op in operations)
        {
            text.Append('\'').Append(op).Append("'\n");
        }

        text.Append("loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n");
        foreach (var (label, type, f) in atoms)
        {
            text.Append(CultureInfo.InvariantCulture, $"{label} {type} {f.X:R} {f.Y:R} {f.Z:R}\n");
        }

        return text.ToString();
    }

    /// <summary>The one structure of CIF text.</summary>
    public static CrystalStructure Read(string cif) => CrystalStructure.FromDocument(CifReader.Parse(cif, "test.cif")).Single();
}
