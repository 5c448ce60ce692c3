namespace SCOModel.Core.Configuration;

/// <summary>How the Monte Carlo engine samples.</summary>
/// <param name="Update">Single-spin update rule.</param>
/// <param name="Replicas">Independent replicas (own random streams) averaged for means and error bars.</param>
public sealed record MonteCarloSettings(UpdateRule Update = UpdateRule.Metropolis, int Replicas = 4)
{
    /// <summary>The largest replica count: the replica index is a 16-bit field of the random counter.</summary>
    public const int MaxReplicas = 65535;
}

/// <summary>Single-spin update rules.</summary>
public enum UpdateRule
{
    /// <summary>Accept a flip with probability min(1, e^(−ΔE/T)).</summary>
    Metropolis,

    /// <summary>Draw the new spin from its conditional distribution: P(s = +1) = 1/(1 + e^(−2 h_loc/T)).</summary>
    HeatBath,
}
