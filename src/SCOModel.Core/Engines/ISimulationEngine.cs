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
    /// <summary>One thread per processor, no progress, no cancellation.</summary>
    public static RunContext Default => new(Environment.ProcessorCount);
}
