using System.Globalization;
using SCOModel.Cli.Reporting;
using SCOModel.Cli.Terminal;
using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.PhaseDiagrams;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.MeanField;
using SCOModel.MonteCarlo;
using SCOModel.Plotting.Export;

namespace SCOModel.Cli.Commands;

/// <summary>Runs a resolved config with the command line's overrides and writes the run's outputs.</summary>
internal static class SimulationRunner
{
    private static readonly IReadOnlyDictionary<string, Func<ISimulationEngine>> Engines =
        new Dictionary<string, Func<ISimulationEngine>>
        {
            ["mc"] = () => new MonteCarloEngine(),
            ["meanfield"] = () => new MeanFieldEngine(),
        };

    public static int Run(SimulationConfig config, RunRequest request, string commandLine)
    {
        var engine = SelectEngine(request.Engine);
        if (request.Threads is < 1)
        {
            throw new ConfigException("command line", "--threads", $"expected a positive integer, got {request.Threads}");
        }

        if (request.Seed is ulong seed)
        {
            config = config with { Seed = seed };
        }

        int threads = request.Threads ?? config.Threads ?? Environment.ProcessorCount;
        var started = DateTimeOffset.UtcNow;
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        RunResult result;
        try
        {
            result = ProgressDisplay.Run(
                $"{config.Name}",
                progress => engine.Run(config, new RunContext(threads, progress, cancellation.Token)));
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        foreach (string warning in result.Warnings)
        {
            Console.Error.WriteLine($"sco: warning: {warning}");
        }

        var manifest = new RunManifest(config, engine.Name, threads, started, DateTimeOffset.UtcNow, result, commandLine);
        RunOutputs.Write(request.OutputDirectory, manifest);
        var figures = RunCharts.Build(config, result);
        var charts = RunCharts.Write(request.OutputDirectory, figures);
        RunReport.Write(request.OutputDirectory, manifest, figures);
        Report(request.OutputDirectory, config, result, charts);
        return ExitCodes.Success;
    }

    private static ISimulationEngine SelectEngine(string? name)
    {
        string key = name ?? "mc";
        return Engines.TryGetValue(key, out var create)
            ? create()
            : throw new ConfigException("command line", "--engine",
                $"unknown engine '{key}'; expected one of: {string.Join(", ", Engines.Keys)}");
    }

    private static void Report(string directory, SimulationConfig config, RunResult result, IReadOnlyList<ChartPaths> charts)
    {
        var chartFiles = charts.SelectMany(c => new[] { c.SvgPath, c.PngPath }).OfType<string>().Select(Path.GetFileName);
        var phaseDiagram = RunOutputs.PhaseDiagramOf(config, result.Points);
        string tables = phaseDiagram is null ? string.Empty : $"{PhaseDiagramFiles.TableFile}, {PhaseDiagramFiles.MapFile}, ";
        Console.WriteLine($"Wrote {RunOutputs.ResultsFile}, {tables}{RunOutputs.SummaryFile}, {RunOutputs.ManifestFile}, " +
            $"{string.Join(", ", chartFiles)}, {RunReport.FileName} to {directory}");
        if (phaseDiagram is not null)
        {
            foreach (var line in PhaseDiagramText.Lines(phaseDiagram))
            {
                Console.WriteLine($"  {line}");
            }
        }
        else if (PressureTransitionSummary.Of(result.Points) is { } pressure)
        {
            Console.WriteLine($"  P1/2 up   {Gpa(pressure.PHalfUpGPa)}    P1/2 down {Gpa(pressure.PHalfDownGPa)}");
            Console.WriteLine($"  P1/2      {Gpa(pressure.PHalfGPa)}    width     {Gpa(pressure.PressureWidthGPa)}");
        }
        else if (config.Protocol is Liesst)
        {
            Console.WriteLine($"  T(LIESST) {Kelvin(KineticSummary.LiesstTemperatureK(result.Points))}");
        }
        else if (config.Protocol is LightInducedLoop)
        {
            var (up, down) = KineticSummary.LightInducedLoopK(result.Points);
            Console.WriteLine($"  LITH up   {Kelvin(up)}    LITH down {Kelvin(down)}    width {Kelvin(up - down)}");
        }
        else if (config.Protocol is Irradiation or Relaxation)
        {
            var last = result.Points[^1];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  n_HS at t = {last.Point.TimeS:G4} s: {last.NHs.Mean:F4}"));
        }
        else
        {
            var summary = TransitionSummary.Of(result.Points);
            Console.WriteLine($"  T1/2 up   {Kelvin(summary.THalfUpK)}    T1/2 down {Kelvin(summary.THalfDownK)}");
            Console.WriteLine($"  T1/2      {Kelvin(summary.THalfK)}    width     {Kelvin(summary.HysteresisWidthK)}");
        }

        if (result.SpinFlipAttempts > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {result.SpinFlipAttempts:0.000e+00} spin-flip attempts in {result.EngineSeconds:F1} s ({result.AttemptsPerSecond:0.000e+00}/s)"));
        }
    }

    private static string Gpa(double? value) =>
        value is double v ? v.ToString("F4", CultureInfo.InvariantCulture) + " GPa" : "—";

    private static string Kelvin(double? value) =>
        value is double v ? v.ToString("F2", CultureInfo.InvariantCulture) + " K" : "—";
}
