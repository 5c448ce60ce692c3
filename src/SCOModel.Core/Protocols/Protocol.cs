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
[JsonDerivedType(typeof(Irradiation), "irradiation")]
[JsonDerivedType(typeof(Relaxation), "relaxation")]
[JsonDerivedType(typeof(Liesst), "liesst")]
[JsonDerivedType(typeof(LightInducedLoop), "lith")]
public abstract record Protocol
{
    /// <summary>The state every path starts from.</summary>
    public InitialState InitialState { get; init; } = InitialState.Ls;

    /// <summary>Sweeps discarded at each point before measuring (relaxation towards the point's state).</summary>
    public int EquilibrationSweeps { get; init; } = 200;

    /// <summary>Measured sweeps at each point. In a loop, (equilibration + measured) sweeps per step set the
    /// effective sweep rate.</summary>
    public int SweepsPerPoint { get; init; } = 1000;

    /// <summary>
    /// The fraction of sites that start HS, drawn at random, in place of <see cref="InitialState"/> (protocols in physical
    /// time only); null to use the initial state.
    /// </summary>
    public double? InitialHsFraction { get; init; }

    /// <summary>
    /// True when the path runs in physical time (its points carry times): the engines then integrate rates (kinetic
    /// Monte Carlo, the mean-field rate equation) instead of sampling equilibrium with sweeps.
    /// </summary>
    [JsonIgnore]
    public bool RunsInTime => Paths().Any(p => p.Segments.Any(s => s.Points.Any(x => x.TimeS is not null)));

    /// <summary>The independent paths of this protocol, in output order.</summary>
    public abstract IReadOnlyList<ControlPath> Paths();
}
