using System.Globalization;
using System.Text.Json.Nodes;

namespace SCOModel.Cli.Tests;

/// <summary>
/// `sco descriptors`: a CIF (or a directory of them) to the table of metal centres and the table of halogen contacts;
/// a file that cannot be read is reported with its line and skipped, and the exit code is then 2. The structures are
/// written in the test: an FeN6 octahedron in a P1 cell whose Fe–N distances are chosen.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class DescriptorsCommandTests : IDisposable
{
    private static readonly double[] Distances = [1.95, 1.97, 1.99, 2.00, 2.02, 1.98];
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Fe at the centre of a 10 Å cube, the N atoms on ±x, ±y, ±z at <see cref="Distances"/>.</summary>
    private static string FeN6(string block)
    {
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            $"data_{block}", "_cell_length_a 10.000(2)", "_cell_length_b 10.000(2)", "_cell_length_c 10.000(2)",
            "_cell_angle_alpha 90", "_cell_angle_beta 90", "_cell_angle_gamma 90",
            "loop_", "_symmetry_equiv_pos_as_xyz", "'x, y, z'",
            "loop_", "_atom_site_label", "_atom_site_type_symbol", "_atom_site_fract_x", "_atom_site_fract_y", "_atom_site_fract_z",
            "Fe1 Fe 0.5 0.5 0.5",
        };
        int[][] axes = [[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]];
        for (int k = 0; k < 6; k++)
        {
            double f = Distances[k] / 10;
            lines.Add(string.Create(inv,
                $"N{k + 1} N {0.5 + (axes[k][0] * f):R} {0.5 + (axes[k][1] * f):R} {0.5 + (axes[k][2] * f):R}"));
        }

        return string.Join('\n', lines) + "\n";
    }

    [Fact]
    public void OneFileGivesOneRowWithTheConstructedDistances()
    {
        string table = _temp.Sub("fen6.csv");
        var outcome = Sco.Run("descriptors", _temp.File("fen6.cif", FeN6("ls")), "--out", table);
        Assert.True(outcome.ExitCode == 0, outcome.Error);

        var rows = File.ReadAllLines(table);
        Assert.Equal("file,block,metal,element,donor_set,coordination_number,d1_A,d2_A,d3_A,d4_A,d5_A,d6_A,mean_d_A,zeta_A," +
            "delta,sigma_deg,theta_deg,volume_per_metal_A3,density_g_cm3,spin_guess,halogen_contacts,min_rxb,framework_dim,network_dim",
            rows[0]);
        Assert.Equal(2, rows.Length);
        var cells = rows[1].Split(',');
        Assert.Equal(["fen6.cif", "ls", "Fe1", "Fe", "N6", "6"], cells[..6]);
        Assert.Equal(Distances.Order().ToArray(), cells[6..12].Select(x => double.Parse(x, CultureInfo.InvariantCulture)));
        Assert.Equal(Distances.Average(), double.Parse(cells[12], CultureInfo.InvariantCulture), 4);
        Assert.Equal(0, double.Parse(cells[15], CultureInfo.InvariantCulture), 9); // Σ: every cis angle is 90°
        Assert.Equal("1000", cells[17]);
        Assert.Equal("LS", cells[19]);
        Assert.Equal("0", cells[20]);
        Assert.Equal(string.Empty, cells[21]);

        // The contacts table sits next to the main one, with its header only here.
        Assert.Single(File.ReadAllLines(_temp.Sub("fen6-contacts.csv")));
        Assert.Contains("Fe1: N6", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ADirectoryWithABadFileReportsItWithItsLineKeepsTheGoodOneAndExitsTwo()
    {
        string input = _temp.Sub("cifs");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a-good.cif"), FeN6("good"));
        File.WriteAllText(Path.Combine(input, "b-bad.cif"), FeN6("bad").Replace("'x, y, z'", "'x, y'", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(input, "notes.txt"), "not a CIF");
        string table = _temp.Sub("all.csv");

        var outcome = Sco.Run("descriptors", input, "--out", table);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("b-bad.cif: line 10: bad symmetry operation", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("(skipped)", outcome.Error, StringComparison.Ordinal);
        var rows = File.ReadAllLines(table);
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("a-good.cif,good,Fe1,Fe,N6,6,", rows[1], StringComparison.Ordinal);
        Assert.Contains("from 1 of 2 files", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonCarriesTheDonorsTheSpinBasisAndTheMethod()
    {
        string output = _temp.Sub("fen6.json");
        string contacts = _temp.Sub("contacts.csv");
        var outcome = Sco.Run("descriptors", _temp.File("fen6.cif", FeN6("ls")), "--format", "json", "--out", output,
            "--contacts", contacts);
        Assert.True(outcome.ExitCode == 0, outcome.Error);

        var json = JsonNode.Parse(File.ReadAllText(output))!;
        var metal = json["structures"]![0]!["metals"]![0]!;
        Assert.Equal("N6", (string?)metal["donor_set"]);
        Assert.Equal(6, metal["donors"]!.AsArray().Count);
        Assert.Equal(1.95, (double)metal["donors"]![0]!["distance_A"]!, 9);
        Assert.Equal("LS", (string?)metal["spin_guess"]);
        Assert.Contains("LS <= 2.05", (string?)metal["spin_basis"], StringComparison.Ordinal);
        Assert.Equal(0.2, (double)json["method"]!["bond_tolerance"]!);
        Assert.True(File.Exists(contacts));
    }

    [Fact]
    public void AnUnreadableSingleFileExitsTwoAndWritesNothing()
    {
        string table = _temp.Sub("none.csv");
        var outcome = Sco.Run("descriptors", _temp.File("cut.cif", FeN6("cut")[..^12]), "--out", table);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("cut.cif: line 23: truncated loop", outcome.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(table));
    }

    [Theory]
    [InlineData("--format", "xml", "--format")]
    [InlineData("--bond-tolerance", "-1", "--bond-tolerance")]
    public void BadOptionsExitTwo(string option, string value, string named)
    {
        var outcome = Sco.Run("descriptors", _temp.File("fen6.cif", FeN6("x")), option, value, "--out", _temp.Sub("x.csv"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(named, outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedExampleReadsAsALowSpinAndAHighSpinCell()
    {
        string table = _temp.Sub("example.csv");
        var outcome = Sco.Run("descriptors", Path.Combine(RepositoryPaths.Examples, "structures", "fe-ncbr6-constructed.cif"),
            "--out", table);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var rows = File.ReadAllLines(table).Skip(1).Select(r => r.Split(',')).ToArray();
        Assert.Equal(["LS_100K", "HS_300K"], rows.Select(r => r[1]));
        Assert.Equal(["LS", "HS"], rows.Select(r => r[19]));
        Assert.Equal(["2", "1"], rows.Select(r => r[23])); // Br···Br layers in the LS cell, chains in the HS cell
    }
}
