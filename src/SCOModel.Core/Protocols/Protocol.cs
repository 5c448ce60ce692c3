using System.Text.Json.Serialization;

namespace SCOModel.Core.Protocols;

/// <summary>
/// A protocol is a description of a path through control space (T, P, light, time), independent of the engine that
/// walks it (DESIGN.md, "How data flows"). The sampling fields say how long an engine dwells at each point; engines
/// without sweeps (mean field) ignore them.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(TemperatureScan), "temperature-scan")]
[JsonDerivedType(typeof(TemperatureLoop), "temperature-loop")]
[JsonDerivedType(typeof(EquilibriumScan), "equilibrium-scan")]
[JsonDerivedType(typeof(PressureLoop), "pressure-loop")]
[JsonDerivedType(typeof(PhaseDiagram), "phase-diagram")]
public abstract record Protocol
{
    /// <summary>The state every path starts from.</summary>
    public InitialState InitialState { get; init; } = InitialState.Ls;

    /// <summary>Sweeps discarded at each point before measuring (relaxation towards the point's state).</summary>
    public int EquilibrationSweeps { get; init; } = 200;

    /// <summary>Measured sweeps at each point. In a loop, (equilibration + measured) sweeps per step set the
    /// effective sweep rate.</summary>
    public int SweepsPerPoint { get; init; } = 1000;

    /// <summary>The independent paths of this protocol, in output order.</summary>
    public abstract IReadOnlyList<ControlPath> Paths();
}
