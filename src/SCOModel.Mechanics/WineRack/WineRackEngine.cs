using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.Mechanics.WineRack;

/// <summary>
/// The mean-field engine of the wine-rack model ("meanfield"): walks the paths of any sweep-based protocol
/// (temperature scan or loop, equilibrium scan, pressure loop, phase diagram) with <see cref="WineRackModel"/>
/// (PHYSICS.md §2 and §5).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Points of a scan or an equilibrium scan take the stable, lowest-F state. Loop branches (heating, cooling,
/// compression, decompression) carry the state: F is descended from the previous point's n, so a metastable branch is
/// followed until its minimum disappears at a spinodal, like an infinitely slow experiment. A path starts from its
/// initial state: all LS, all HS, or n = 1/2 for "random".</item>
/// <item>Observables per point, all exact: n_HS; the energy per node of the effective Hamiltonian,
/// n (Δ − T ln g) + Γ n(1 − n) + G* (F without the mixing entropy, K); no nearest-neighbour correlation (NaN: the node
/// is a mean field without bonds); and the model's own <see cref="WineRackObservables"/>. The compressibilities are
/// the analytic total derivatives along the branch at fixed T, including the change of the spin state
/// (<see cref="WineRackModel.Compressibilities"/>); at a first-order jump of a scan the jump itself is not a derivative
/// and shows only as the step in a and b.</item>
/// <item>The sweep counts of the protocol are ignored; SpinFlipAttempts is 0. Protocols in physical time are refused:
/// the model has no switching kinetics.</item>
/// <item>Each path is handed to <see cref="RunContext.PathCompleted"/> as soon as it is walked, so that a checkpointed
/// run keeps it.</item>
/// </list>
/// </remarks>
public sealed class WineRackEngine : ISimulationEngine
{
    /// <inheritdoc />
    public string Name => "meanfield";

    /// <inheritdoc />
    public RunResult Run(SimulationConfig config, RunContext context)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(context);
        if (config.Model is not WineRackModelConfig modelConfig)
        {
            throw new NotSupportedException(
                $"the wine-rack engine runs wine-rack models only, not {config.Model.GetType().Name}");
        }

        if (config.Protocol.RunsInTime)
        {
            throw new NotSupportedException(
                "the wine-rack model has no switching kinetics: protocols in physical time (irradiation, relaxation, " +
                "liesst, lith, a temperature loop with rateKPerMin) are not supported; use a scan, a loop without a " +
                "rate, a pressure loop or a phase diagram");
        }

        var clock = Stopwatch.StartNew();
        var model = WineRackModel.From(modelConfig);
        var paths = config.Protocol.Paths();
        CheckPressures(model.Lattice, paths);
        int total = paths.Sum(p => p.PointCount);
        int done = 0;
        var walked = new List<PointResult>[paths.Count];
        try
        {
            Parallel.For(0, paths.Count,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Threads), CancellationToken = context.Cancellation },
                k =>
                {
                    walked[k] = Walk(model, paths[k], config.Protocol.InitialState, context, () =>
                        context.Progress?.Report((double)Interlocked.Increment(ref done) / total));

                    // A completed path goes to the run's checkpoint at once (sco run --resume runs only the others).
                    context.PathCompleted?.Invoke(k, walked[k]);
                });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        return new RunResult(walked.SelectMany(p => p).ToArray(), 0, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The observables of one point (see the remarks of the class).</summary>
    public static PointResult Observe(WineRackModel model, Branch branch, ControlPoint point, WineRackState state)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(state);
        return new PointResult(
            branch,
            point,
            Estimate.Exact(state.NHs),
            Estimate.Exact(model.EnergyK(state)),
            Estimate.Exact(double.NaN))
        {
            Observables = WineRackObservables.Of(state, model.Lattice.LayerSpacingA, model.Compressibilities(state)),
        };
    }

    private static List<PointResult> Walk(WineRackModel model, ControlPath path, InitialState initial,
        RunContext context, Action pointDone)
    {
        var points = new List<PointResult>(path.PointCount);
        WineRackState? state = null;
        foreach (var segment in path.Segments)
        {
            foreach (var point in segment.Points)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                double t = point.TemperatureK;
                double p = point.PressureGPa;
                state = segment.Branch is Branch.Scan or Branch.Equilibrium ? model.StableState(t, p)
                    : state is null ? model.Relax(StartLogit(initial), t, p)
                    : model.Relax(state, t, p);
                points.Add(Observe(model, segment.Branch, point, state));
                pointDone();
            }
        }

        return points;
    }

    /// <summary>The logit of n_HS a path starts from: all LS (−∞), all HS (+∞), or n = 1/2 for a random start.</summary>
    private static double StartLogit(InitialState state) => state switch
    {
        InitialState.Ls => double.NegativeInfinity,
        InitialState.Hs => double.PositiveInfinity,
        _ => 0,
    };

    /// <summary>
    /// Refuses, before anything runs, a pressure at which the net has no equilibrium at some spin state: beyond the fold
    /// of the hinge (rigid struts: where (P/P*) sin θ reaches 1, PHYSICS.md §5) or under a tension the struts cannot hold.
    /// </summary>
    private static void CheckPressures(WineRackLattice lattice, IReadOnlyList<ControlPath> paths)
    {
        var pressures = paths.SelectMany(p => p.Segments).SelectMany(s => s.Points).Select(p => p.PressureGPa).Distinct();
        foreach (double pressure in pressures)
        {
            for (int k = 0; k <= 16; k++)
            {
                double n = k / 16.0;
                if (lattice.TryRelax(n, pressure) is null)
                {
                    throw new ConfigException("config", "$.protocol", string.Create(CultureInfo.InvariantCulture,
                        $"at P = {pressure:G6} GPa the wine-rack has no equilibrium geometry (n_HS = {n:0.###}): the " +
                        $"hinges give way (pressure scale P* = k_θ/(χ c L²) = {lattice.CharacteristicPressureGPa(n):G4} GPa) " +
                        $"or the struts cannot hold the tension; keep the pressures lower or stiffen the hinges " +
                        $"(model.hingeStiffnessK)"));
                }
            }
        }
    }
}
