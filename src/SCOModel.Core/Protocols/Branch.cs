namespace SCOModel.Core.Protocols;

/// <summary>
/// The branch a point belongs to; written in results.csv in kebab-case (heating, cooling, scan, equilibrium,
/// compression, decompression, irradiation, relaxation).
/// </summary>
public enum Branch
{
    /// <summary>Temperature rising, state carried from the previous point.</summary>
    Heating,

    /// <summary>Temperature falling, state carried from the previous point.</summary>
    Cooling,

    /// <summary>Independent equilibrium points, each started afresh.</summary>
    Scan,

    /// <summary>
    /// Equilibrium points sampled together by an equilibrium sampler (parallel tempering), which crosses the barriers
    /// of a first-order transition that a scan or a loop does not.
    /// </summary>
    Equilibrium,

    /// <summary>Pressure rising at fixed temperature, state carried from the previous point.</summary>
    Compression,

    /// <summary>Pressure falling at fixed temperature, state carried from the previous point.</summary>
    Decompression,

    /// <summary>Light on at fixed temperature, in physical time.</summary>
    Irradiation,

    /// <summary>Light off at fixed temperature, in physical time: the decay towards equilibrium.</summary>
    Relaxation,
}
