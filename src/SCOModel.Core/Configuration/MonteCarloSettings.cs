namespace SCOModel.Core.Configuration;

/// <summary>How the Monte Carlo engine samples.</summary>
/// <param name="Update">Single-spin update rule.</param>
/// <param name="Replicas">Independent replicas (own random streams) averaged for means and error bars.</param>
public sealed record MonteCarloSettings(UpdateRule Update = UpdateRule.HeatBath, int Replicas = 4)
{
    /// <summary>
    /// Kinetic Monte Carlo only: the most events per site in one sub-step (at most 0.1 K of a ramp, or the interval
    /// between two points); beyond it the sample is in its steady state and the walker moves on, with a warning.
    /// </summary>
    public long MaxEventsPerSitePerStep { get; init; } = 100;

    /// <summary>The largest replica count: the replica index is a 16-bit field of the random counter.</summary>
    public const int MaxReplicas = 65535;
}

/// <summary>Single-spin update rules.</summary>
public enum UpdateRule
{
    /// <summary>
    /// Accept a flip with probability min(1, e^(−ΔE/T)). With SCOModel's fixed (colour-class) sweep order, flips that
    /// cost nothing are deterministic; where they dominate (J = 0 or a chain, near T_eq) the sweep chain does not
    /// reach every state and averages are biased. The engine warns in those cases.
    /// </summary>
    Metropolis,

    /// <summary>
    /// Draw the new spin from its conditional distribution: P(s = +1) = 1/(1 + e^(−2 h_loc/T)) (Glauber). Ergodic for
    /// any sweep order; the default.
    /// </summary>
    HeatBath,
}
