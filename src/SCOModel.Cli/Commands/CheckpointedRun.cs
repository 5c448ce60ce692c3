using System.Diagnostics;
using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.Mechanics.Mechanoelastic;
using SCOModel.MonteCarlo;

namespace SCOModel.Cli.Commands;

/// <summary>
/// A whole run (`sco run`, `sco phase-diagram`, `sco run --resume DIR`) that saves its completed paths to
/// DIR/checkpoint as it goes. The path is the unit: paths are independent walks, each with its own random stream
/// (<see cref="ShardProtocol"/>), so a resumed run runs only the missing paths and its outputs are those of an
/// uninterrupted run, byte for byte (results.csv, summary.json, the phase-diagram tables). Engines report a path when
/// all its points are measured (<see cref="RunContext.PathCompleted"/>); the Monte Carlo sweeps of scans and loops also
/// save each walk at point boundaries (<see cref="IWalkCheckpoints"/>, kept by <see cref="CheckpointStore"/>) and go on
/// from there; other engines run a path in progress when the run stopped again from its start. Ctrl+C or SIGTERM
/// saves what is done, leaves DIR/PARTIAL and exits with <see cref="ExitCodes.Interrupted"/>; any other failure also
/// saves what is done and leaves DIR/PARTIAL, then fails as it would have. The final outputs are written only once every
/// path is done. A new run into a DIR that holds an unfinished run is refused unless told to restart: a requeued batch
/// job or a forgotten --resume must not throw hours of saved work away.
/// </summary>
internal static class CheckpointedRun
{
    private const string LockFile = ".lock";

    /// <summary>
    /// For tests: called after each completed path is recorded, with the number of paths done and the run's
    /// cancellation (cancelling it is what Ctrl+C does).
    /// </summary>
    internal static Action<int, CancellationTokenSource>? PathRecorded { get; set; }

    /// <summary>
    /// For tests: called after each point a walk measures (engines that save walks inside a path), with the number of
    /// points measured by all walks in this session and the run's cancellation.
    /// </summary>
    internal static Action<int, CancellationTokenSource>? PointRecorded { get; set; }

    private static CancellationTokenSource? s_cancellation;

