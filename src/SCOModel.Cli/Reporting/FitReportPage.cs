using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Reports;

namespace SCOModel.Cli.Reporting;

/// <summary>report.html of `sco fit`: the charts, the parameters with their errors, the warnings, what to run next.</summary>
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
        foreach (var (_, figure) in figures)
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
}
