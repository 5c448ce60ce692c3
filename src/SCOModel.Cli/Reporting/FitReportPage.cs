using System.Globalization;
using SCOModel.Cli.Commands;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.MeanField.Fitting;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Reports;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// report.html of `sco fit`: the charts, the parameters with their errors, the warnings, the prediction under pressure
/// (given ΔV), what to run next.
/// </summary>
internal static class FitReportPage
{
    public static void Write(string directory, string dataFile, FitOutcome fit,
        IReadOnlyList<(string BaseName, Figure Figure)> figures, string? configFile)
    {
        var report = new HtmlReport($"SCOModel fit: {Path.GetFileName(dataFile)}")
        {
            Subtitle = $"SCOModel {RunManifest.ProgramVersion} · {fit.Kind} mean-field model",
        };
        report.AddHeading("Data and fit");
        foreach (var (_, figure) in figures.Where(f => f.BaseName != FitCharts.PressureBaseName))
        {
            report.AddFigure(figure);
        }

        report.AddHeading("Parameters");
        report.AddTable(["Parameter", "Value", "Standard error", "Unit", "Note"],
            fit.Result.Parameters.Concat([fit.Result.THalf]).Select(p => (IReadOnlyList<string>)
            [
                p.Symbol,
                p.Value.ToString("G6", CultureInfo.InvariantCulture),
                p.IsFixed ? "held" : p.StdErr.ToString("G3", CultureInfo.InvariantCulture),
                p.Unit,
                p.AtBound ? "at its bound" : string.Empty,
            ]).ToArray());
        report.AddKeyValueTable(fit.Findings.Append(KeyValuePair.Create("χ² per degree of freedom",
            fit.Result.ReducedChiSquare.ToString("G4", CultureInfo.InvariantCulture))).ToArray(), "Goodness of fit and model");
        foreach (string warning in fit.Result.Warnings)
        {
            report.AddParagraph($"Warning: {warning}");
        }

        if (fit.Prediction is { } prediction)
        {
            AddPressurePrediction(report, prediction, figures);
        }

        if (configFile is not null && fit.FittedConfig is { } config)
        {
            report.AddHeading("Next: run the fitted model");
            report.AddParagraph("The fitted parameters as an Ising-like config (all-to-all lattice, whose Monte Carlo " +
                "reproduces the mean field); change the lattice to see what short-range cooperativity does.");
            report.AddPreformatted($"sco run {configFile} --out fitted-run", "Command");
            report.AddPreformatted(ConfigJson.Format(ConfigJson.ToNode(config)), Path.GetFileName(configFile));
        }

        report.Save(Path.Combine(directory, RunReport.FileName));
    }

    private static void AddPressurePrediction(HtmlReport report, PressureShiftPrediction prediction,
        IReadOnlyList<(string BaseName, Figure Figure)> figures)
    {
        report.AddHeading("Predicted under pressure");
        report.AddParagraph("Pressure shifts ΔH to ΔH + PΔV and leaves ΔS and Γ as fitted (PHYSICS.md §2): T1/2 rises " +
            "along the Maxwell line with the Clausius–Clapeyron slope ΔV/ΔS, the mean-field loop narrows as T1/2 nears " +
            "Γ/(2R) and closes there at a critical point. Trapped fractions and χT constants do not move these " +
            "temperatures.");
        foreach (var (_, figure) in figures.Where(f => f.BaseName == FitCharts.PressureBaseName))
        {
            report.AddFigure(figure);
        }

        report.AddKeyValueTable(
        [
            KeyValuePair.Create("ΔV per molecule", prediction.Volume.PerMoleculeA3.ToString("G6", CultureInfo.InvariantCulture) +
                " Å³ (" + FitOutcome.VolumeSource(prediction.Volume) + ")"),
            KeyValuePair.Create("dT1/2/dP = ΔV/ΔS", FitOutcome.Slope(prediction)),
            KeyValuePair.Create("Loop closes (critical point)", FitOutcome.CriticalPointSummary(prediction)),
            KeyValuePair.Create("Errors", PressureShiftPrediction.ErrorNote),
            KeyValuePair.Create("Table", FitCommand.PressurePredictionFile + " (pressure_GPa, t_half_K, t_up_K, t_down_K, width_K)"),
        ], "Pressure prediction");
    }
}
