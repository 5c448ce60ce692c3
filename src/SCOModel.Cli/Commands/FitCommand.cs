using System.CommandLine;
using System.Globalization;
using SCOModel.Cli.Reporting;
using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.MeanField;
using SCOModel.MeanField.Fitting;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco fit DATA.csv`: fits the Slichter–Drickamer model (or, with --two-step, the two-sublattice model) to measured
/// n_HS(T) or χT(T) and writes fit.json, the residuals, the charts, report.html and a ready-to-run config. Given ΔV
/// (directly or from the cell volumes of the two spin states), the one-step fit also predicts T1/2(P) and the loop
/// under pressure (PHYSICS.md §2: ΔH → ΔH + P ΔV).
/// </summary>
internal static class FitCommand
{
    public const string FittedConfigFile = "fitted-config.json";
    public const string PressurePredictionFile = "pressure_prediction.csv";

    /// <summary>The default pressure range: from the measurement's pressure up by 1 GPa in 0.05 GPa steps.</summary>
    private const double DefaultPressureSpanGPa = 1;
    private const double DefaultPressureStepGPa = 0.05;
    private const int MaxPressures = 10_001;
    private const string CommandLine = "command line";

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
        var deltaV = new Option<double?>("--delta-v-A3")
        {
            Description = "ΔV = V_HS − V_LS per molecule, Å^3 (not fitted): predicts T1/2(P) and the loop under pressure; " +
                "also written to the fitted config",
        };
        var cellVolumes = new Option<string?>("--cell-volumes-A3")
        {
            Description = "V_LS,V_HS: unit-cell volumes of the LS and HS phases, Å^3; with --molecules-per-cell gives " +
                "ΔV = (V_HS − V_LS)/Z instead of --delta-v-A3",
        };
        var perCell = new Option<int?>("--molecules-per-cell") { Description = "Z, switching molecules per unit cell (with --cell-volumes-A3)" };
        var pressures = new Option<string?>("--pressures-GPa")
        {
            Description = "FROM:TO:STEP, GPa: the pressures of the prediction (default: the measurement's pressure to 1 GPa " +
                "above it, step 0.05)",
        };
        var command = new Command("fit", "Fit a mean-field model to a measured n_HS(T) or chiT(T) curve")
        {
            data, output, twoStep, gamma, trappedHs, trappedLs, metal, pressure, deltaV, cellVolumes, perCell, pressures,
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
                string other => throw new ConfigException(CommandLine, "--metal", $"unknown metal '{other}'; expected fe2 or fe3"),
            };
            if (parse.GetValue(twoStep) && parse.GetValue(gamma) is not null)
            {
                throw new ConfigException(CommandLine, "--gamma-kJmol", "applies to the one-step fit only");
            }

            var volume = ReadVolume(parse.GetValue(deltaV), parse.GetValue(cellVolumes), parse.GetValue(perCell));
            string? pressureRange = parse.GetValue(pressures);
            if (volume is null && pressureRange is not null)
            {
                throw new ConfigException(CommandLine, "--pressures-GPa",
                    "needs ΔV: give --delta-v-A3, or --cell-volumes-A3 with --molecules-per-cell");
            }

            // The two-sublattice fit has two ΔH and no single T1/2 line; its pressure response is not predicted.
            if (parse.GetValue(twoStep) && volume is not null)
            {
                throw new ConfigException(CommandLine, "--two-step",
                    "the pressure prediction (--delta-v-A3, --cell-volumes-A3) is made with the one-step fit only; " +
                    "drop --two-step, or drop ΔV");
            }

            var pressureGrid = volume is null ? null : ReadPressures(pressureRange, parse.GetValue(pressure));

            var measured = TransitionData.ReadCsv(file.FullName);
            if (magnetic is not null && measured.Observable != CurveObservable.ChiT)
            {
                throw new ConfigException(CommandLine, "--metal", "applies to chiT data; this file has n_hs");
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
                    DeltaVA3 = volume?.PerMoleculeA3 ?? 0,
                });
            FitOutcome fit;
            if (parse.GetValue(twoStep))
            {
                fit = FitOutcome.Of(TwoSublatticeFit.Fit(measured, Common(new TwoSublatticeFitOptions())), file.Name);
            }
            else
            {
                var oneStep = SlichterDrickamerFit.Fit(measured,
                    Common(new SlichterDrickamerFitOptions { FixedGammaKJPerMol = parse.GetValue(gamma) }));
                var prediction = volume is null ? null : PressureShiftPrediction.Of(oneStep, volume, pressureGrid!);
                fit = FitOutcome.Of(oneStep, file.Name, $"fitted to {file.Name}", prediction);
            }

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

        if (fit.Prediction is { } prediction)
        {
            AtomicFile.WriteAllText(Path.Combine(directory, PressurePredictionFile), FitJson.PressurePredictionCsv(prediction));
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
            $"{(fit.FittedConfig is null ? string.Empty : FittedConfigFile + ", ")}" +
            $"{(fit.Prediction is null ? string.Empty : PressurePredictionFile + ", ")}fit.svg, report.html to {directory}");
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
        if (fit.Prediction is { } prediction)
        {
            Console.WriteLine($"  {FitOutcome.SlopeSummary(prediction)}");
        }
    }

    /// <summary>
    /// ΔV from --delta-v-A3, or from --cell-volumes-A3 V_LS,V_HS and --molecules-per-cell Z; null when neither is given.
    /// </summary>
    private static VolumeChange? ReadVolume(double? deltaV, string? cells, int? perCell)
    {
        if (deltaV is not null && (cells is not null || perCell is not null))
        {
            throw new ConfigException(CommandLine, "--delta-v-A3", "give ΔV one way, not both: either --delta-v-A3, or " +
                "--cell-volumes-A3 with --molecules-per-cell");
        }

        if (deltaV is double given)
        {
            return double.IsFinite(given) ? VolumeChange.Given(given)
                : throw new ConfigException(CommandLine, "--delta-v-A3", $"expected a finite number of Å^3, got {given}");
        }

        if (cells is null)
        {
            return perCell is null ? null
                : throw new ConfigException(CommandLine, "--molecules-per-cell", "needs --cell-volumes-A3 V_LS,V_HS");
        }

        if (perCell is not int z)
        {
            throw new ConfigException(CommandLine, "--cell-volumes-A3", "needs --molecules-per-cell Z (molecules per unit cell)");
        }

        if (z <= 0)
        {
            throw new ConfigException(CommandLine, "--molecules-per-cell", $"expected a positive integer, got {z}");
        }

        var parts = cells.Split(',');
        if (parts.Length != 2 || !TryNumber(parts[0], out double ls) || !TryNumber(parts[1], out double hs))
        {
            throw new ConfigException(CommandLine, "--cell-volumes-A3",
                $"expected V_LS,V_HS, two volumes in Å^3 (e.g. 2400,2500), got '{cells}'");
        }

        if (!(ls > 0) || !(hs > 0))
        {
            throw new ConfigException(CommandLine, "--cell-volumes-A3", $"expected positive cell volumes, got '{cells}'");
        }

        // The HS cell is always the larger (longer metal–ligand bonds): a smaller one is almost surely a swapped pair.
        if (!(hs > ls))
        {
            throw new ConfigException(CommandLine, "--cell-volumes-A3",
                $"expected V_LS,V_HS in that order with V_HS > V_LS (the HS cell is the larger), got '{cells}'");
        }

        return VolumeChange.FromCellVolumes(ls, hs, z);
    }

    /// <summary>The pressures of the prediction: --pressures-GPa FROM:TO:STEP, or the default range.</summary>
    private static double[] ReadPressures(string? text, double measuredGPa)
    {
        if (text is null)
        {
            return ValueRange.Inclusive(measuredGPa, measuredGPa + DefaultPressureSpanGPa, DefaultPressureStepGPa);
        }

        var parts = text.Split(':');
        if (parts.Length != 3 || !TryNumber(parts[0], out double from) || !TryNumber(parts[1], out double to)
            || !TryNumber(parts[2], out double step))
        {
            throw new ConfigException(CommandLine, "--pressures-GPa", $"expected FROM:TO:STEP in GPa (e.g. 0:1:0.05), got '{text}'");
        }

        if (!(to > from) || !(step > 0))
        {
            throw new ConfigException(CommandLine, "--pressures-GPa",
                $"expected FROM:TO:STEP with TO above FROM and a positive STEP, got '{text}'");
        }

        if (((to - from) / step) + 1 > MaxPressures)
        {
            throw new ConfigException(CommandLine, "--pressures-GPa",
                $"expected at most {MaxPressures} pressures; '{text}' gives {Math.Floor((to - from) / step) + 1}");
        }

        return ValueRange.Inclusive(from, to, step);
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
