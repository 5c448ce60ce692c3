using System.Diagnostics;
using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.MonteCarlo.Statistics;

namespace SCOModel.MonteCarlo;

/// <summary>
/// The Monte Carlo engine: every (path, replica) pair of the protocol is an independent walk, run in parallel;
/// inside a walk, the chunks of a colour class run in parallel with the threads left over. Every random number is a
/// function of (seed, path, replica, sweep, site), so the result is bit-identical for any thread count.
/// </summary>
public sealed class MonteCarloEngine : ISimulationEngine
{
    /// <inheritdoc />
    public string Name => "mc";

    /// <inheritdoc />
    public RunResult Run(SimulationConfig config, RunContext context)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(context);
        if (config.Model is not IsingLikeModelConfig modelConfig)
        {
            throw new NotSupportedException($"the Monte Carlo engine does not run {config.Model.GetType().Name} models");
        }

        if (modelConfig.Heterogeneity is not null && (config.Protocol.RunsInTime || config.Protocol is EquilibriumScan))
        {
            throw new NotSupportedException(
                "heterogeneous samples (sublattices, site disorder, trapped or inert sites, halogen contacts) run with " +
                "the Metropolis/heat-bath sweeps of scans and loops; kinetic Monte Carlo, parallel tempering and " +
                "Wang–Landau use the uniform field and do not take them yet");
        }

        if (config.Protocol.RunsInTime)
        {
            return Kinetics.KineticMonteCarlo.Run(modelConfig, config, context);
        }

        if (config.Protocol is EquilibriumScan scan)
        {
            return scan.Sampler == EquilibriumSampler.WangLandau
                ? Sampling.WangLandau.Run(modelConfig, config, scan, context)
                : Sampling.ParallelTempering.Run(modelConfig, config, scan, context);
        }

        var clock = Stopwatch.StartNew();
        var model = modelConfig.Build();
        var schedule = SweepSchedule.For(model.Lattice);
        var protocol = config.Protocol;
        var paths = protocol.Paths();
        int replicas = config.MonteCarlo.Replicas;
        int walks = paths.Count * replicas;
        int outerThreads = Math.Clamp(context.Threads, 1, walks);
        int innerThreads = Math.Max(1, context.Threads / outerThreads);
        long sweepsPerPoint = (long)protocol.EquilibrationSweeps + protocol.SweepsPerPoint;
        long totalSweeps = paths.Sum(p => (long)p.PointCount) * replicas * sweepsPerPoint;
        long doneSweeps = 0;

        // series[path][point][replica]
        var series = paths.Select(p => new PointSeries[p.PointCount][]).ToArray();
        for (int p = 0; p < paths.Count; p++)
        {
            for (int k = 0; k < series[p].Length; k++)
            {
                series[p][k] = new PointSeries[replicas];
            }
        }

        // Replicas still walking each path: the last one to finish hands the path's points to a checkpoint.
        var walking = paths.Select(_ => replicas).ToArray();
        var options = new ParallelOptions { MaxDegreeOfParallelism = outerThreads, CancellationToken = context.Cancellation };
        var saved = context.Walks;
        Parallel.For(0, walks, options, walk =>
        {
            int p = walk / replicas;
            int r = walk % replicas;
            // A loop walks the stream named by what it holds fixed, so a phase-diagram line equals the loop run alone.
            var walker = new ReplicaWalker(model, schedule, config, paths[p].Stream ?? p, r, innerThreads);
            int start = saved?.Restore(p, r) is { } snapshot ? Resume(walker, snapshot, series[p], r) : 0;
            Interlocked.Add(ref doneSweeps, start * sweepsPerPoint);
            int k = 0;
            foreach (var segment in paths[p].Segments)
            {
                foreach (var point in segment.Points)
                {
                    if (k < start)
                    {
                        k++;
                        continue;
                    }

                    if (context.Cancellation.IsCancellationRequested)
                    {
                        // Stopped at a point boundary: hand in the walk so far, so that a resumed run goes on from here.
                        saved?.Save(p, r, Snapshot(walker, series[p], r, k));
                        context.Cancellation.ThrowIfCancellationRequested();
                    }

                    series[p][k++][r] = walker.Visit(point, protocol.EquilibrationSweeps, protocol.SweepsPerPoint);
                    long done = Interlocked.Add(ref doneSweeps, sweepsPerPoint);
                    context.Progress?.Report((double)done / totalSweeps);
                    if (saved?.PointDone(p, r, k) == true)
                    {
                        saved.Save(p, r, Snapshot(walker, series[p], r, k));
                    }
                }
            }

            // A replica done before the others of its path: keep its series until the path completes.
            if (replicas > 1)
            {
                saved?.Save(p, r, Snapshot(walker, series[p], r, k));
            }

            if (Interlocked.Decrement(ref walking[p]) == 0 && context.PathCompleted is { } completed)
            {
                completed(p, PathPoints(paths[p], series[p]));
            }
        });