    /// <summary>
    /// Runs the paths of <paramref name="config"/> not in <paramref name="resumed"/> (all of them for a fresh run) and
    /// writes the whole run's outputs into <paramref name="directory"/>. A fresh run into a directory holding an
    /// unfinished run's checkpoint is bad input unless <paramref name="restart"/> (`--restart`) discards it.
    /// </summary>
    public static int Run(ISimulationEngine engine, string? engineOption, SimulationConfig config, int threads,
        string directory, string commandLine, CheckpointPolicy policy, Checkpoint? resumed, bool restart = false)
    {
        var all = config.Protocol.Paths();
        var remaining = Enumerable.Range(0, all.Count).Where(i => resumed?.Paths.ContainsKey(i) != true).ToArray();
        bool createdDirectory = !Directory.Exists(directory);
        Directory.CreateDirectory(directory);
        string folder = Path.Combine(directory, Checkpoint.FolderName);
        var initial = resumed ?? new Checkpoint(RunManifest.ProgramBuild, engine.Name, engineOption,
            (System.Text.Json.Nodes.JsonObject)ConfigJson.ToNode(config), all.Count, DateTimeOffset.UtcNow, 0, false,
            new Dictionary<int, IReadOnlyList<PointResult>>(), new Dictionary<(int Path, int Replica), WalkSnapshot>());
        var store = new CheckpointStore(initial, directory, policy, all.Select(p => p.PointCount).ToArray(), remaining,
            config.MonteCarlo.Replicas)
        {
            PointMeasured = PointRecorded is { } hook ? count => hook(count, s_cancellation!) : null,
        };

        RunResult? part = null;
        using (var held = Lock(directory))
        {
            if (resumed is null && File.Exists(Checkpoint.PathIn(directory)))
            {
                if (!restart)
                {
                    throw new ConfigException(directory, "--out", $"{Unfinished(directory)}: continue it with " +
                        $"'sco run --resume {directory}', or start afresh with --restart (its checkpoint is then discarded)");
                }

                Console.Error.WriteLine($"sco: note: --restart: discarding the unfinished run in {directory}, which {Unfinished(directory)}");
                File.Delete(Path.Combine(directory, Checkpoint.PartialMarker));
            }

            store.Write(interrupted: false);
            if (remaining.Length > 0)
            {
                // Nothing saved yet: run the protocol as it is (engines that dispatch on its kind see it).
                var partConfig = initial.Paths.Count == 0 ? config : config with { Protocol = new ShardProtocol(config.Protocol, remaining) };
                using var cancellation = new CancellationTokenSource();
                s_cancellation = cancellation;
                try
                {
                    part = SimulationRunner.Execute(engine, partConfig, threads, cancellation, (index, points) =>
                    {
                        int done = store.PathCompleted(index, points);
                        PathRecorded?.Invoke(done, cancellation);
                    }, store);
                }
                catch (Exception e) when (cancellation.IsCancellationRequested && IsCancellation(e))
                {
                    store.Write(interrupted: true);
                    var done = store.Paths;
                    int walks = store.WalksInProgress;
                    MarkPartial(directory, "was interrupted", done.Count, all.Count);
                    string inside = walks > 0
                        ? $", and {walks} walk{(walks == 1 ? string.Empty : "s")} inside a path at its last point"
                        : string.Empty;
                    Console.Error.WriteLine($"sco: interrupted: {done.Count} of {all.Count} paths ({done.Values.Sum(p => p.Count)} points){inside} " +
                        $"saved to {Checkpoint.PathIn(directory)}; work since then will run again");
                    Console.Error.WriteLine($"Resume with: sco run --resume {directory}");
                    return ExitCodes.Interrupted;
                }
                catch (Exception e) when (resumed is not null && Restoring(e) is { } bad)
                {
                    throw new ConfigException(Checkpoint.PathIn(directory), "$.walks", $"a saved walk cannot be restored: {bad.Message}");
                }
                catch when (resumed is null && store.Paths.Count == 0 && store.WalksInProgress == 0)
                {
                    // Nothing worth keeping: leave the directory as it was.
                    held.Dispose();
                    Directory.Delete(folder, recursive: true);
                    if (createdDirectory && !Directory.EnumerateFileSystemEntries(directory).Any())
                    {
                        Directory.Delete(directory);
                    }

                    throw;
                }
                catch (Exception failure) when (store.Paths.Count > 0 || store.WalksInProgress > 0)
                {
                    // Keep what is done (paths completed since the last save included), then fail as the run did.
                    SaveAfterFailure(store, directory, all.Count, failure);
                    throw;
                }
                finally
                {
                    s_cancellation = null;
                }
            }
        }

        var result = Assemble(all, new Dictionary<int, IReadOnlyList<PointResult>>(store.Paths), remaining, part,
            resumed is null ? null : resumed.EngineSeconds, () => ProtocolAttempts(engine, config));
        var manifest = new RunManifest(config, engine.Name, threads, initial.StartedUtc, DateTimeOffset.UtcNow, result, commandLine);
        IReadOnlyList<(string BaseName, SCOModel.Plotting.Charts.Figure Figure)> snapshots =
            engine is MechanoelasticEngine { Snapshots: var taken } ? Reporting.RunCharts.Snapshots(taken, config) : [];
        SimulationRunner.WriteOutputs(directory, manifest, snapshots);

        // The outputs are complete: the checkpoint and the marker have served.
        Directory.Delete(folder, recursive: true);
        File.Delete(Path.Combine(directory, Checkpoint.PartialMarker));
        return ExitCodes.Success;
    }

    /// <summary>
    /// The whole run's result: the saved paths and the paths run now, in the protocol's order. A fresh run's result is
    /// the engine's own. For a resumed run the engine seconds add up over the sessions, and the spin-flip attempts are
    /// those of the whole protocol: a sampling engine spends the same (equilibration + measured) sweeps × replicas ×
    /// sites at every point, so the attempts of the paths run now scale by points; when every path was saved before
    /// (nothing ran in the last session) they come from <paramref name="protocolAttempts"/>. Warnings are those of the
    /// paths run in the last session (none when nothing ran).
    /// </summary>
    private static RunResult Assemble(IReadOnlyList<Core.Protocols.ControlPath> all,
        Dictionary<int, IReadOnlyList<PointResult>> done, int[] remaining, RunResult? part, double? earlierSeconds,
        Func<long> protocolAttempts)
    {
        if (part is not null)
        {
            int next = 0;
            foreach (int index in remaining)
            {
                done[index] = part.Points.Skip(next).Take(all[index].PointCount).ToArray();
                next += all[index].PointCount;
            }

            if (next != part.Points.Count)
            {
                throw new InvalidOperationException($"the engine returned {part.Points.Count} points for {next} on the paths it ran");
            }

            if (earlierSeconds is null)
            {
                return part;
            }
        }

        var points = Enumerable.Range(0, all.Count).SelectMany(i => done[i]).ToArray();
        long partPoints = part?.Points.Count ?? 0;
        long attempts = part is null ? protocolAttempts()
            : partPoints == 0 ? 0
            : (long)((Int128)part.SpinFlipAttempts * points.Length / partPoints);
        return new RunResult(points, attempts, (earlierSeconds ?? 0) + (part?.EngineSeconds ?? 0))
        {
            Warnings = part?.Warnings ?? [],
            ExchangeRates = part?.ExchangeRates,
        };
    }

