namespace SCOModel.Core.Protocols;

/// <summary>
/// A P–T phase diagram: a grid of lines, each an independent loop — a <see cref="TemperatureLoop"/> over
/// <see cref="TemperaturesK"/> at every pressure, or a <see cref="PressureLoop"/> over <see cref="PressuresGPa"/> at
/// every temperature. Lines are independent paths (engines run them in parallel) and each walks the random stream of
/// the loop it is, so the grid equals the union of its lines run alone.
/// </summary>
/// <param name="PressuresGPa">The pressures of the grid, in the order a pressure loop visits them outward.</param>
/// <param name="TemperaturesK">The temperatures of the grid, in the order a temperature loop visits them outward.</param>
/// <param name="Loop">What each line loops over.</param>
public sealed record PhaseDiagram(
    IReadOnlyList<double> PressuresGPa,
    IReadOnlyList<double> TemperaturesK,
    PhaseDiagramLoop Loop = PhaseDiagramLoop.Temperature) : Protocol
{
    /// <summary>
    /// The lines of the grid as protocols of their own (same initial state and sweeps), in grid order: ascending
    /// pressure for temperature loops, ascending temperature for pressure loops.
    /// </summary>
    public IReadOnlyList<Protocol> Lines() => Loop == PhaseDiagramLoop.Temperature
        ? PressuresGPa.Order().Select(p => WithSampling(new TemperatureLoop(TemperaturesK, p))).ToArray()
        : TemperaturesK.Order().Select(t => WithSampling(new PressureLoop(PressuresGPa, t))).ToArray();

    /// <summary>The value each line holds fixed (pressure in GPa or temperature in K), in grid order.</summary>
    public IReadOnlyList<double> FixedValues() =>
        (Loop == PhaseDiagramLoop.Temperature ? PressuresGPa : TemperaturesK).Order().ToArray();

    /// <inheritdoc />
    public override IReadOnlyList<ControlPath> Paths() => Lines().SelectMany(l => l.Paths()).ToArray();

    private Protocol WithSampling(Protocol line) => line with
    {
        InitialState = InitialState,
        EquilibrationSweeps = EquilibrationSweeps,
        SweepsPerPoint = SweepsPerPoint,
    };
}
