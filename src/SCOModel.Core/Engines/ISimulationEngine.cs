using SCOModel.Core.Configuration;
using SCOModel.Core.Results;

namespace SCOModel.Core.Engines;

/// <summary>
/// An engine walks the paths of a protocol for a model and measures observables at every point. Engines are
/// interchangeable: the same config runs with any of them (DESIGN.md, "Protocols are engine-agnostic").
/// </summary>
public interface ISimulationEngine
{
    /// <summary>The engine's name as the CLI and run.json spell it (mc, meanfield).</summary>
    string Name { get; }

    /// <summary>Runs the simulation described by the config.</summary>
    RunResult Run(SimulationConfig config, RunContext context);
}

/// <summary>How to run: threads, progress reporting (fraction done, 0..1) and cancellation.</summary>
public sealed record RunContext(int Threads, IProgress<double>? Progress = null, CancellationToken Cancellation = default)
{
    /// <summary>
    /// Called once per path of the protocol as soon as all its points are measured, with the path's index in
    /// <see cref="Protocols.Protocol.Paths"/> and its points exactly as the run's result will hold them; may be called
    /// from any worker thread. Checkpointing (`sco run --resume`) saves completed paths through it; engines that do not
    /// call it simply give a checkpoint nothing to save before the run ends.
    /// </summary>
    public Action<int, IReadOnlyList<PointResult>>? PathCompleted { get; init; }

    /// <summary>
    /// Saves and restores walks inside a path, for engines whose walk state is small and exact to restore (the Monte
    /// Carlo sweeps of scans and loops); null when the run is not checkpointed. Engines that ignore it run an
    /// interrupted path again from its start.
    /// </summary>
    public IWalkCheckpoints? Walks { get; init; }

    /// <summary>One thread per processor, no progress, no cancellation.</summary>
    public static RunContext Default => new(Environment.ProcessorCount);
}
