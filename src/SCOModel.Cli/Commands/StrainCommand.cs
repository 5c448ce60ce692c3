using System.CommandLine;
using System.Globalization;
using SCOModel.Cli.Reporting;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.Mechanics.Strain;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco strain LATTICE.csv`: PASCal's principal axis strain analysis of lattice parameters measured against pressure or
/// temperature (PHYSICS.md §5): principal strains and axes, principal linear compressibilities (NLC flagged) or thermal
/// expansivities (NTE flagged) with standard errors, for pressure PASCal's empirical fit ε₀ + λ(P − P_c)^ν of each
/// principal strain with K(P), and the volume's Birch–Murnaghan fits; writes strain.json, principal_strains.csv, the
/// charts and report.html.
/// </summary>
internal static class StrainCommand
{
    public const string JsonFile = "strain.json";
    public const string CsvFile = "principal_strains.csv";

    public static Command Create()
    {
        var data = new Argument<FileInfo>("lattice")
        {
            Description = "CSV with pressure_GPa (or pressure_kbar, or temperature_K), a_A, b_A, c_A, alpha_deg, beta_deg, " +
                "gamma_deg; optional <column>_stderr. The first row is the reference cell",
        };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Output directory (default: out/<data>-strain)" };
        var measure = new Option<string?>("--strain")
        {
            Description = "Strain measure: lagrangian (infinitesimal, default), eulerian, lagrangian-finite or eulerian-finite",
        };
        var command = new Command("strain",
            "Principal strains, linear compressibilities (NLC) or expansivities (NTE) and equations of state from lattice parameters vs P or T")
        {
            data, output, measure,
        };
        command.SetAction(parse => CommandGuard.Run(() =>
        {
            var file = parse.GetValue(data)!;
            if (!file.Exists)
            {
                throw new ConfigException(file.ToString(), "file", "does not exist");
            }

            var strainMeasure = ReadMeasure(parse.GetValue(measure));
            var table = LatticeParameterTable.ReadFile(file.FullName);
            var analysis = PrincipalStrainAnalysis.Of(table, strainMeasure);
            string directory = parse.GetValue(output)?.FullName
                ?? Path.GetFullPath(Path.Combine("out", Path.GetFileNameWithoutExtension(file.Name) + "-strain"));
            Write(directory, file.FullName, analysis);
            Report(directory, analysis);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static StrainMeasure ReadMeasure(string? text) => text switch
    {
        null or "lagrangian" => StrainMeasure.Lagrangian,
        "eulerian" => StrainMeasure.Eulerian,
        "lagrangian-finite" => StrainMeasure.LagrangianFinite,
        "eulerian-finite" => StrainMeasure.EulerianFinite,
        _ => throw new ConfigException("command line", "--strain",
            $"unknown strain measure '{text}'; expected lagrangian, eulerian, lagrangian-finite or eulerian-finite"),
    };

    private static void Write(string directory, string dataFile, PrincipalStrainAnalysis analysis)
    {
        Directory.CreateDirectory(directory);
        AtomicFile.WriteAllText(Path.Combine(directory, JsonFile), StrainJson.Format(analysis, Path.GetFileName(dataFile)));
        AtomicFile.WriteAllText(Path.Combine(directory, CsvFile), PrincipalStrainsCsv.Format(analysis));
        var figures = StrainCharts.Build(analysis, Path.GetFileName(dataFile));
        RunCharts.Write(directory, figures);
        StrainReportPage.Write(directory, dataFile, analysis, figures);
    }

    /// <summary>The terminal summary: the coefficients in PASCal's units, the axes, the volume fits, the warnings.</summary>
    private static void Report(string directory, PrincipalStrainAnalysis analysis)
    {
        var variable = analysis.Variable;
        var inv = CultureInfo.InvariantCulture;
        string compressibility = StrainCharts.HasCompressibility(analysis)
            ? $"{StrainCharts.CompressibilityBaseName}.svg, "
            : string.Empty;
        Console.WriteLine(string.Create(inv,
            $"Principal strains of {analysis.Points.Count} cells, {variable.Name} {analysis.Points.Min(p => p.Variable):G4} to " +
            $"{analysis.Points.Max(p => p.Variable):G4} {variable.Unit}; wrote {JsonFile}, {CsvFile}, " +
            $"{StrainCharts.StrainsBaseName}.svg, {StrainCharts.VolumeBaseName}.svg, {compressibility}report.html to {directory}"));
        string header = $"{variable.CoefficientSymbol} ({variable.CoefficientUnit})";
        Console.WriteLine($"  axis  {header,-24}  [uvw]");
        foreach (var axis in analysis.Axes)
        {
            string value = string.Create(inv, $"{axis.Coefficient,9:F3} ± {axis.CoefficientStdErr:F3}");
            string uvw = string.Join(" ", axis.Uvw.Select(u => (Math.Round(u, 4) + 0.0).ToString("+0.0000;-0.0000;+0.0000", inv)));
            string flag = axis.IsNegative ? $"  {variable.NegativeFlag}{(axis.IsSignificant ? string.Empty : " (within 2σ of 0)")}" : string.Empty;
            Console.WriteLine($"  X{axis.Index}    {value,-24}  [{uvw}]{flag}");
        }

        double median = analysis.MedianVariable;
        foreach (var axis in analysis.Axes.Where(a => a.EmpiricalFit is not null))
        {
            var fit = axis.EmpiricalFit!;
            Console.WriteLine(string.Create(inv,
                $"  X{axis.Index}    empirical: K({median:G4} GPa) = {fit.CompressibilityAt(median):F3} ± {fit.CompressibilityStdErrAt(median):F3} TPa^-1; " +
                $"eps0 = {fit.Epsilon0.Value:G4}, lambda = {fit.Lambda.Value:G4}, P_c = {fit.CriticalPressure.Value:G4} GPa, nu = {fit.Nu.Value:G4}"));
        }

        var volume = analysis.Volume;
        string volumeSymbol = variable == StrainVariable.Pressure ? "β_V" : "α_V";
        Console.WriteLine(string.Create(inv,
            $"  V     {volumeSymbol} = {volume.Coefficient:F3} ± {volume.CoefficientStdErr:F3} {variable.CoefficientUnit} (straight line; V_ref = {volume.ReferenceVolume:F2} A^3)"));
        foreach (var fit in new[] { volume.SecondOrder, volume.ThirdOrder })
        {
            if (fit is not null)
            {
                string bPrime = fit.BPrime.IsFixed ? "4 (held)" : string.Create(inv, $"{fit.BPrime.Value:G4} ± {fit.BPrime.StdErr:G2}");
                Console.WriteLine(string.Create(inv,
                    $"  BM{fit.Order}   V0 = {fit.V0.Value:F2} ± {fit.V0.StdErr:G2} A^3, B0 = {fit.B0.Value:G4} ± {fit.B0.StdErr:G2} GPa, B' = {bPrime}"));
            }
        }

        foreach (string warning in analysis.Warnings)
        {
            Console.Error.WriteLine($"sco: warning: {warning}");
        }
    }
}
