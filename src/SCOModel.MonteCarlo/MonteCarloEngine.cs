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

        var options = new ParallelOptions { MaxDegreeOfParallelism = outerThreads, CancellationToken = context.Cancellation };
        Parallel.For(0, walks, options, walk =>
        {
            int p = walk / replicas;
            int r = walk % replicas;
            // A loop walks the stream named by what it holds fixed, so a phase-diagram line equals the loop run alone.
            var walker = new ReplicaWalker(model, schedule, config, paths[p].Stream ?? p, r, innerThreads);
            int k = 0;
            foreach (var segment in paths[p].Segments)
            {
                foreach (var point in segment.Points)
                {
                    context.Cancellation.ThrowIfCancellationRequested();
                    series[p][k++][r] = walker.Visit(point, protocol.EquilibrationSweeps, protocol.SweepsPerPoint);
                    long done = Interlocked.Add(ref doneSweeps, sweepsPerPoint);
                    context.Progress?.Report((double)done / totalSweeps);
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
                    points.Add(PointSeries.Combine(segment.Branch, point, series[p][k++]));
                }
            }
        }

        long attempts = totalSweeps * model.Lattice.SiteCount;
        return new RunResult(points, attempts, clock.Elapsed.TotalSeconds)
        {
            Warnings = new[] { MetropolisZeroFieldWarning(model, config), PointSeries.ShortRunWarning(points, protocol.SweepsPerPoint) }
                .OfType<string>().ToArray(),
        };
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