        var points = new List<PointResult>();
        for (int p = 0; p < paths.Count; p++)
        {
            points.AddRange(PathPoints(paths[p], series[p]));
        }

        long attempts = totalSweeps * model.Lattice.SiteCount;
        return new RunResult(points, attempts, clock.Elapsed.TotalSeconds)
        {
            Warnings = new[] { MetropolisZeroFieldWarning(model, config), PointSeries.ShortRunWarning(points, protocol.SweepsPerPoint) }
                .OfType<string>().ToArray(),
        };
    }

    /// <summary>Puts a walker and its measured series where a snapshot left them; returns the points already done.</summary>
    private static int Resume(ReplicaWalker walker, WalkSnapshot snapshot, PointSeries[][] series, int replica)
    {
        var (sweep, spins, measured) = SavedWalk.Decode(snapshot.State, walker.Spins.Length, snapshot.PointsDone);
        if (measured.Length != snapshot.PointsDone || measured.Length > series.Length)
        {
            throw new InvalidDataException(
                $"a saved walk holds {measured.Length} points for {snapshot.PointsDone} done on a path of {series.Length}");
        }

        walker.Restore(spins, sweep);
        for (int k = 0; k < measured.Length; k++)
        {
            series[k][replica] = measured[k];
        }

        return measured.Length;
    }

    /// <summary>A walk's snapshot after <paramref name="pointsDone"/> points of its path.</summary>
    private static WalkSnapshot Snapshot(ReplicaWalker walker, PointSeries[][] series, int replica, int pointsDone) =>
        new(pointsDone, SavedWalk.Encode(walker, series.Take(pointsDone).Select(s => s[replica]).ToArray()));

    /// <summary>The points of one path, each combined over its replicas' series (series[point][replica]).</summary>
    private static List<PointResult> PathPoints(ControlPath path, PointSeries[][] series)
    {
        var points = new List<PointResult>(path.PointCount);
        int k = 0;
        foreach (var segment in path.Segments)
        {
            foreach (var point in segment.Points)
            {
                points.Add(PointSeries.Combine(segment.Branch, point, series[k++]));
            }
        }

        return points;
    }

    /// <summary>
    /// Metropolis with a fixed sweep order accepts every zero-cost flip, so where most flips cost (almost) nothing
    /// the dynamics is (almost) deterministic and does not reach every state: independent sites (J = 0) and a chain,
    /// whose domain walls then march, near h = 0. Averages there are biased; heat bath is not.
    /// </summary>
    private static string? MetropolisZeroFieldWarning(Core.Models.IsingLikeModel model, SimulationConfig config)
    {
        bool prone = model.UniformCouplingK == 0 || model.Lattice.Spec.Kind == Core.Lattices.LatticeKind.Chain;
        if (config.MonteCarlo.Update != UpdateRule.Metropolis || !prone || model.GlobalCouplingK != 0)
        {
            return null;
        }

        var near = config.Protocol.Paths()
            .SelectMany(p => p.Segments).SelectMany(s => s.Points)
            .Where(p => Math.Abs(model.Parameters.FieldK(p.TemperatureK, p.PressureGPa) / p.TemperatureK) < 1e-3)
            .Select(p => p.TemperatureK)
            .Distinct()
            .ToArray();
        return near.Length == 0
            ? null
            : $"Metropolis does not sample correctly where the field h = (T ln g − Δ)/2 vanishes on a " +
              $"{(model.UniformCouplingK == 0 ? "lattice with J = 0" : "chain")} (T = " +
              $"{string.Join(", ", near.Select(t => t.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)))} K): " +
              "zero-cost flips are deterministic under a fixed sweep order; use \"update\": \"heat-bath\" there";
    }
}
