using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace SCOModel.Cli.Tests;

/// <summary>
/// `sco strain`: from lattice parameters against pressure or temperature to principal coefficients with errors, NLC/NTE
/// flags, equations of state, the tables, charts and report; bad input exits 2 naming the file and the line. The cells
/// are made in the test from l = l₀(1 − K P) or l = l₀(1 + α ΔT).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class StrainCommandTests : IDisposable
{
    private const string Header = "pressure_GPa,a_A,b_A,c_A,alpha_deg,beta_deg,gamma_deg\n";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void PressureDataGiveCompressibilitiesWithAnNlcFlagAndEveryOutput()
    {
        // K_a = −5, K_b = 20, K_c = 10 TPa⁻¹ (per GPa: ×10⁻³), noise 0.0005 Å.
        var csv = new StringBuilder(Header);
        var random = new Random(3);
        double Noise() => 0.0005 * (random.NextDouble() - 0.5) * 3.46;
        for (int i = 0; i <= 15; i++)
        {
            double p = 0.15 * i;
            csv.Append(CultureInfo.InvariantCulture,
                $"{p},{(10 * (1 + (0.005 * p))) + Noise()},{(12 * (1 - (0.02 * p))) + Noise()},{(15 * (1 - (0.01 * p))) + Noise()},90,90,90\n");
        }

        string output = _temp.Sub("strain");
        var outcome = Sco.Run("strain", _temp.File("cells.csv", csv.ToString()), "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "strain.json")))!;
        Assert.Equal("pressure", (string?)json["variable"]);
        var axes = json["principal_axes"]!.AsArray();
        double[] expected = [20, 10, -5];
        for (int i = 0; i < 3; i++)
        {
            double k = (double)axes[i]!["compressibility_per_TPa"]!;
            double error = (double)axes[i]!["compressibility_per_TPa_stderr"]!;
            Assert.InRange(expected[i], k - (3 * error), k + (3 * error));
            Assert.Equal(i == 2, (bool)axes[i]!["nlc"]!);
        }

        Assert.Equal(1, Math.Abs((double)axes[2]!["uvw"]![0]!), 9);
        Assert.NotNull(json["volume"]!["birch_murnaghan_2nd"]);
        Assert.NotNull(json["volume"]!["birch_murnaghan_3rd"]!["b0_GPa"]);

        foreach (string file in new[] { "principal_strains.csv", "principal_strains.svg", "volume.svg", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }

        string table = File.ReadAllText(Path.Combine(output, "principal_strains.csv"));
        Assert.StartsWith("pressure_GPa,pressure_GPa_stderr,line,epsilon_1,", table, StringComparison.Ordinal);
        Assert.Equal(17, table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("TPa^-1", outcome.Out);
        Assert.Contains("NLC", outcome.Out);
        Assert.Contains("NLC", File.ReadAllText(Path.Combine(output, "report.html")));
    }

    [Fact]
    public void TemperatureDataGiveExpansivitiesWithAnNteFlag()
    {
        // α_a = 40, α_b = −8, α_c = 15 MK⁻¹ from 100 K, exact.
        var csv = new StringBuilder("temperature_K,a_A,b_A,c_A,alpha_deg,beta_deg,gamma_deg\n");
        for (int i = 0; i < 8; i++)
        {
            double dt = 25 * i;
            csv.Append(CultureInfo.InvariantCulture,
                $"{100 + dt},{10 * (1 + (40e-6 * dt)):R},{12 * (1 - (8e-6 * dt)):R},{15 * (1 + (15e-6 * dt)):R},90,90,90\n");
        }

        string output = _temp.Sub("heating");
        var outcome = Sco.Run("strain", _temp.File("heating.csv", csv.ToString()), "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "strain.json")))!;
        var axes = json["principal_axes"]!.AsArray();
        double[] expected = [-8, 15, 40];
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i], (double)axes[i]!["expansivity_per_MK"]!, 1e-6);
            Assert.Equal(i == 0, (bool)axes[i]!["nte"]!);
        }

        Assert.Equal(47, (double)json["volume"]!["expansivity_per_MK"]!, 0.05);
        Assert.Null(json["volume"]!["birch_murnaghan_3rd"]);
        Assert.Contains("MK^-1", outcome.Out);
        Assert.Contains("NTE", outcome.Out);
    }

    [Theory]
    [InlineData("pressure_GPa,a_A,b_A,alpha_deg,beta_deg,gamma_deg\n0,10,12,90,90,90\n1,9.9,11.8,90,90,90\n2,9.8,11.6,90,90,90\n",
        "line 1", "c_A")]
    [InlineData(Header + "0,10,12,15,90,90,90\n1,9.9,11.8,14.9,90,ninety,90\n2,9.8,11.6,14.8,90,90,90\n", "line 3", "beta_deg")]
    [InlineData(Header + "0,10,12,15,90,90,90\n1,9.9,11.8,14.9,90,90,90\n", "line 1", "at least 3 rows")]
    [InlineData(Header + "0,10,12,15,90,90,90\n1,9.9,11.8,14.9,90,90,90\n2,9.8,11.6,14.8,30,30,150\n", "line 4", "positive definite")]
    public void MalformedTablesExitWith2NamingTheFileAndLine(string csv, string line, string what)
    {
        string output = _temp.Sub("bad");
        var outcome = Sco.Run("strain", _temp.File("bad.csv", csv), "--out", output);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("bad.csv", outcome.Error);
        Assert.Contains(line, outcome.Error);
        Assert.Contains(what, outcome.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void AnUnknownStrainMeasureExitsWith2()
    {
        string data = _temp.File("cells.csv", Header + "0,10,12,15,90,90,90\n1,9.9,11.8,14.9,90,90,90\n2,9.8,11.6,14.8,90,90,90\n");
        var outcome = Sco.Run("strain", data, "--strain", "green", "--out", _temp.Sub("x"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--strain", outcome.Error);
    }

    [Fact]
    public void TheAg3CoCN6ExampleReproducesPascalsBirchMurnaghanFitsAndNlc()
    {
        // PASCal's own test values for these data (MJCliffe/PASCal, tests/data/sample_p/bm.tsv): BM2 B₀ = 24.627(931) GPa,
        // V₀ = 495.070(1.764) Å³; BM3 B₀ = 12.088(1.559) GPa, V₀ = 503.217(1.988) Å³, B′ = 11.853(1.648); and the linear
        // volume compressibility 24.4457 TPa⁻¹ (output.tsv). Both fit P(V) by least squares, so the values agree closely.
        string output = _temp.Sub("ag3");
        var outcome = Sco.Run("strain", Path.Combine(RepositoryPaths.Examples, "strain", "ag3co-cn6-phase2.csv"), "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var volume = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "strain.json")))!["volume"]!;
        Assert.Equal(24.4457, (double)volume["compressibility_per_TPa"]!, 0.001);
        var bm2 = volume["birch_murnaghan_2nd"]!;
        Assert.Equal(24.627, (double)bm2["b0_GPa"]!, 0.005);
        Assert.Equal(495.070, (double)bm2["v0_A3"]!, 0.01);
        Assert.Equal(0.9306, (double)bm2["b0_GPa_stderr"]!, 0.005);
        var bm3 = volume["birch_murnaghan_3rd"]!;
        Assert.Equal(12.088, (double)bm3["b0_GPa"]!, 0.01);
        Assert.Equal(503.217, (double)bm3["v0_A3"]!, 0.02);
        Assert.Equal(11.853, (double)bm3["b_prime"]!, 0.02);
        Assert.Equal(1.648, (double)bm3["b_prime_stderr"]!, 0.01);

        // The NLC axis lies close to c (PASCal: [0.04 0 0.999] at the median pressure).
        var nlc = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "strain.json")))!["principal_axes"]!.AsArray()
            .Single(a => (bool)a!["nlc"]!)!;
        Assert.True((double)nlc["angle_to_c_deg"]! < 5);
    }

    [Fact]
    public void TheAg3CoCN6ExampleWritesEmpiricalFitsWithKAtEachPressure()
    {
        // Ag3[Co(CN)6] stiffens strongly under pressure (PASCal: K of its b axis falls from ~118 to ~7 TPa⁻¹ over
        // 0.19–7.65 GPa). The empirical fit of every axis is in strain.json with K at the median pressure 0.9 GPa, and
        // principal_strains.csv gives ε and K(P) of the fits at every row, K matching −dε/dP of the written curve.
        string output = _temp.Sub("ag3-empirical");
        var outcome = Sco.Run("strain", Path.Combine(RepositoryPaths.Examples, "strain", "ag3co-cn6-phase2.csv"), "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.True(File.Exists(Path.Combine(output, "compressibility.svg")));
        Assert.Contains("Empirical fits", File.ReadAllText(Path.Combine(output, "report.html")));

        var axes = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "strain.json")))!["principal_axes"]!.AsArray();
        foreach (var axis in axes)
        {
            var fit = axis!["empirical_fit"]!;
            Assert.Equal(0.9, (double)fit["median_pressure_GPa"]!);
            Assert.True((double)fit["p_c_GPa"]! < 0.19);
            Assert.InRange((double)fit["nu"]!, 0.2, 0.9);
            Assert.True((bool)fit["converged"]!);
            double lambda = (double)fit["lambda_per_GPa_nu"]!, pc = (double)fit["p_c_GPa"]!, nu = (double)fit["nu"]!;
            Assert.Equal(-1000 * lambda * nu * Math.Pow(0.9 - pc, nu - 1), (double)fit["compressibility_at_median_per_TPa"]!, 1e-9);
            Assert.True((double)fit["compressibility_at_median_per_TPa_stderr"]! > 0);
        }

        // The NLC axis stays negative at every pressure, and K falls in magnitude as the framework stiffens.
        var nlc = axes.Single(a => (bool)a!["nlc"]!)!;
        int k = (int)nlc["axis"]!;
        var rows = File.ReadAllLines(Path.Combine(output, "principal_strains.csv"));
        var header = rows[0].Split(',');
        int kColumn = Array.IndexOf(header, $"compressibility_{k}_empirical_per_TPa");
        int eColumn = Array.IndexOf(header, $"epsilon_{k}_empirical");
        Assert.True(kColumn > 0 && eColumn > 0);
        Assert.Equal(kColumn + 1, Array.IndexOf(header, $"compressibility_{k}_empirical_per_TPa_stderr"));
        var values = rows.Skip(1).Select(r => r.Split(',')).Select(c => (P: Parse(c[0]), E: Parse(c[eColumn]), K: Parse(c[kColumn]))).ToArray();
        Assert.All(values, v => Assert.True(v.K < 0));
        Assert.True(Math.Abs(values[^1].K) < Math.Abs(values[1].K) / 5);

        // −dε/dP between two close rows (0.29 and 0.294 GPa; 0.90 and 0.92 GPa) is K at their midpoint to first order.
        foreach (var (i, j) in new[] { (2, 3), (7, 8) })
        {
            double slope = (values[j].E - values[i].E) / (values[j].P - values[i].P);
            Assert.Equal(-1000 * slope, 0.5 * (values[i].K + values[j].K), 0.02 * Math.Abs(values[i].K));
        }
    }

    [Fact]
    public void TooFewPressuresAndARigidAxisGiveWarningsNotAFailure()
    {
        // Four pressures: no empirical fit at all. Seven pressures with a constant: no fit along a, fits along b and c.
        string four = _temp.File("four.csv", Header + "0,10,12,15,90,90,90\n0.5,10,11.8,14.9,90,90,90\n1,10,11.65,14.8,90,90,90\n1.5,10,11.55,14.7,90,90,90\n");
        string output = _temp.Sub("four");
        var outcome = Sco.Run("strain", four, "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("need at least 5 distinct pressures, and the data have 4", outcome.Error);
        Assert.False(File.Exists(Path.Combine(output, "compressibility.svg")));
        var axes = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "strain.json")))!["principal_axes"]!.AsArray();
        Assert.All(axes, a => Assert.Null(a!["empirical_fit"]));

        var csv = new StringBuilder(Header);
        for (int i = 0; i < 7; i++)
        {
            double p = 0.5 * i;
            csv.Append(CultureInfo.InvariantCulture,
                $"{p},10,{12 * (1 - (0.03 * Math.Sqrt(p + 0.3)) + (0.03 * Math.Sqrt(0.3))):R},{15 * (1 + (0.004 * p)):R},90,90,90\n");
        }

        output = _temp.Sub("rigid");
        outcome = Sco.Run("strain", _temp.File("rigid.csv", csv.ToString()), "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("does not change with pressure", outcome.Error);
        axes = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "strain.json")))!["principal_axes"]!.AsArray();
        var a = axes.Single(x => Math.Abs((double)x!["uvw"]![0]!) > 0.99)!;
        var b = axes.Single(x => Math.Abs((double)x!["uvw"]![1]!) > 0.99)!;
        Assert.Null(a["empirical_fit"]);
        Assert.Equal(0.5, (double)b["empirical_fit"]!["nu"]!, 3);
        Assert.Equal(-0.3, (double)b["empirical_fit"]!["p_c_GPa"]!, 2);
        Assert.True(File.Exists(Path.Combine(output, "compressibility.svg")));
    }

    [Fact]
    public void TemperatureDataHaveNoEmpiricalColumnsOrChart()
    {
        var csv = new StringBuilder("temperature_K,a_A,b_A,c_A,alpha_deg,beta_deg,gamma_deg\n");
        for (int i = 0; i < 6; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{100 + (20 * i)},{10 + (0.001 * i)},{12 - (0.0005 * i)},15,90,90,90\n");
        }

        string output = _temp.Sub("t");
        var outcome = Sco.Run("strain", _temp.File("t.csv", csv.ToString()), "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.DoesNotContain("empirical", File.ReadAllLines(Path.Combine(output, "principal_strains.csv"))[0], StringComparison.Ordinal);
        Assert.Null(JsonNode.Parse(File.ReadAllText(Path.Combine(output, "strain.json")))!["principal_axes"]![0]!["empirical_fit"]);
        Assert.False(File.Exists(Path.Combine(output, "compressibility.svg")));
    }

    [Fact]
    public void TheSyntheticStiffeningExampleRecoversTheEmpiricalLawItStates()
    {
        // The file's header: l(P) = l₀(1 + ε(P) − ε(0.1 GPa)), ε = λ(P − P_c)^ν per axis, σ = 0.0005 Å. Every parameter
        // and K at the median pressure 3.1 GPa, −1000 λν(3.1 − P_c)^(ν−1), within 4 standard errors.
        string output = _temp.Sub("stiffening");
        var outcome = Sco.Run("strain", Path.Combine(RepositoryPaths.Examples, "strain", "synthetic-stiffening-orthorhombic.csv"),
            "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var axes = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "strain.json")))!["principal_axes"]!.AsArray();
        double[][] laws = [[-0.012, -0.5, 0.7], [-0.03, -0.1, 0.5], [0.008, -0.3, 0.6]]; // a, b, c: λ, P_c, ν
        for (int axis = 0; axis < 3; axis++)
        {
            var fit = axes.Single(x => Math.Abs((double)x!["uvw"]![axis]!) > 0.99)!["empirical_fit"]!;
            var (lambda, pc, nu) = (laws[axis][0], laws[axis][1], laws[axis][2]);
            void Within(double truth, string key) =>
                Assert.InRange(truth, (double)fit[key]! - (4 * (double)fit[key + "_stderr"]!), (double)fit[key]! + (4 * (double)fit[key + "_stderr"]!));
            Within(lambda, "lambda_per_GPa_nu");
            Within(pc, "p_c_GPa");
            Within(nu, "nu");
            Within(-lambda * Math.Pow(0.1 - pc, nu), "epsilon_0");
            Within(-1000 * lambda * nu * Math.Pow(3.1 - pc, nu - 1), "compressibility_at_median_per_TPa");
            Assert.True((bool)fit["weighted"]!);
        }
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void TheSyntheticExampleRecoversTheCompressibilitiesItStates()
    {
        string output = _temp.Sub("synthetic");
        var outcome = Sco.Run("strain", Path.Combine(RepositoryPaths.Examples, "strain", "synthetic-nlc-orthorhombic.csv"), "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var axes = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "strain.json")))!["principal_axes"]!.AsArray();
        double[] expected = [20, 10, -5];
        for (int i = 0; i < 3; i++)
        {
            double k = (double)axes[i]!["compressibility_per_TPa"]!;
            double error = (double)axes[i]!["compressibility_per_TPa_stderr"]!;
            Assert.InRange(expected[i], k - (3 * error), k + (3 * error));
        }
    }
}
