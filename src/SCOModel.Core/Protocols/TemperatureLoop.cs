using System.Text.Json.Serialization;

namespace SCOModel.Core.Protocols;

/// <summary>
/// A thermal hysteresis loop: one path from the first temperature to the turning point and back, the state carried
/// from point to point. It heats first when the temperatures start low (fromK &lt; toK), and cools first otherwise.
/// </summary>
/// <param name="TemperaturesK">The outward leg, in visiting order; the return leg visits them in reverse.</param>
/// <param name="PressureGPa">Constant pressure.</param>
public sealed record TemperatureLoop(IReadOnlyList<double> TemperaturesK, double PressureGPa = 0) : Protocol
{
    /// <summary>True when the outward leg heats.</summary>
    [JsonIgnore]
    public bool HeatsFirst => TemperaturesK.Count < 2 || TemperaturesK[^1] >= TemperaturesK[0];

    /// <summary>
    /// A real sweep rate in K/min: the loop then runs in physical time (kinetic engines; the width depends on the
    /// rate); null for a loop in Monte Carlo sweeps.
    /// </summary>
    public double? RateKPerMin { get; init; }

    /// <inheritdoc />
    public override IReadOnlyList<ControlPath> Paths()
    {
        ControlPoint[] outward, back;
        if (RateKPerMin is double rate)
        {
            var timed = TemperatureRamp.Points([.. TemperaturesK, .. TemperaturesK.Reverse().Skip(1)], rate, PressureGPa, 0, 0);
            outward = timed[..TemperaturesK.Count];
            back = timed[(TemperaturesK.Count - 1)..];
        }
        else
        {
            outward = TemperaturesK.Select(t => new ControlPoint(t, PressureGPa)).ToArray();
            back = outward.Reverse().ToArray();
        }

        var (first, second) = HeatsFirst ? (Branch.Heating, Branch.Cooling) : (Branch.Cooling, Branch.Heating);
        return [new ControlPath([new PathSegment(first, outward), new PathSegment(second, back)])
        {
            Stream = StreamName.AtPressure(PressureGPa),
        }];
    }
}
