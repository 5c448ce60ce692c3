using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.Mechanics.Mechanoelastic;

/// <summary>
/// The Monte Carlo engine of the mechanoelastic model (PHYSICS.md §4): Arrhenius switching with the local pressure in
/// the barrier, the positions relaxing after every step. Every (path, replica) pair is an independent walk, run in
/// parallel; every random number is a function of (seed, path, replica, step, molecule), so the result is the same for
/// any thread count. It walks sweep-based protocols (temperature loops and scans, pressure loops, phase diagrams; one
/// Monte Carlo step per "sweep"); pressure acts on the boundary of an open sample (<see cref="BoundaryPressure"/>) and
/// through Δ(P) = Δ + P ΔV. After a run, <see cref="Snapshots"/> holds the first replica's configurations at the model's snapshot
/// temperatures and pressures.
/// </summary>
public sealed class MechanoelasticEngine : ISimulationEngine
{
    /// <inheritdoc />
    public string Name => "mc";

    /// <summary>The snapshots of the last run, in path and point order.</summary>
    public IReadOnlyList<MechanoelasticSnapshot> Snapshots { get; private set; } = [];

    /// <inheritdoc />
    public RunResult Run(SimulationConfig config, RunContext context)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(context);
        if (config.Model is not MechanoelasticModelConfig modelConfig)
        {
            throw new NotSupportedException($"the mechanoelastic engine does not run {config.Model.GetType().Name} models");
        }

        var protocol = config.Protocol;
        CheckProtocol(config.Name, protocol, modelConfig);
        var clock = Stopwatch.StartNew();
        var model = MechanoelasticModel.Build(modelConfig, protocol.InitialState);
        var paths = protocol.Paths();
        var allPoints = paths.SelectMany(p => p.Segments).SelectMany(s => s.Points).ToArray();
        double[] extremes = [0, allPoints.Min(p => p.PressureGPa), allPoints.Max(p => p.PressureGPa)];
        var switching = new ArrheniusSwitching(model.Parameters, allPoints,
            model.PressureScaleUnder(extremes.Select(model.Parameters.BoundaryPressure)));
        int replicas = config.MonteCarlo.Replicas;
        int walks = paths.Count * replicas;
        long stepsPerPoint = (long)protocol.EquilibrationSweeps + protocol.SweepsPerPoint;
        long totalSteps = paths.Sum(p => (long)p.PointCount) * replicas * stepsPerPoint;
        long doneSteps = 0;
        var snapshotPoints = paths.Select(p => SnapshotPoints(p, modelConfig.SnapshotsAtK, modelConfig.SnapshotsAtGPa)).ToArray();

