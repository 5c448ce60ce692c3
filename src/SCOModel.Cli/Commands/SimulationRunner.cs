using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using SCOModel.Cli.Reporting;
using SCOModel.Cli.Terminal;
using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.PhaseDiagrams;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.MeanField;
using SCOModel.Mechanics.Mechanoelastic;
using SCOModel.Mechanics.WineRack;
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

    /// <summary>
    /// Runs a config: one shard of it (`--shard K/N`), or the whole run, checkpointed into the output directory
    /// (<see cref="CheckpointedRun"/>) by <paramref name="checkpoints"/> (default <see cref="CheckpointPolicy.Default"/>);
    /// <paramref name="restart"/> lets it discard an unfinished run's checkpoint in the output directory (`--restart`).
    /// </summary>
    public static int Run(SimulationConfig config, RunRequest request, string commandLine, CheckpointPolicy? checkpoints = null,
        bool restart = false)
    {
        var engine = SelectEngine(request.Engine, config);
        CheckThreads(request.Threads);
        if (request.Seed is ulong seed)
        {
            config = config with { Seed = seed };
        }

        int threads = request.Threads ?? config.Threads ?? Environment.ProcessorCount;
        if (request.Shard is not null)
        {
            return ShardRunner.Run(engine, config, ShardSpec.Parse(request.Shard), threads, request.OutputDirectory, commandLine);
        }

        return CheckpointedRun.Run(engine, request.Engine, config, threads, request.OutputDirectory, commandLine,
            checkpoints ?? CheckpointPolicy.Default, resumed: null, restart);
    }

    /// <summary>
    /// `sco run --resume DIR`: continues the interrupted run whose checkpoint DIR holds, with the config, seed and
    /// engine stored there. Options given again must agree with them (<paramref name="config"/>, when a config file is
    /// given too, after <paramref name="request"/>'s seed); anything else is bad input naming what differs.
    /// </summary>
    public static int Resume(string directory, SimulationConfig? config, string configSource, RunRequest request,
        string commandLine, CheckpointPolicy checkpoints, Action<SimulationConfig, string>? check)
    {
        if (!Directory.Exists(directory))
        {
            throw new ConfigException(directory, "--resume", "directory does not exist");
        }

        CheckThreads(request.Threads);
        if (request.Shard is not null)
        {
            throw new ConfigException("command line", "--shard",
                "a shard run is not checkpointed; resume the whole run with 'sco run --resume DIR' alone, or rerun the shard");
        }

        var checkpoint = Checkpoint.Read(directory);
        string file = Checkpoint.PathIn(directory);
        if (checkpoint.Version != RunManifest.ProgramBuild)
        {
            throw new ConfigException(file, "$.version",
                $"written by SCOModel {checkpoint.Version}, this is {RunManifest.ProgramBuild}: a resumed run must be made " +
                "by the same build to equal an uninterrupted one; finish it with that build or start afresh with --restart");
        }

        var stored = ConfigReader.Parse(checkpoint.Config.ToJsonString(), file);
        check?.Invoke(stored, file);
        if (config is not null)
        {
            if (request.Seed is ulong seed)
            {
                config = config with { Seed = seed };
            }

            if (!JsonNode.DeepEquals(ConfigJson.ToNode(config), checkpoint.Config))
            {
                throw new ConfigException(configSource, "config",
                    config.Seed != stored.Seed
                        ? $"seed {config.Seed} differs from the interrupted run's {stored.Seed} (in {file}); resume with the same seed"
                        : $"differs from the config of the interrupted run (stored in {file}); resume without a config file, " +
                          "or start a new run into another --out");
            }
        }
        else if (request.Seed is ulong seed && seed != stored.Seed)
        {
            throw new ConfigException("command line", "--seed",
                $"seed {seed} differs from the interrupted run's {stored.Seed} (in {file}); resume with the same seed or without --seed");
        }

        var engine = SelectEngine(request.Engine ?? checkpoint.EngineOption, stored);
        if (engine.Name != checkpoint.Engine)
        {
            throw new ConfigException("command line", "--engine",
                $"engine '{engine.Name}' differs from the interrupted run's '{checkpoint.Engine}' (in {file}); resume without --engine");
        }

        var all = stored.Protocol.Paths();
        if (checkpoint.PathCount != all.Count)
        {
            throw new ConfigException(file, "$.path_count", $"expected {all.Count} paths for its config, found {checkpoint.PathCount}");
        }

        foreach (var (index, points) in checkpoint.Paths)
        {
            if (index < 0 || index >= all.Count || points.Count != all[index].PointCount)
            {
                throw new ConfigException(file, $"$.points: path {index}",
                    index < 0 || index >= all.Count
                        ? $"the config has paths 0..{all.Count - 1} only"
                        : $"expected {all[index].PointCount} points, found {points.Count}");
            }
        }

        foreach (var ((path, replica), walk) in checkpoint.Walks)
        {
            if (path < 0 || path >= all.Count || checkpoint.Paths.ContainsKey(path) || replica < 0
                || replica >= stored.MonteCarlo.Replicas || walk.PointsDone < 0 || walk.PointsDone > all[path].PointCount)
            {
                throw new ConfigException(file, $"$.walks: path {path}, replica {replica}",
                    $"does not fit the config ({all.Count} paths of which {checkpoint.Paths.Count} complete, " +
                    $"{stored.MonteCarlo.Replicas} replicas) or says {walk.PointsDone} points done");
            }
        }

        int threads = request.Threads ?? stored.Threads ?? Environment.ProcessorCount;
        Console.Error.WriteLine($"sco: resuming {stored.Name}: {checkpoint.Paths.Count} of {all.Count} paths " +
            $"({checkpoint.PointsDone} points) done" +
            (checkpoint.Walks.Count > 0 ? $", {checkpoint.Walks.Count} walks inside a path" : string.Empty));
        return CheckpointedRun.Run(engine, checkpoint.EngineOption, stored, threads, directory, commandLine, checkpoints, checkpoint);
    }

    private static void CheckThreads(int? threads)
    {
        if (threads is < 1)
        {
            throw new ConfigException("command line", "--threads", $"expected a positive integer, got {threads}");
        }
    }

    /// <summary>
    /// Writes a whole run's files (results.csv, summary.json, run.json, phase-diagram tables, charts, report.html) and
    /// reports on stdout; <c>sco merge</c> writes a merged run through the same path.
    /// </summary>
    internal static void WriteOutputs(string directory, RunManifest manifest,
        IReadOnlyList<(string BaseName, SCOModel.Plotting.Charts.Figure Figure)> extraFigures)
    {
        var config = manifest.Config;
        var result = manifest.Result;
        RunOutputs.Write(directory, manifest, SummaryFigures(config, result.Points));
        IReadOnlyList<(string BaseName, SCOModel.Plotting.Charts.Figure Figure)> figures = [.. RunCharts.Build(config, result), .. extraFigures];
        var charts = RunCharts.Write(directory, figures);
        RunReport.Write(directory, manifest, figures);
        Report(directory, config, result, charts);
    }

    /// <summary>
    /// Runs the engine with progress on the terminal, Ctrl+C and SIGTERM cancelling (through
    /// <paramref name="cancellation"/> when the caller wants to tell an interruption from a failure); prints the
    /// engine's warnings. <paramref name="pathCompleted"/> receives each path as soon as it is done
    /// (<see cref="RunContext.PathCompleted"/>); <paramref name="walks"/> saves and restores walks inside paths.
    /// </summary>
    internal static RunResult Execute(ISimulationEngine engine, SimulationConfig config, int threads,
        CancellationTokenSource? cancellation = null, Action<int, IReadOnlyList<PointResult>>? pathCompleted = null,
        IWalkCheckpoints? walks = null)
    {
        using var owned = cancellation is null ? new CancellationTokenSource() : null;
        var source = cancellation ?? owned!;
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            source.Cancel();
        };
        Console.CancelKeyPress += onCancel;

        // A batch system's time limit sends SIGTERM before it kills: treat it as Ctrl+C, so the work done is saved.
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            source.Cancel();
        });
        RunResult result;
        try
        {
            result = ProgressDisplay.Run(
                $"{config.Name}",
                progress => engine.Run(config, new RunContext(threads, progress, source.Token)
                {
                    PathCompleted = pathCompleted,
                    Walks = walks,
                }));
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        foreach (string warning in result.Warnings)
        {
            Console.Error.WriteLine($"sco: warning: {warning}");
        }

        return result;
    }

    private static ISimulationEngine SelectEngine(string? name, SimulationConfig config)
    {
        if (config.Model is WineRackModelConfig)
        {
            return WineRackEngineFor(name, config);
        }

        if (config.Model is MechanoelasticModelConfig)
        {
            return MechanoelasticEngineFor(name);
        }

        string key = name ?? "mc";
        return Engines.TryGetValue(key, out var create)
            ? create()
            : throw new ConfigException("command line", "--engine",
                $"unknown engine '{key}'; expected one of: {string.Join(", ", Engines.Keys)}");
    }

    /// <summary>
    /// The wine-rack (PHYSICS.md §5) is solved in mean field only, by its own engine, and has no switching kinetics: any
    /// other engine and protocols in physical time are bad input.
    /// </summary>
    private static WineRackEngine WineRackEngineFor(string? name, SimulationConfig config)
    {
        if (name is not null and not "meanfield")
        {
            throw new ConfigException("command line", "--engine", Engines.ContainsKey(name)
                ? $"the wine-rack model is solved in mean field; run it without --engine or with --engine meanfield, not '{name}'"
                : $"unknown engine '{name}'; expected one of: {string.Join(", ", Engines.Keys)}");
        }

        if (config.Protocol.RunsInTime)
        {
            throw new ConfigException("config", "$.protocol.kind",
                $"the wine-rack model has no switching kinetics, so it cannot run '{ConfigJson.ToNode(config)["protocol"]?["kind"]}' " +
                $"(a protocol in physical time); use a scan, a loop without rateKPerMin, a pressure loop or a phase diagram");
        }

        return new WineRackEngine();
    }

    /// <summary>
    /// The mechanoelastic model (PHYSICS.md §4) is Arrhenius Monte Carlo with elastic relaxation, run by its own engine;
    /// it has no mean-field solver.
    /// </summary>
    private static MechanoelasticEngine MechanoelasticEngineFor(string? name) => name switch
    {
        null or "mc" => new MechanoelasticEngine(),
        "meanfield" => throw new ConfigException("command line", "--engine",
            "the mechanoelastic model is Monte Carlo only (Arrhenius switching with elastic relaxation, PHYSICS.md §4); " +
            "run it without --engine or with --engine mc"),
        _ => throw new ConfigException("command line", "--engine",
            $"unknown engine '{name}'; expected one of: {string.Join(", ", Engines.Keys)}"),
    };

    /// <summary>The figures of summary.json that Core does not know: the wine-rack's NLC (<see cref="NegativeLinearCompressibility"/>).</summary>
    private static Action<JsonObject>? SummaryFigures(SimulationConfig config, IReadOnlyList<PointResult> points) =>
        config.Model is WineRackModelConfig ? summary => NegativeLinearCompressibility.AddTo(summary, points) : null;

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

        if (config.Model is WineRackModelConfig)
        {
            ReportNlc("a", NegativeLinearCompressibility.Along(result.Points, WineRackObservables.CompressibilityA));
            ReportNlc("b", NegativeLinearCompressibility.Along(result.Points, WineRackObservables.CompressibilityB));
        }

        if (result.SpinFlipAttempts > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {result.SpinFlipAttempts:0.000e+00} spin-flip attempts in {result.EngineSeconds:F1} s ({result.AttemptsPerSecond:0.000e+00}/s)"));
        }
    }

    private static void ReportNlc(string axis, NlcAxis nlc) => Console.WriteLine(
        nlc.PressureRangeGPa is { } range && nlc.Minimum is { } lowest
            ? string.Create(CultureInfo.InvariantCulture,
                $"  NLC along {axis}: K_{axis} < 0 at {nlc.Points} points, P {range.Low:0.####}–{range.High:0.####} GPa, " +
                $"T {nlc.TemperatureRangeK?.Low:0.##}–{nlc.TemperatureRangeK?.High:0.##} K; " +
                $"lowest {lowest.PerGPa:0.####}/GPa at {lowest.At.PressureGPa:0.####} GPa, {lowest.At.TemperatureK:0.##} K")
            : $"  NLC along {axis}: none");

    private static string Gpa(double? value) =>
        value is double v ? v.ToString("F4", CultureInfo.InvariantCulture) + " GPa" : "—";

    private static string Kelvin(double? value) =>
        value is double v ? v.ToString("F2", CultureInfo.InvariantCulture) + " K" : "—";
}
