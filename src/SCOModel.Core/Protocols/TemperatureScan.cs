namespace SCOModel.Core.Protocols;

/// <summary>
/// Equilibrium at each temperature: every temperature is its own path, started afresh from the initial state, so
/// points are independent (and run in parallel).
/// </summary>
public sealed record TemperatureScan(IReadOnlyList<double> TemperaturesK, double PressureGPa = 0) : Protocol
{
    /// <inheritdoc />
    public override IReadOnlyList<ControlPath> Paths() =>
        TemperaturesK
            .Select(t => new ControlPath([new PathSegment(Branch.Scan, [new ControlPoint(t, PressureGPa)])]))
            .ToArray();
}