        var series = paths.Select(p => Enumerable.Range(0, p.PointCount).Select(_ => new MechanoelasticSeries[replicas]).ToArray()).ToArray();
        var snapshots = new ConcurrentDictionary<(int Path, int Point), MechanoelasticSnapshot>();
        var walkers = new MechanoelasticWalker[walks];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(context.Threads, 1, walks), CancellationToken = context.Cancellation };
        Parallel.For(0, walks, options, walk =>
        {
            int p = walk / replicas;
            int r = walk % replicas;
            var walker = new MechanoelasticWalker(model.Lattice, model.Parameters, switching, model.CreateRelaxation(),
                config.Seed, paths[p].Stream ?? p, r, protocol.InitialState);
            walkers[walk] = walker;
            int k = 0;
            foreach (var segment in paths[p].Segments)
            {
                foreach (var point in segment.Points)
                {
                    context.Cancellation.ThrowIfCancellationRequested();
                    series[p][k][r] = walker.Visit(point, protocol.EquilibrationSweeps, protocol.SweepsPerPoint);
                    if (r == 0 && snapshotPoints[p].TryGetValue(k, out bool atPressure))
                    {
                        snapshots[(p, k)] = walker.Snapshot(segment.Branch, point) with { AtPressure = atPressure };
                    }

                    k++;
                    long done = Interlocked.Add(ref doneSteps, stepsPerPoint);
                    context.Progress?.Report((double)done / totalSteps);
                }
            }
        });

        var points = new List<PointResult>();
        for (int p = 0; p < paths.Count; p++)
        {
            int k = 0;
            foreach (var segment in paths[p].Segments)
            {
                foreach (var point in segment.Points)
                {
                    points.Add(MechanoelasticSeries.Combine(segment.Branch, point, series[p][k++]));
                }
            }
        }

        Snapshots = snapshots.OrderBy(s => s.Key.Path).ThenBy(s => s.Key.Point).Select(s => s.Value).ToArray();
        long attempts = totalSteps * model.Lattice.SiteCount;
        return new RunResult(points, attempts, clock.Elapsed.TotalSeconds) { Warnings = Warnings(walkers, model, switching.PressureScale) };
    }

    /// <summary>Refuses what this engine does not (yet) walk, naming the way out.</summary>
    private static void CheckProtocol(string source, Protocol protocol, MechanoelasticModelConfig model)
    {
        if (protocol.RunsInTime)
        {
            throw new ConfigException(source, "$.protocol",
                "the mechanoelastic model runs in Monte Carlo steps; protocols in physical time (rateKPerMin, " +
                "irradiation, relaxation, liesst, lith) are not available for it");
        }

        if (protocol is EquilibriumScan)
        {
            throw new ConfigException(source, "$.protocol.kind",
                "the mechanoelastic model has Arrhenius kinetics, not an equilibrium sampler; use a temperature-loop or " +
                "temperature-scan");
        }

        if (model.Lattice.Shape == MechanoelasticShape.Periodic && model.Ensemble != MechanoelasticEnsemble.ConstantPressure &&
            protocol.Paths().SelectMany(p => p.Segments).SelectMany(s => s.Points).Any(p => p.PressureGPa != 0))
        {
            throw new ConfigException(source, "$.protocol",
                "a periodic box of fixed size cannot take pressure: give \"ensemble\": \"constant-pressure\", use an " +
                "open shape, or pressure 0");
        }
    }

    /// <summary>
    /// The points of a path nearest to each snapshot temperature, on every branch that sweeps a range holding it, and
    /// likewise to each snapshot pressure (true: chosen for a pressure; a point chosen for both counts as a temperature's).
    /// </summary>
    private static Dictionary<int, bool> SnapshotPoints(ControlPath path, IReadOnlyList<double> temperaturesK, IReadOnlyList<double> pressuresGPa)
    {
        var chosen = new Dictionary<int, bool>();
        int first = 0;
        foreach (var segment in path.Segments)
        {
            foreach (int k in Nearest(segment.Points.Select(p => p.PressureGPa).ToArray(), pressuresGPa))
            {
                chosen[first + k] = true;
            }

            foreach (int k in Nearest(segment.Points.Select(p => p.TemperatureK).ToArray(), temperaturesK))
            {
                chosen[first + k] = false;
            }

            first += segment.Points.Count;
        }

        return chosen;
    }

    /// <summary>
    /// The indices of the values nearest to each target within their range, if the values sweep one (a pressure loop's
    /// temperatures, all alike, hold no temperature snapshot).
    /// </summary>
    private static IEnumerable<int> Nearest(double[] values, IReadOnlyList<double> targets)
    {
        double min = values.Min(), max = values.Max();
        foreach (double t in targets)
        {
            if (max > min && t >= min - 1e-9 && t <= max + 1e-9)
            {
                yield return Enumerable.Range(0, values.Length).MinBy(k => Math.Abs(values[k] - t));
            }
        }
    }

    private static string[] Warnings(MechanoelasticWalker[] walkers, MechanoelasticModel model, double pressureScale)
    {
        var warnings = new List<string>();
        long unconverged = walkers.Sum(w => w.UnconvergedRelaxations);
        if (unconverged > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{unconverged} of {walkers.Sum(w => w.Relaxations)} elastic relaxations stopped above the force " +
                $"tolerance {model.ForceTolerance:G3} K/Å"));
        }

        long clamped = walkers.Sum(w => w.ClampedProbabilities);
        if (clamped > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{clamped} switching probabilities exceeded 1 and were clamped: local pressures beyond the scale " +
                $"{pressureScale:G4} K/Å that fixes 1/τ (detailed balance does not hold for those attempts)"));
        }

        return [.. warnings];
    }
}
