using System.Diagnostics;
using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.MonteCarlo.Kinetics;

/// <summary>
/// The Monte Carlo engine's path for protocols in physical time: every (path, replica) is an independent
/// <see cref="KineticWalker"/>, run in parallel; each point's n_HS (and energy, nearest-neighbour correlation) is the
/// mean over replicas with the standard error of that mean. A walk is a pure function of (seed, path, replica), so the
/// result does not depend on the thread count.
/// </summary>
internal static class KineticMonteCarlo
{
    public static RunResult Run(IsingLikeModelConfig modelConfig, SimulationConfig config, RunContext context)
    {
        var kinetics = modelConfig.Kinetics
            ?? throw new InvalidOperationException("a protocol in physical time needs the model's kinetics");
        var clock = Stopwatch.StartNew();
        var model = modelConfig.Build();
        var protocol = config.Protocol;
        var paths = protocol.Paths();
        int replicas = config.MonteCarlo.Replicas;
        long cap = config.MonteCarlo.MaxEventsPerSitePerStep;

        // observed[path][point][replica] = (n_HS, energy, nn correlation); capped[path][point] when cut short.
        var observed = paths.Select(p => new (double N, double E, double C)[p.PointCount, replicas]).ToArray();
        var capped = paths.Select(p => new bool[p.PointCount]).ToArray();
        long events = 0;
        int totalPoints = paths.Sum(p => p.PointCount) * replicas;
        int donePoints = 0;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, context.Threads),
            CancellationToken = context.Cancellation,
        };
        Parallel.For(0, paths.Count * replicas, options, walk =>
        {
            int p = walk / replicas;
            int r = walk % replicas;
            var walker = new KineticWalker(model, kinetics, protocol, config.Seed, paths[p].Stream ?? p, r);
            ControlPoint? previous = null;
            int k = 0;
            foreach (var point in paths[p].Segments.SelectMany(s => s.Points))
            {
                context.Cancellation.ThrowIfCancellationRequested();
                if (previous is { } from && !walker.Advance(from, point, cap))
                {
                    capped[p][k] = true;
                }

                var moments = model.Measure(walker.Spins);
                observed[p][k, r] = (model.HighSpinFraction(moments.Magnetisation),
                    model.EnergyPerSiteK(moments, point.TemperatureK, point.PressureGPa),
                    model.NearestNeighbourCorrelation(moments));
                previous = point;
                k++;
                context.Progress?.Report((double)Interlocked.Increment(ref donePoints) / totalPoints);
            }

            Interlocked.Add(ref events, (long)walker.Events);
        });

        var points = new List<PointResult>();
        var cut = new List<double>();
        for (int p = 0; p < paths.Count; p++)
        {
            int k = 0;
            foreach (var segment in paths[p].Segments)
            {
                foreach (var point in segment.Points)
                {
                    points.Add(new PointResult(segment.Branch, point,
                        OverReplicas(observed[p], k, x => x.N),
                        OverReplicas(observed[p], k, x => x.E),
                        OverReplicas(observed[p], k, x => x.C)));
                    if (capped[p][k])
                    {
                        cut.Add(point.TimeS ?? 0);
                    }

                    k++;
                }
            }
        }

        return new RunResult(points, events, clock.Elapsed.TotalSeconds)
        {
            Warnings = cut.Count == 0 ? [] : [CapWarning(cut, points.Count, cap)],
        };
    }

    /// <summary>Mean over replicas and the standard error of the mean (NaN for a single replica).</summary>
    private static Estimate OverReplicas((double N, double E, double C)[,] values, int point, Func<(double N, double E, double C), double> pick)
    {
        int count = values.GetLength(1);
        double mean = 0;
        for (int r = 0; r < count; r++)
        {
            mean += pick(values[point, r]);
        }

        mean /= count;
        if (count < 2)
        {
            return new Estimate(mean, double.NaN);
        }

        double squares = 0;
        for (int r = 0; r < count; r++)
        {
            double d = pick(values[point, r]) - mean;
            squares += d * d;
        }

        return new Estimate(mean, Math.Sqrt(squares / (count - 1) / count));
    }

    private static string CapWarning(List<double> times, int total, long cap)
    {
        var shown = times.Take(6).Select(t => t.ToString("G4", CultureInfo.InvariantCulture)).ToList();
        if (times.Count > shown.Count)
        {
            shown.Add("...");
        }

        return $"kinetic Monte Carlo stopped {times.Count} of {total} steps early (t = {string.Join(", ", shown)} s): " +
               $"the rates there would need more than {cap} events per site in one sub-step (the interval between two " +
               "points, at most 0.1 K of a ramp), so the sample was " +
               "already in its steady state; raise monteCarlo.maxEventsPerSitePerStep to run them in full";
    }
}