    /// <summary>
    /// The spin-flip attempts of the whole protocol, for a resumed run whose paths were all saved before: the engines
    /// that save paths are the Monte Carlo sweeps of scans and loops, which spend (equilibration + measured) sweeps ×
    /// replicas × sites at every point (as <see cref="MonteCarloEngine"/> counts them), and the mean-field engines,
    /// which sample nothing.
    /// </summary>
    private static long ProtocolAttempts(ISimulationEngine engine, SimulationConfig config)
    {
        var protocol = config.Protocol;
        if (engine is not MonteCarloEngine || config.Model is not IsingLikeModelConfig model || protocol.RunsInTime
            || protocol is EquilibriumScan)
        {
            return 0;
        }

        long points = protocol.Paths().Sum(p => (long)p.PointCount);
        long sweepsPerPoint = (long)protocol.EquilibrationSweeps + protocol.SweepsPerPoint;
        return points * config.MonteCarlo.Replicas * sweepsPerPoint * model.Build().Lattice.SiteCount;
    }

    /// <summary>What an unfinished run's checkpoint says of itself, for the messages that name it.</summary>
    private static string Unfinished(string directory)
    {
        try
        {
            var saved = Checkpoint.Read(directory);
            return $"holds an unfinished run ({saved.Paths.Count} of {saved.PathCount} paths saved)";
        }
        catch (ConfigException e)
        {
            return $"holds an unfinished run whose checkpoint cannot be read ({e.Problem})";
        }
    }

    /// <summary>
    /// After a failure that is not an interruption: writes what the store holds and DIR/PARTIAL. A failure to save is
    /// reported, not thrown, so that the run's own failure is what the user sees.
    /// </summary>
    private static void SaveAfterFailure(CheckpointStore store, string directory, int pathCount, Exception failure)
    {
        try
        {
            store.Write(interrupted: true);
            int done = store.Paths.Count;

            // Parallel walks fail as an AggregateException ("One or more errors occurred"): name the first cause.
            var cause = failure is AggregateException aggregate ? aggregate.Flatten().InnerExceptions.FirstOrDefault() ?? failure : failure;
            MarkPartial(directory, $"failed ({cause.GetType().Name}: {cause.Message})", done, pathCount);
            Console.Error.WriteLine($"sco: the run failed; {done} of {pathCount} paths saved to {Checkpoint.PathIn(directory)}. " +
                $"Resume with: sco run --resume {directory}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sco: the run failed, and saving its checkpoint failed too: {e.Message}");
        }
    }

    /// <summary>Writes DIR/PARTIAL: the run stopped with <paramref name="done"/> paths saved, and how to resume it.</summary>
    private static void MarkPartial(string directory, string how, int done, int pathCount) =>
        AtomicFile.WriteAllText(Path.Combine(directory, Checkpoint.PartialMarker),
            $"This run {how}: {done} of {pathCount} paths are saved in {Checkpoint.FolderName}/{Checkpoint.FileName}.\n" +
            "Resume it with: sco run --resume <this directory>\n");

    /// <summary>
    /// Holds DIR/checkpoint/.lock for the run, so that a second `sco run --resume DIR` (or a second run into DIR)
    /// refuses instead of interleaving its saves with this one's. The lock goes with the process, however it ends.
    /// </summary>
    private static FileStream Lock(string directory)
    {
        string path = Path.Combine(directory, Checkpoint.FolderName, LockFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new ConfigException(directory, "--out",
                "another 'sco run' is writing to this directory now (its checkpoint is locked); wait for it or choose another --out");
        }
    }

    /// <summary>The engine's complaint about a saved walk, however deep in its parallel loops it was thrown.</summary>
    private static InvalidDataException? Restoring(Exception e) => e switch
    {
        InvalidDataException bad => bad,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.OfType<InvalidDataException>().FirstOrDefault(),
        _ => null,
    };

    private static bool IsCancellation(Exception e) =>
        e is OperationCanceledException
        || (e is AggregateException aggregate && aggregate.Flatten().InnerExceptions.All(x => x is OperationCanceledException));
}
