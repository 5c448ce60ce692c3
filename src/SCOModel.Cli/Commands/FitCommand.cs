using System.CommandLine;
using System.Globalization;
using SCOModel.Cli.Reporting;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.MeanField;
using SCOModel.MeanField.Fitting;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco fit DATA.csv`: fits the Slichter–Drickamer model (or, with --two-step, the two-sublattice model) to measured
/// n_HS(T) or χT(T) and writes fit.json, the residuals, the charts, report.html and a ready-to-run config.
/// </summary>
internal static class FitCommand
{
    public const string FittedConfigFile = "fitted-config.json";

    public static Command Create()
    {
        var data = new Argument<FileInfo>("data")
        {
            Description = "CSV with temperature_K and n_hs or chiT (cm^3 K/mol); optional branch (heating/cooling) and <y>_stderr",
        };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Output directory (default: out/<data>-fit)" };
        var twoStep = new Option<bool>("--two-step") { Description = "Fit the two-sublattice model (two-step transitions)" };
        var gamma = new Option<double?>("--gamma-kJmol") { Description = "Hold Γ at this value (kJ/mol) instead of fitting it" };
        var trappedHs = new Option<bool>("--trapped-hs") { Description = "Fit a fraction of sites trapped high spin" };
        var trappedLs = new Option<bool>("--trapped-ls") { Description = "Fit a fraction of sites trapped low spin" };
        var metal = new Option<string?>("--metal")
        {
            Description = "chiT data: hold (chiT)_HS and (chiT)_LS at spin-only values: fe2 (S = 2/0) or fe3 (S = 5/2, 1/2)",
        };
        var pressure = new Option<double>("--pressure-GPa") { Description = "Pressure of the measurement, GPa" };
        var deltaV = new Option<double>("--delta-v-A3") { Description = "ΔV per molecule, Å^3, for the fitted config (not fitted)" };
        var command = new Command("fit", "Fit a mean-field model to a measured n_HS(T) or chiT(T) curve")
        {
            data, output, twoStep, gamma, trappedHs, trappedLs, metal, pressure, deltaV,
        };
        command.SetAction(parse => CommandGuard.Run(() =>
        {
            var file = parse.GetValue(data)!;
            if (!file.Exists)
            {
                throw new ConfigException(file.ToString(), "file", "does not exist");
            }

            var magnetic = parse.GetValue(metal) switch
            {
                null => null,
                "fe2" => MagneticResponse.IronII,
                "fe3" => MagneticResponse.IronIII,
                string other => throw new ConfigException("command line", "--metal", $"unknown metal '{other}'; expected fe2 or fe3"),
            };
            if (parse.GetValue(twoStep) && parse.GetValue(gamma) is not null)
            {
                throw new ConfigException("command line", "--gamma-kJmol", "applies to the one-step fit only");
            }

            var measured = TransitionData.ReadCsv(file.FullName);
            if (magnetic is not null && measured.Observable != CurveObservable.ChiT)
            {
                throw new ConfigException("command line", "--metal", "applies to chiT data; this file has n_hs");
            }

            string name = Path.GetFileNameWithoutExtension(file.Name);
            string directory = parse.GetValue(output)?.FullName ?? Path.GetFullPath(Path.Combine("out", name + "-fit"));
            bool holdChiT = magnetic is not null;
            T Common<T>(T options)
                where T : TransitionFitOptions => (T)(options with
                {
                    FitTrappedHighSpin = parse.GetValue(trappedHs),
                    FitTrappedLowSpin = parse.GetValue(trappedLs),
                    Magnetic = magnetic,
                    FitHighSpinChiT = !holdChiT,
                    FitLowSpinChiT = !holdChiT,
                    PressureGPa = parse.GetValue(pressure),
                    DeltaVA3 = parse.GetValue(deltaV),
                });
            var fit = parse.GetValue(twoStep)
                ? FitOutcome.Of(TwoSublatticeFit.Fit(measured, Common(new TwoSublatticeFitOptions())), file.Name)
                : FitOutcome.Of(SlichterDrickamerFit.Fit(measured,
                    Common(new SlichterDrickamerFitOptions { FixedGammaKJPerMol = parse.GetValue(gamma) })),
                    file.Name, $"fitted to {file.Name}");

            Write(directory, file.FullName, fit);
            Report(directory, fit);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(string directory, string dataFile, FitOutcome fit)
    {
        Directory.CreateDirectory(directory);
        AtomicFile.WriteAllText(Path.Combine(directory, "fit.json"), fit.Json);
        AtomicFile.WriteAllText(Path.Combine(directory, "fit_residuals.csv"), FitJson.ResidualsCsv(fit.Result.Residuals));
        string? configFile = null;
        if (fit.FittedConfig is { } config)
        {
            configFile = Path.Combine(directory, FittedConfigFile);
            AtomicFile.WriteAllText(configFile, ConfigJson.Format(ConfigJson.ToNode(config)) + "\n");
        }

        // "results.csv" alone says little: name the folder too.
        string title = Path.GetFileName(dataFile) == "results.csv"
            ? $"{Path.GetFileName(Path.GetDirectoryName(dataFile))}/results.csv"
            : Path.GetFileName(dataFile);
        var figures = FitCharts.Build(fit, title);
        RunCharts.Write(directory, figures);
        FitReportPage.Write(directory, dataFile, fit, figures, configFile);
    }

    private static void Report(string directory, FitOutcome fit)
    {
        foreach (string warning in fit.Result.Warnings)
        {
            Console.Error.WriteLine($"sco: warning: {warning}");
        }

        Console.WriteLine($"{fit.Kind} fit of {fit.Result.Residuals.Count} points; wrote fit.json, fit_residuals.csv, " +
            $"{(fit.FittedConfig is null ? string.Empty : FittedConfigFile + ", ")}fit.svg, report.html to {directory}");
        foreach (var p in fit.Result.Parameters.Concat([fit.Result.THalf]))
        {
            string error = p.IsFixed ? "(held)" : "± " + p.StdErr.ToString("G3", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {p.Symbol,-10} {p.Value,12:G6} {error,-14} {p.Unit}{(p.AtBound ? "  (at its bound)" : string.Empty)}"));
        }

        foreach (var finding in fit.Findings)
        {
            Console.WriteLine($"  {finding.Key}: {finding.Value}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  χ²/dof {fit.Result.ReducedChiSquare:G4}"));
    }
}
