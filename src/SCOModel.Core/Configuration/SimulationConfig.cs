using SCOModel.Core.Protocols;

namespace SCOModel.Core.Configuration;

/// <summary>
/// A resolved run configuration: every default filled in, every unit converted. It reads as the experiment does:
/// the material and sample (model), then what is done to it (protocol), then how it is sampled. Serialised with
/// <see cref="ConfigJson"/> it is again a valid config file.
/// </summary>
public sealed record SimulationConfig(
    string Name,
    ulong Seed,
    ModelConfig Model,
    Protocol Protocol,
    MonteCarloSettings MonteCarlo)
{
    /// <summary>Seed used when a config gives none.</summary>
    public const ulong DefaultSeed = 42;

    /// <summary>Threads requested by the config (the CLI's --threads overrides it); null for one per processor.</summary>
    public int? Threads { get; init; }
}
