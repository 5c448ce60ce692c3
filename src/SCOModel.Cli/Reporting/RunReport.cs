using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Reports;
using SCOModel.Plotting.SpinCrossover;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// report.html of a run: the charts, the summary table, what was simulated, and how to reproduce it. One file that
/// works offline (everything inline), to open in a browser or put on a slide.
/// </summary>
internal static class RunReport
{
    public const string FileName = "report.html";

    public static void Write(string directory, RunManifest manifest, IReadOnlyList<(string BaseName, Figure Figure)> figures)
    {
        var config = manifest.Config;
        var result = manifest.Result;
        var summary = TransitionSummary.Of(result.Points);
        var report = new HtmlReport($"SCOModel: {config.Name}")
        {
            Subtitle = string.Create(CultureInfo.InvariantCulture,
                $"SCOModel {RunManifest.ProgramVersion} · engine {manifest.Engine} · seed {config.Seed} · " +
                $"{manifest.FinishedUtc.UtcDateTime:yyyy-MM-dd HH:mm} UTC"),
        };

        if (RunOutputs.PhaseDiagramOf(config, result.Points) is { } analysis)
        {
            report.AddHeading("P–T phase diagram");
            foreach (var (name, figure) in figures)
            {
                report.AddFigure(figure, name == PhaseDiagramFigures.DiagramFile
                    ? "Where n_HS crosses 1/2 on each branch of every grid line (error bars: statistics and grid " +
                      "resolution); shaded where both branches cross and differ (bistable); dashed: the model's equilibrium line."
                    : "High-spin fraction on this branch over the grid.");
            }

            report.AddKeyValueTable(PhaseDiagramText.Rows(analysis), "Summary");
        }
        else
        {
            report.AddHeading("Spin transition");
            foreach (var (_, figure) in figures)
            {
                report.AddFigure(figure,
                    "High-spin fraction along the path; error bars are one standard error over replicas and bins.");
            }

            var rows = TransitionSummaryTable.Rows(summary).ToList();
            if (config.Protocol is Core.Protocols.Liesst)
            {
                rows.Insert(0, KeyValuePair.Create("T(LIESST)", Kelvin(KineticSummary.LiesstTemperatureK(result.Points))));
            }
            else if (config.Protocol is Core.Protocols.LightInducedLoop)
            {
                var (up, down) = KineticSummary.LightInducedLoopK(result.Points);
                rows.Insert(0, KeyValuePair.Create("LITH (warming / cooling)", $"{Kelvin(up)} / {Kelvin(down)}"));
            }

            report.AddKeyValueTable(rows, "Summary");
        }

        report.AddHeading("What was simulated");
        report.AddKeyValueTable(Describe(manifest), "Run");
        foreach (string warning in result.Warnings)
        {
            report.AddParagraph($"Warning: {warning}");
        }

        report.AddHeading("Reproduce");
        report.AddParagraph("Save the resolved config below as config.json and run the command; the same seed gives " +
            "bit-identical results for any thread count.");
        string engine = manifest.Engine == "mc" ? string.Empty : $" --engine {manifest.Engine}";
        string command = config.Protocol is Core.Protocols.PhaseDiagram ? "phase-diagram" : "run";
        report.AddPreformatted($"sco {command} config.json{engine} --seed {config.Seed} --out {Path.GetFileName(directory)}", "Command");
        report.AddPreformatted(ConfigJson.Format(ConfigJson.ToNode(config)), "Resolved config (config.json)");
        report.Save(Path.Combine(directory, FileName));
    }

    private static string Kelvin(double? value) =>
        value is double v ? v.ToString("F2", CultureInfo.InvariantCulture) + " K" : "—";

    private static IReadOnlyList<KeyValuePair<string, string>> Describe(RunManifest manifest)
    {
        var config = manifest.Config;
        var rows = new (string Key, string Value)[]
        {
            ("Model", config.Model is IsingLikeModelConfig ising
                ? string.Create(CultureInfo.InvariantCulture,
                    $"Ising-like: Δ = {ising.DeltaK:0.##} K, ln g = {ising.LnG:0.###}, J = {ising.CouplingK:0.##} K, " +
                    $"G = {ising.LongRangeK:0.##} K, ΔV = {ising.DeltaVA3:0.##} Å³")
                : config.Model.GetType().Name),
            ("Sample", config.Model.DescribeSample()),
            ("Protocol", string.Create(CultureInfo.InvariantCulture,
                $"{ConfigJson.Name(config.Protocol.InitialState).ToUpperInvariant()} start, {config.Protocol.EquilibrationSweeps} + " +
                $"{config.Protocol.SweepsPerPoint} sweeps per point, {manifest.Result.Points.Count} points")),
        };
        var sampling = manifest.Result.SpinFlipAttempts == 0
            ? new[] { ("Engine", $"{manifest.Engine} (exact, no sampling)") }
            : new[]
            {
                ("Sampling", string.Create(CultureInfo.InvariantCulture,
                    $"{manifest.Engine}: {ConfigJson.Name(config.MonteCarlo.Update)}, {config.MonteCarlo.Replicas} replicas, {manifest.Threads} threads")),
                ("Work", string.Create(CultureInfo.InvariantCulture,
                    $"{manifest.Result.SpinFlipAttempts:0.000e+00} spin-flip attempts in {manifest.Result.EngineSeconds:F1} s " +
                    $"({manifest.Result.AttemptsPerSecond:0.000e+00} per second)")),
            };
        return rows.Concat(sampling).Select(r => KeyValuePair.Create(r.Item1, r.Item2)).ToArray();
    }
}
